import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from './sample-snapshot.js';
import { snapshotToXlsx } from './xlsx-export.js';
import { xlsxToSnapshot } from './xlsx-import.js';

describe('map workbook round trip', () => {
  it('gives back the same snapshot', async () => {
    const snapshot = sampleSnapshot();
    const bytes = await snapshotToXlsx(snapshot);
    const result = await xlsxToSnapshot(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
    expect(result.snapshot).toEqual(snapshot);
  });

  it('keeps control characters, CR LF and literal _xHHHH_ text intact', async () => {
    const snapshot = sampleSnapshot();
    snapshot.assets[2]!.description = 'Inklistrat\u000b från Word\u0001; rad ett\r\nrad två; _x0041_ och _x005F_ är text; \uFFFE';
    snapshot.assets[2]!.name = 'Elnätskartor\t(flik)';
    const result = await xlsxToSnapshot(await snapshotToXlsx(snapshot));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.snapshot).toEqual(snapshot);
  });

  it('survives a second round trip unchanged', async () => {
    const first = await xlsxToSnapshot(await snapshotToXlsx(sampleSnapshot()));
    if (!first.ok) throw new Error('first import failed');
    const second = await xlsxToSnapshot(await snapshotToXlsx(first.snapshot));
    expect(second).toEqual(first);
  });

  it('writes readable Swedish columns, a frozen styled header and level drop-downs', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await snapshotToXlsx(sampleSnapshot())) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Om', 'Förvaltningar', 'Informationsmängder']);
    const assets = workbook.getWorksheet('Informationsmängder')!;
    const header = assets.getRow(1).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    expect(assets.getCell(2, col('OSL')).value).toBe('26:1 (omvänt); 21:3 (omvänt) "vid ""skyddad"" identitet; ibland"');
    expect(assets.getCell(2, col('Art. 9 GDPR')).value).toBe('hälsa; etniskt ursprung');
    expect(assets.getCell(2, col('Skyddad identitet')).value).toBe('ja');
    expect(assets.getCell(2, col('K')).value).toBe(3);
    expect(assets.getCell(4, col('K')).value).toBeNull();
    expect(assets.getCell(2, col('Klassningsstatus')).value).toBe('godkänd');
    expect(assets.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(assets.getRow(1).font?.bold).toBe(true);
    expect(assets.getColumn(col('Namn')).width).toBeGreaterThan(20);
    expect(assets.getCell(3, col('R')).dataValidation).toMatchObject({ type: 'list', formulae: ['"0,1,2,3,4"'] });
    const about = workbook.getWorksheet('Om')!;
    expect(about.getCell('B4').value).toBe('2025-05-01T10:00:00.000Z');
  });

  it('exports an empty map that imports back', async () => {
    const empty = { ...sampleSnapshot(), departments: [], assets: [] };
    expect(await xlsxToSnapshot(await snapshotToXlsx(empty))).toEqual({ ok: true, snapshot: empty });
  });
});
