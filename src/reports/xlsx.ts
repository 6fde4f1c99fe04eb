// The verdict matrix as an Excel workbook: rows are information assets, columns are services,
// each placement's cell coloured by its verdict; with sheets for violations, conditions, services.
import ExcelJS from 'exceljs';
import { reportAspects, type ReportData } from './model.js';
import { DISCLAIMER, levelsShort, scopeLabel, verdictColors, verdictSv } from './texts.js';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
const HEADER_FILL = solid('#1D4E89');

function styleHeader(ws: ExcelJS.Worksheet): void {
  const row = ws.getRow(1);
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((c) => (c.fill = HEADER_FILL));
  row.height = 32;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

function matrixSheet(wb: ExcelJS.Workbook, d: ReportData): void {
  const ws = wb.addWorksheet('Bedömningsmatris');
  const services = d.services.filter((s) => s.assetCount > 0);
  ws.columns = [
    { header: 'Ref', width: 11 },
    { header: 'Informationsmängd', width: 36 },
    { header: 'Förvaltning', width: 26 },
    ...reportAspects.map((a) => ({ header: a, width: 4 })),
    ...services.map((s) => ({ header: s.name, width: 24 })),
  ];
  styleHeader(ws);
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 3 }];
  const cells = new Map(d.matrix.cells.map((c) => [`${c.assetId}|${c.serviceId}`, c]));
  for (const a of d.assets) {
    const row = ws.addRow([a.ref, a.name, a.departmentName, ...reportAspects.map((x) => a.levels?.[x] ?? null)]);
    reportAspects.forEach((x, i) => {
      const level = d.scale.find((l) => l.value === a.levels?.[x]);
      const cell = row.getCell(4 + i);
      cell.alignment = { horizontal: 'center' };
      if (level) {
        cell.fill = solid(level.color);
        cell.font = { bold: true, color: { argb: argb(level.textColor) } };
      }
    });
    services.forEach((s, i) => {
      const c = cells.get(`${a.id}|${s.id}`);
      if (!c) return;
      const cell = row.getCell(8 + i);
      cell.value = `${verdictSv(c.verdict)} (${c.rules.join(', ')})${c.violation ? ' – avvikelse' : c.decided ? ' – beslutad' : ''}`;
      cell.fill = solid(verdictColors[c.verdict].fill);
      cell.font = { color: { argb: argb(verdictColors[c.verdict].text) }, bold: c.violation };
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 + services.length } };
}

function listSheet(wb: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[], rows: (string | number)[][], verdictCol?: number): void {
  const ws = wb.addWorksheet(name);
  ws.columns = columns;
  styleHeader(ws);
  for (const r of rows) {
    const row = ws.addRow(r);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (verdictCol !== undefined) {
      const entry = Object.entries(verdictColors).find(([v]) => verdictSv(v as keyof typeof verdictColors) === r[verdictCol - 1]);
      if (entry) {
        row.getCell(verdictCol).fill = solid(entry[1].fill);
        row.getCell(verdictCol).font = { bold: true, color: { argb: argb(entry[1].text) } };
      }
    }
  }
}

function aboutSheet(wb: ExcelJS.Workbook, d: ReportData): void {
  const ws = wb.addWorksheet('Om underlaget');
  ws.columns = [{ width: 24 }, { width: 100 }];
  ws.addRow([d.title]).font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const [k, v] of [
    ['Omfattning', scopeLabel(d)],
    ['Datum', d.producedOn],
    ['Framtaget av', d.producedBy],
    ['Regeluppsättning', `${d.ruleSet.name} (${d.ruleSet.id}) version ${d.ruleSet.version}, ${d.ruleSet.status}`],
    ['Avvikelser', String(d.summary.violations)],
    ['Obs', DISCLAIMER],
  ]) {
    const row = ws.addRow([k, v]);
    row.getCell(1).font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}

export async function buildXlsx(d: ReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = d.producedBy;
  wb.title = d.title;
  matrixSheet(wb, d);
  listSheet(
    wb,
    'Avvikelser',
    [{ header: 'Ref', width: 11 }, { header: 'Informationsmängd', width: 34 }, { header: 'Förvaltning', width: 24 }, { header: 'Tjänst', width: 30 }, { header: 'Bedömning', width: 24 }, { header: 'Regler', width: 10 }, { header: 'Skäl', width: 80 }, { header: 'Beslut', width: 30 }],
    d.violations.map((v) => [v.assetRef, v.assetName, v.departmentName, v.serviceName, verdictSv(v.verdict), v.rules.join(', '), [...v.reasons, ...v.otherReasons].join(' '), v.decisionNote]),
    5,
  );
  listSheet(
    wb,
    'Villkor',
    [{ header: 'Tjänst', width: 30 }, { header: 'Villkor', width: 70 }, { header: 'Regel', width: 8 }, { header: 'Gäller informationsmängderna', width: 60 }],
    d.conditions.flatMap((s) => s.items.map((c) => [s.serviceName, c.text, c.ruleId, c.assets.join(', ')])),
  );
  listSheet(
    wb,
    'Tjänster',
    [{ header: 'Tjänst', width: 32 }, { header: 'Leverantör', width: 24 }, { header: 'Avgörande fakta', width: 50 }, { header: 'Får innehålla', width: 16 }, { header: 'Innehåller', width: 16 }, { header: 'Placeringar', width: 12 }, { header: 'Ej tillåtna', width: 12 }, { header: 'Kräver bedömning', width: 16 }],
    d.services.map((s) => [s.name, s.provider, s.facts, levelsShort(s.mayHold), levelsShort(s.holds), s.assetCount, s.verdicts.not_allowed ?? 0, s.verdicts.needs_legal_review ?? 0]),
  );
  aboutSheet(wb, d);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
