// MapSnapshot → xlsx workbook ("Om", "Förvaltningar", "Informationsmängder").
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { MapSnapshot, SnapshotAsset } from '../model.js';
import {
  art9Labels,
  assetStatusLabels,
  classificationStateLabels,
  departmentKindLabels,
  excelSafeText,
  formatList,
  formatOsl,
  formatYesNo,
  securityClassLabels,
} from './cell-formats.js';
import {
  SHEET_ABOUT,
  SHEET_ASSETS,
  SHEET_DEPARTMENTS,
  assetColumns,
  departmentColumns,
  type AssetColumn,
  type ColumnSpec,
  type DepartmentColumn,
} from './map-sheets.js';

export async function snapshotToXlsx(snapshot: MapSnapshot): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'infovakt';
  workbook.created = new Date(snapshot.exportedAt);

  addAboutSheet(workbook, snapshot);

  const departments = addTableSheet(workbook, SHEET_DEPARTMENTS, departmentColumns);
  for (const d of snapshot.departments) {
    const values: Record<DepartmentColumn, ExcelJS.CellValue> = {
      code: d.code,
      name: d.name,
      kind: departmentKindLabels[d.kind],
      functions: formatList(d.functions),
      description: d.description ?? null,
    };
    departments.addRow(safeRow(values));
  }

  const assets = addTableSheet(workbook, SHEET_ASSETS, assetColumns);
  for (const a of snapshot.assets) assets.addRow(safeRow(assetRow(a)));
  addLevelValidation(assets, assets.rowCount);

  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}

function assetRow(a: SnapshotAsset): Record<AssetColumn, ExcelJS.CellValue> {
  return {
    ref: a.ref,
    department: a.department,
    name: a.name,
    description: a.description,
    process: a.process,
    ownerRole: a.ownerRole,
    purpose: a.purpose,
    volume: a.volume,
    retention: a.retention,
    personalData: formatYesNo(a.legal.personalData),
    personalDataCategories: formatList(a.personalDataCategories),
    osl: formatOsl(a.legal.osl),
    gdprArt9: a.legal.gdprArt9.map((c) => art9Labels[c]).join('; '),
    gdprArt10: formatYesNo(a.legal.gdprArt10),
    identityNumbers: formatYesNo(a.legal.identityNumbers),
    protectedIdentity: formatYesNo(a.legal.protectedIdentity),
    securityClass: securityClassLabels[a.legal.securityClass],
    aggregated: formatYesNo(a.legal.aggregated),
    K: a.levels?.K ?? null,
    R: a.levels?.R ?? null,
    T: a.levels?.T ?? null,
    S: a.levels?.S ?? null,
    classificationState: classificationStateLabels[a.classificationState],
    reviewDue: a.reviewDue,
    status: assetStatusLabels[a.status],
    templateId: a.templateId,
  };
}

function safeRow<Key extends string>(values: Record<Key, ExcelJS.CellValue>): Record<Key, ExcelJS.CellValue> {
  const safe = { ...values };
  for (const key of Object.keys(safe) as Key[]) {
    const value = safe[key];
    if (typeof value === 'string') safe[key] = excelSafeText(value);
  }
  return safe;
}

function addAboutSheet(workbook: ExcelJS.Workbook, snapshot: MapSnapshot): void {
  const sheet = workbook.addWorksheet(SHEET_ABOUT);
  sheet.columns = [
    { header: 'Uppgift', key: 'key', width: 22 },
    { header: 'Värde', key: 'value', width: 60 },
  ];
  sheet.addRows([
    ['Format', snapshot.format],
    ['Formatversion', snapshot.formatVersion],
    ['Exporterad', snapshot.exportedAt],
    ['Förvaltningar', snapshot.departments.length],
    ['Informationsmängder', snapshot.assets.length],
    ['Anvisning', 'Ändra bara i bladen Förvaltningar och Informationsmängder. Nivåer K, R, T, S anges 0–4, tomt = oklassad.'],
  ]);
  styleHeader(sheet);
}

function addTableSheet<Key extends string>(workbook: ExcelJS.Workbook, name: string, specs: Record<Key, ColumnSpec>): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = (Object.entries(specs) as [Key, ColumnSpec][]).map(([key, spec]) => ({
    header: spec.header,
    key,
    width: spec.width,
    // Text format keeps Excel from turning "1.10" or "26:1" into numbers or times when a user edits.
    style: key === 'K' || key === 'R' || key === 'T' || key === 'S' ? {} : { numFmt: '@' },
  }));
  styleHeader(sheet);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  return sheet;
}

function styleHeader(sheet: Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  header.alignment = { vertical: 'middle', wrapText: true };
}

/** A 0–4 drop-down on K, R, T, S: cheap, and it stops most typos before they reach the import. */
function addLevelValidation(sheet: Worksheet, lastRow: number): void {
  const last = Math.max(lastRow, 2) + 500; // room for rows the user adds
  for (const key of ['K', 'R', 'T', 'S'] as const) {
    const column = sheet.getColumn(key);
    for (let row = 2; row <= last; row += 1) {
      sheet.getCell(row, column.number).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: ['"0,1,2,3,4"'],
        showErrorMessage: true,
        errorTitle: 'Ogiltig nivå',
        error: 'Ange en konsekvensnivå 0–4, eller lämna tomt för oklassad.',
      };
    }
  }
}
