import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importRecordsPlan } from './import.js';
import type { RecordsPlanMapping } from './mapping.js';
import { previewRecordsPlan } from './preview.js';
import { buildSamplePlan, samplePlanDocumentCount } from './sample-plan.js';

const toBytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
const departments = { Socialförvaltningen: 'SOC', Samhällsbyggnad: 'SBF' };

describe('a realistic records-management plan', () => {
  it('is previewed with header rows below the titles and a complete mapping guess', async () => {
    const preview = await previewRecordsPlan(await toBytes(buildSamplePlan()));
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.sheets.map((s) => [s.name, s.headerRow])).toEqual([
      ['Läs först', null],
      ['Socialförvaltningen', 4],
      ['Samhällsbyggnad', 3],
    ]);
    const social = preview.sheets[1]!;
    expect(social.headers).toEqual(['Klassificering', 'Process', 'Handlingstyp', 'Bevara/Gallra', 'Gallringsfrist', 'Förvaring', 'Kommentar']);
    expect(social.rowCount).toBe(25); // 19 document rows and 6 heading rows
    // A heading merged across the row shows only in its first column.
    expect(social.sample[0]).toEqual(['1 Styra och leda verksamheten', '', '', '', '', '', '']);
    expect(preview.suggestedMapping).toEqual({
      department: { bySheet: true },
      sheets: ['Socialförvaltningen', 'Samhällsbyggnad'],
      processCode: 'Klassificering',
      process: 'Process',
      documentType: 'Handlingstyp',
      retention: 'Bevara/Gallra',
      retentionPeriod: 'Gallringsfrist',
      storage: 'Förvaring',
      notes: 'Kommentar',
    });
  });

  it('is imported as one draft per document type under its department and process', async () => {
    const bytes = await toBytes(buildSamplePlan());
    const preview = await previewRecordsPlan(bytes);
    if (!preview.ok || !preview.suggestedMapping) throw new Error('no mapping suggested');
    const { drafts, problems } = await importRecordsPlan(bytes, preview.suggestedMapping, departments);
    expect(problems).toEqual([]);
    expect(drafts).toHaveLength(samplePlanDocumentCount());
    expect(drafts.length).toBeGreaterThanOrEqual(30);
    expect(drafts.filter((d) => d.departmentCode === 'SOC')).toHaveLength(19);
    expect(drafts.some((d) => /^\d/.test(d.name))).toBe(false); // no heading became an asset

    const byName = (name: string) => drafts.find((d) => d.name === name);
    // Heading rows carry their process down to the document rows.
    expect(byName('Kallelse och föredragningslista')).toMatchObject({
      departmentCode: 'SOC',
      process: '1.2 Nämndadministration',
      retention: 'Gallras efter 2 år',
      description: 'Förvaring: Diariet',
      status: 'draft',
      templateId: null,
      source: { sheet: 'Socialförvaltningen', row: 14 },
    });
    // Code and name merged down beside the document rows.
    expect(byName('Vårdplan')).toMatchObject({ process: '3.2 Placera barn och unga (LVU)', retention: 'Bevaras' });
    expect(byName('Ritningar')).toMatchObject({
      departmentCode: 'SBF',
      process: '2.3 Handlägga bygglov',
      description: 'Skyddsobjekt: 18:8 OSL kan gälla\nFörvaring: Castor',
    });
    expect(byName('Ledningskartor el och fjärrvärme')?.retention).toBe('Gallras när ny version upprättats');
    expect(byName('Läkarintyg')).toMatchObject({ legal: { personalData: false, osl: [] }, ownerRole: '', personalDataCategories: [] });
  });

  it('matches the committed sample file that users can try in the UI', async () => {
    const committed = await readFile(new URL('../../../../test/fixtures/transfer/dokumenthanteringsplan-exempel.xlsx', import.meta.url));
    const preview = await previewRecordsPlan(committed);
    if (!preview.ok || !preview.suggestedMapping) throw new Error('the committed sample plan does not preview');
    const fromFile = await importRecordsPlan(committed, preview.suggestedMapping, departments);
    const fromCode = await importRecordsPlan(await toBytes(buildSamplePlan()), preview.suggestedMapping, departments);
    expect(fromFile).toEqual(fromCode);
  });
});

/** A plan with a department column, one retention column and a few mistakes. */
function planWithDepartmentColumn(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Plan');
  sheet.addRow(['Informationshanteringsplan, Exempelkommun']);
  sheet.mergeCells('A1:E1');
  sheet.addRow(['Förvaltning', 'Processnamn', 'Handling', 'Bevarande/gallring', 'Anmärkning']);
  sheet.addRow(['', '', '5.1 Rekrytera personal', '', '']); // heading in the document-type column
  sheet.addRow(['Personalavdelningen', '', 'Platsannons', 'Gallras efter 2 år', '']);
  sheet.addRow(['', '', 'Ansökningshandlingar, ej anställda', 'Gallras efter 2 år', 'Ej anställda']); // department carried down
  sheet.addRow(['', '', '', 'Bevaras', 'Rad utan handlingstyp']); // a mistake, not a heading
  sheet.addRow(['Lönekontoret', 'Lönehantering', 'Lönespecifikation', 'Gallras efter 10 år', '']);
  sheet.addRow(['Okänd enhet', 'Lönehantering', 'Lönelista', 'Bevaras', '']);
  sheet.addRow(['Förvaltning', 'Processnamn', 'Handling', 'Bevarande/gallring', 'Anmärkning']); // header repeated per page
  sheet.addRow(['Lönekontoret', '', 'x'.repeat(301), 'Bevaras', '']);
  return wb;
}

describe('importRecordsPlan with a department column and mistakes', () => {
  const mapping: RecordsPlanMapping = {
    department: { column: 'Förvaltning' },
    process: 'Processnamn',
    documentType: 'Handling',
    retention: 'Bevarande/gallring',
    notes: 'Anmärkning',
  };
  const map = { Personalavdelningen: 'HR', lönekontoret: 'HR-LON' };

  it('imports the good rows and names sheet, row and column of the bad ones', async () => {
    const { drafts, problems } = await importRecordsPlan(await toBytes(planWithDepartmentColumn()), mapping, map);
    expect(drafts.map((d) => [d.departmentCode, d.process, d.name])).toEqual([
      ['HR', '5.1 Rekrytera personal', 'Platsannons'],
      ['HR', '5.1 Rekrytera personal', 'Ansökningshandlingar, ej anställda'],
      ['HR-LON', 'Lönehantering', 'Lönespecifikation'],
    ]);
    expect(problems).toEqual([
      { sheet: 'Plan', row: 6, column: 'Handling', message: 'Raden saknar handlingstyp och är ingen processrubrik.' },
      { sheet: 'Plan', row: 8, column: 'Förvaltning', message: 'Ingen förvaltning vald för "Okänd enhet".' },
      { sheet: 'Plan', row: 10, column: 'Handling', message: 'Högst 300 tecken.' },
    ]);
  });

  it('previews the department column as the suggested department', async () => {
    const preview = await previewRecordsPlan(await toBytes(planWithDepartmentColumn()));
    expect(preview.ok && preview.suggestedMapping?.department).toEqual({ column: 'Förvaltning' });
    expect(preview.ok && preview.sheets[0]?.headerRow).toBe(2);
  });

  it('reports a missing mapped column once per sheet', async () => {
    const { drafts, problems } = await importRecordsPlan(await toBytes(planWithDepartmentColumn()), { ...mapping, storage: 'Förvaring' }, map);
    expect(drafts).toEqual([]);
    expect(problems).toEqual([{ sheet: 'Plan', row: 2, column: 'Förvaring', message: expect.stringContaining('"Förvaring" finns inte') }]);
  });
});

describe('importRecordsPlan refuses what it cannot place', () => {
  it('names a sheet without a department and a sheet that does not exist', async () => {
    const bytes = await toBytes(buildSamplePlan());
    const mapping: RecordsPlanMapping = { department: { bySheet: true }, documentType: 'Handlingstyp', sheets: ['Socialförvaltningen', 'Samhällsbyggnad', 'Kultur'] };
    const { drafts, problems } = await importRecordsPlan(bytes, mapping, { Socialförvaltningen: 'SOC' });
    expect(drafts).toHaveLength(19);
    expect(problems).toEqual([
      { sheet: 'Kultur', row: null, column: null, message: 'Bladet "Kultur" finns inte i arbetsboken.' },
      { sheet: 'Samhällsbyggnad', row: null, column: null, message: 'Ingen förvaltning vald för bladet "Samhällsbyggnad".' },
    ]);
  });

  it('gives one problem for a broken file or an invalid mapping, never a throw', async () => {
    const broken = await importRecordsPlan(Buffer.from('inte en arbetsbok'), { department: { bySheet: true }, documentType: 'Handlingstyp' }, {});
    expect(broken).toEqual({ drafts: [], problems: [expect.objectContaining({ sheet: null, message: expect.stringContaining('zip') })] });
    const bad = await importRecordsPlan(await toBytes(buildSamplePlan()), { department: { bySheet: true }, documentType: '' }, {});
    expect(bad.problems).toEqual([{ sheet: null, row: null, column: 'mapping.documentType', message: 'Får inte vara tom.' }]);
    const preview = await previewRecordsPlan(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(preview).toEqual({ ok: false, problems: [expect.objectContaining({ message: expect.stringContaining('trasig') })] });
  });
});
