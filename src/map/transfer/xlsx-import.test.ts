import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from './problems.js';
import { sampleSnapshot } from './sample-snapshot.js';
import { snapshotToXlsx } from './xlsx-export.js';
import { xlsxToSnapshot } from './xlsx-import.js';

/** Exports the sample map, lets the test edit the workbook as a user would, and imports it. */
async function importEdited(edit: (workbook: ExcelJS.Workbook, col: (header: string) => number) => void): Promise<ImportProblem[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await snapshotToXlsx(sampleSnapshot())) as unknown as ArrayBuffer);
  const header = workbook.getWorksheet('Informationsmängder')!.getRow(1).values as unknown[];
  edit(workbook, (name) => header.indexOf(name));
  const result = await xlsxToSnapshot(Buffer.from(await workbook.xlsx.writeBuffer()));
  if (result.ok) throw new Error('expected the import to be rejected');
  return result.problems;
}

const assets = (wb: ExcelJS.Workbook) => wb.getWorksheet('Informationsmängder')!;

describe('xlsxToSnapshot rejects bad input with sheet, row and column', () => {
  it('unknown department code', async () => {
    const problems = await importEdited((wb, col) => {
      assets(wb).getCell(3, col('Förvaltning')).value = 'OKÄND';
    });
    expect(problems).toEqual([
      { sheet: 'Informationsmängder', row: 3, column: 'Förvaltning', message: expect.stringContaining('Okänd förvaltningskod "OKÄND"') },
    ]);
  });

  it('levels out of range or not numbers, and a partial set', async () => {
    const problems = await importEdited((wb, col) => {
      assets(wb).getCell(2, col('K')).value = 7;
      assets(wb).getCell(3, col('R')).value = 'hög';
      assets(wb).getCell(3, col('T')).value = 2.5;
      assets(wb).getCell(4, col('S')).value = 1; // the others on row 4 are empty
    });
    const at = problems.map((p) => `${p.row}:${p.column}`);
    expect(at).toEqual(expect.arrayContaining(['2:K', '3:R', '3:T', '4:K', '4:R', '4:T']));
    expect(problems.find((p) => p.row === 3 && p.column === 'R')?.message).toContain('"hög" är ogiltig');
    expect(problems.every((p) => p.sheet === 'Informationsmängder')).toBe(true);
  });

  it('bad OSL syntax and an unknown harm test', async () => {
    const problems = await importEdited((wb, col) => {
      assets(wb).getCell(2, col('OSL')).value = '26 kap 1 §';
      assets(wb).getCell(3, col('OSL')).value = '18:8 (lagom)';
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ row: 2, column: 'OSL', message: expect.stringContaining('26:1 (omvänt)') });
    expect(problems[1]).toMatchObject({ row: 3, column: 'OSL', message: expect.stringContaining('skaderekvisit "lagom"') });
  });

  it('duplicate refs and duplicate department codes', async () => {
    const problems = await importEdited((wb, col) => {
      assets(wb).getCell(3, col('Referens')).value = 'IM-0001';
      wb.getWorksheet('Förvaltningar')!.getCell('A3').value = 'SOC';
    });
    expect(problems).toContainEqual({ sheet: 'Informationsmängder', row: 3, column: 'Referens', message: expect.stringContaining('IM-0001') });
    expect(problems).toContainEqual({ sheet: 'Förvaltningar', row: 3, column: 'Kod', message: expect.stringContaining('"SOC"') });
  });

  it('missing required cells, bad yes/no, unknown labels and dates', async () => {
    const problems = await importEdited((wb, col) => {
      assets(wb).getCell(2, col('Namn')).value = '  ';
      assets(wb).getCell(3, col('Personnummer')).value = 'kanske';
      assets(wb).getCell(3, col('Art. 9 GDPR')).value = 'hälsa; skostorlek';
      assets(wb).getCell(4, col('Status')).value = 'pågående';
      assets(wb).getCell(2, col('Granskas senast')).value = '2026-13-01';
      wb.getWorksheet('Förvaltningar')!.getCell('B2').value = null;
    });
    const at = problems.map((p) => `${p.sheet}/${p.row}/${p.column}`);
    expect(at).toEqual(
      expect.arrayContaining([
        'Informationsmängder/2/Namn',
        'Informationsmängder/3/Personnummer',
        'Informationsmängder/3/Art. 9 GDPR',
        'Informationsmängder/4/Status',
        'Förvaltningar/2/Namn',
      ]),
    );
    expect(problems.find((p) => p.column === 'Art. 9 GDPR')?.message).toContain('skostorlek');
  });

  it('wrong sheet names name the sheets that exist', async () => {
    const problems = await importEdited((wb) => {
      assets(wb).name = 'Blad1';
    });
    expect(problems).toEqual([{ sheet: 'Informationsmängder', row: null, column: null, message: expect.stringContaining('"Blad1"') }]);
  });

  it('a missing required column is named once, not once per row', async () => {
    const problems = await importEdited((wb, col) => {
      assets(wb).getCell(1, col('Förvaltning')).value = 'Avdelning';
    });
    expect(problems).toEqual([{ sheet: 'Informationsmängder', row: 1, column: 'Förvaltning', message: expect.stringContaining('saknas') }]);
  });

  it('collects all problems but stops at 200', async () => {
    const problems = await importEdited((wb, col) => {
      const sheet = assets(wb);
      for (let row = 5; row < 400; row += 1) {
        sheet.getCell(row, col('Förvaltning')).value = 'SOC';
        sheet.getCell(row, col('Namn')).value = `Mängd ${row}`;
        sheet.getCell(row, col('K')).value = 9;
      }
    });
    expect(problems).toHaveLength(201);
    expect(problems[0]).toMatchObject({ row: 5, column: 'K' });
    expect(problems[200]?.message).toContain('För många fel');
  });
});

describe('xlsxToSnapshot on broken files', () => {
  const cases: [string, Uint8Array | Promise<Uint8Array>, string][] = [
    ['an empty file', new Uint8Array(), 'tom'],
    ['a text file', Buffer.from('Kod;Namn\nSOC;Socialförvaltningen\n'), 'inte en zip-fil'],
    ['a truncated workbook', snapshotToXlsx(sampleSnapshot()).then((b) => b.subarray(0, Math.floor(b.length / 2))), 'trasig'],
    ['a zip that is not a workbook', zipWithoutWorkbook(), 'xl/workbook.xml saknas'],
  ];
  for (const [name, bytes, text] of cases) {
    it(`gives one clear problem for ${name}`, async () => {
      const result = await xlsxToSnapshot(await bytes);
      expect(result).toEqual({ ok: false, problems: [{ sheet: null, row: null, column: null, message: expect.stringContaining(text) }] });
    });
  }

  it('reports a workbook whose XML is corrupt instead of throwing', async () => {
    const good = await snapshotToXlsx(sampleSnapshot());
    // Same size, same zip directory, garbage where the sheet data was: exceljs fails, we report.
    const bad = Buffer.from(good);
    bad.fill(0x41, 200, Math.min(bad.length - 400, 3000));
    const result = await xlsxToSnapshot(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/xlsx/);
  });
});

async function zipWithoutWorkbook(): Promise<Uint8Array> {
  // A .docx-like zip: exceljs' own writer gives us a valid zip we can rename parts in.
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('A');
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  // Rename "xl/workbook.xml" everywhere (local header and central directory) to keep the zip valid.
  const from = Buffer.from('xl/workbook.xml');
  const to = Buffer.from('xl/workbooc.xml');
  let at = bytes.indexOf(from);
  while (at >= 0) {
    to.copy(bytes, at);
    at = bytes.indexOf(from, at + 1);
  }
  return bytes;
}
