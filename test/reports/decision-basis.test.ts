// The decision basis from the demo municipality in all three formats: the pdf renders to an image
// and its text layer holds Swedish characters, the docx and xlsx open and show the violation.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.js';
import { gatherReportData } from '../../src/reports/data.js';
import { buildDocx } from '../../src/reports/docx/build.js';
import type { ReportData } from '../../src/reports/model.js';
import { buildPdf } from '../../src/reports/pdf/build.js';
import { buildXlsx } from '../../src/reports/xlsx.js';
import { createTestDb, type TestDb } from '../helpers/db.js';

const VIOLATING_ASSET = 'Personregister för sjukintyg';
const US_SUITE = 'Microsoft 365 (kommunens tenant)';

describe('decision basis (beslutsunderlag)', () => {
  let db: TestDb;
  let data: ReportData;
  // REPORT_OUT keeps the files for looking at them; otherwise a temporary folder.
  const dir = process.env.REPORT_OUT ?? fs.mkdtempSync(path.join(os.tmpdir(), 'infovakt-report-'));

  beforeAll(async () => {
    db = await createTestDb();
    // drop() forces the database away while ended clients may still be closing; their
    // "terminating connection" error must not fail the run.
    db.pool.on('error', () => {});
    await seedDemo(db.pool);
    data = await gatherReportData(db.pool, { visible: null, producedBy: 'Informationssäkerhetsansvarig (test)', producedOn: '2026-11-28' });
    if (process.env.REPORT_OUT) fs.writeFileSync(path.join(dir, 'data.json'), JSON.stringify(data, null, 1));
  });
  afterAll(async () => {
    await db?.drop();
    if (!process.env.REPORT_OUT) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gathers the whole municipality with the violation in the US-owned suite', () => {
    expect(data.municipality).toBe('Exempelkommun');
    expect(data.department).toBeNull();
    expect(data.summary.assets).toBeGreaterThan(20);
    const v = data.violations.find((x) => x.assetName === VIOLATING_ASSET);
    expect(v?.serviceName).toBe(US_SUITE);
    expect(v?.verdict).toBe('not_allowed');
    expect(data.violations[0]!.verdict).toBe('not_allowed');
    const m365 = data.services.find((s) => s.name === US_SUITE)!;
    expect(m365.holds.K).toBeGreaterThanOrEqual(3);
    expect(m365.mayHold.K ?? -1).toBeLessThan(m365.holds.K!);
    // The demo's risk register: scenarios with their residual level, and a heat map that counts them all.
    expect(data.risks?.scenarios.map((r) => r.subject)).toContain(VIOLATING_ASSET);
    expect(data.risks?.heat?.flat().reduce((a, b) => a + b, 0)).toBe(data.risks?.scenarios.length);
    expect(data.rules.map((r) => r.id)).toContain('R4');
    // Conditions are listed once per service.
    for (const s of data.conditions) expect(new Set(s.items.map((c) => c.id)).size).toBe(s.items.length);
  });

  it('renders the pdf to an image, with Swedish characters in its text layer', async () => {
    const pdf = await buildPdf(data);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(dir, 'beslutsunderlag.pdf');
    fs.writeFileSync(file, pdf);

    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const png = fs.readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(png).toBeDefined();
    const image = fs.readFileSync(path.join(dir, png!));
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect(image.length).toBeGreaterThan(3000);

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const s of ['Beslutsunderlag', 'Förvaltning', 'Socialförvaltningen', VIOLATING_ASSET, US_SUITE, 'Ej tillåten', 'Sida 2 av', 'Utländsk myndighet begär ut', 'inte juridisk rådgivning']) {
      expect(text, s).toContain(s);
    }
  });

  it('builds a docx whose document holds the same texts', async () => {
    const docx = await buildDocx(data);
    const file = path.join(dir, 'beslutsunderlag.docx');
    fs.writeFileSync(file, docx);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of ['Beslutsunderlag', 'Förvaltning', 'Socialförvaltningen', VIOLATING_ASSET, US_SUITE, 'Utländsk myndighet begär ut']) {
      expect(text, s).toContain(s);
    }
  });

  it('builds an xlsx with the verdict matrix, the violation cell coloured', async () => {
    const xlsx = await buildXlsx(data);
    fs.writeFileSync(path.join(dir, 'beslutsunderlag.xlsx'), xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const matrix = wb.getWorksheet('Bedömningsmatris')!;
    expect(matrix).toBeDefined();
    const header = matrix.getRow(1).values as unknown[];
    const col = header.indexOf(US_SUITE);
    expect(col).toBeGreaterThan(0);
    let row = 0;
    matrix.eachRow((r, n) => {
      if (r.values && (r.values as unknown[]).includes(VIOLATING_ASSET)) row = n;
    });
    expect(row).toBeGreaterThan(1);
    const cell = matrix.getCell(row, col);
    expect(String(cell.value)).toContain('Ej tillåten');
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFB3261E');
    expect(wb.getWorksheet('Avvikelser')!.rowCount).toBeGreaterThan(1);
    expect(wb.getWorksheet('Villkor')!.rowCount).toBeGreaterThan(1);
  });

  it('says that no risk assessments are registered when there are none, and lists them when given', async () => {
    const empty = path.join(dir, 'utan-risker.pdf');
    fs.writeFileSync(empty, await buildPdf({ ...data, risks: { scenarios: [], acceptances: [] } }));
    expect(execFileSync('pdftotext', [empty, '-'], { encoding: 'utf8' })).toContain('Inga riskbedömningar registrerade');
    const withRisks: ReportData = {
      ...data,
      risks: {
        scenarios: [{ title: 'Utländsk myndighet begär ut sjukintyg', subject: VIOLATING_ASSET, likelihood: 3, consequence: 4, level: 'Hög', color: '#E8833A', treatment: 'Flytta till kommunens datacenter', owner: 'HR-chef' }],
        acceptances: [{ scenario: 'Driftavbrott i skolplattformen', approver: 'Utbildningschef', justification: 'Reservrutin på papper finns', expires: '2027-06-30', state: 'accepted' }],
        heat: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 1, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
      },
    };
    const file = path.join(dir, 'med-risker.pdf');
    fs.writeFileSync(file, await buildPdf(withRisks));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Utländsk myndighet');
    expect(text).toContain('Riskacceptanser');
    expect(text).not.toContain('Inga riskbedömningar registrerade');
  });
});
