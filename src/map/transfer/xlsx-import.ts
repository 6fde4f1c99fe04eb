// xlsx workbook → MapSnapshot, all or nothing, with every problem named by sheet, row and column.
import type { Worksheet } from 'exceljs';
import type { z } from 'zod';
import { DepartmentInput, MapSnapshot, SnapshotAsset } from '../model.js';
import { readDepartmentRow, readAssetRow, type RowProblem } from './xlsx-rows.js';
import {
  SHEET_ABOUT,
  SHEET_ASSETS,
  SHEET_DEPARTMENTS,
  assetColumns,
  departmentColumns,
  locateColumns,
  type ColumnSpec,
} from './map-sheets.js';
import { ProblemList, type ImportResult } from './problems.js';
import { checkSnapshotRules } from './snapshot-rules.js';
import { findSheet, isBlankRow, readWorkbook, rowTexts } from './workbook-reader.js';
import { issueMessage } from './zod-problems.js';

export const MAX_ROWS = 100_000;

export async function xlsxToSnapshot(bytes: Uint8Array): Promise<ImportResult<MapSnapshot>> {
  const opened = await readWorkbook(bytes);
  if (!opened.ok) return opened;
  const workbook = opened.workbook;
  const problems = new ProblemList();

  const departmentSheet = findSheet(workbook, SHEET_DEPARTMENTS);
  const assetSheet = findSheet(workbook, SHEET_ASSETS);
  for (const [name, sheet] of [[SHEET_DEPARTMENTS, departmentSheet], [SHEET_ASSETS, assetSheet]] as const) {
    if (!sheet) {
      const found = workbook.worksheets.map((s) => `"${s.name}"`).join(', ') || 'inga';
      problems.add(name, null, null, `Bladet "${name}" saknas. Arbetsboken har bladen: ${found}. Använd en export från infovakt som mall.`);
    }
  }
  const about = readAbout(workbook.worksheets, problems);
  if (!departmentSheet || !assetSheet) return { ok: false, problems: problems.items };

  const departments = readTable(departmentSheet, departmentColumns, problems, readDepartmentRow, DepartmentInput);
  const assets = readTable(assetSheet, assetColumns, problems, readAssetRow, SnapshotAsset);

  const headerOf = (specs: Record<string, ColumnSpec>, field: string) => specs[field]?.header ?? field;
  checkSnapshotRules(
    departments.items,
    assets.items,
    (kind, index, field) =>
      kind === 'department'
        ? { sheet: SHEET_DEPARTMENTS, row: departments.rows[index] ?? null, column: headerOf(departmentColumns, field) }
        : { sheet: SHEET_ASSETS, row: assets.rows[index] ?? null, column: headerOf(assetColumns, field) },
    problems,
  );
  if (!problems.empty) return { ok: false, problems: problems.items };

  const parsed = MapSnapshot.safeParse({
    format: 'infovakt-map',
    formatVersion: 1,
    exportedAt: about.exportedAt,
    departments: departments.items,
    assets: assets.items,
  });
  if (!parsed.success) {
    // Unreachable when the rows parsed; kept so a model change cannot slip through unreported.
    for (const issue of parsed.error.issues) problems.add(null, null, issue.path.join('.'), issueMessage(issue));
    return { ok: false, problems: problems.items };
  }
  return { ok: true, snapshot: parsed.data };
}

type RowReader<Key extends string> = (texts: Partial<Record<Key, string>>) => { value: Record<string, unknown>; problems: RowProblem<Key>[] };

/** Reads every non-blank row below the header; returns valid records and their Excel row numbers. */
function readTable<Key extends string, T>(
  sheet: Worksheet,
  specs: Record<Key, ColumnSpec>,
  problems: ProblemList,
  readRow: RowReader<Key>,
  schema: z.ZodType<T>,
): { items: T[]; rows: number[] } {
  const items: T[] = [];
  const rows: number[] = [];
  const columnCount = sheet.columnCount;
  const located = locateColumns(specs, rowTexts(sheet, 1, columnCount));
  const missingRequired = located.missing.filter((key) => specs[key].required);
  for (const key of missingRequired) {
    problems.add(sheet.name, 1, specs[key].header, `Kolumnen "${specs[key].header}" saknas i rubrikraden.`);
  }
  if (missingRequired.length > 0) return { items, rows };

  const lastRow = Math.min(sheet.rowCount, MAX_ROWS + 1);
  if (sheet.rowCount > MAX_ROWS + 1) problems.add(sheet.name, null, null, `Bladet har fler än ${MAX_ROWS} rader; resten läses inte.`);
  for (let rowNumber = 2; rowNumber <= lastRow && !problems.full; rowNumber += 1) {
    const all = rowTexts(sheet, rowNumber, columnCount);
    if (isBlankRow(all)) continue;
    const texts: Partial<Record<Key, string>> = {};
    for (const [key, col] of Object.entries(located.columns) as [Key, number][]) texts[key] = all[col] ?? '';

    const read = readRow(texts);
    const reported = new Set<string>();
    for (const key of Object.keys(specs) as Key[]) {
      if (specs[key].required && (texts[key] ?? '').trim() === '') {
        read.problems.push({ column: key, message: `Obligatorisk uppgift saknas: fyll i "${specs[key].header}".` });
      }
    }
    for (const p of read.problems) {
      reported.add(p.column);
      problems.add(sheet.name, rowNumber, specs[p.column].header, p.message);
    }
    const parsed = schema.safeParse(read.value);
    if (parsed.success) {
      if (read.problems.length === 0) {
        items.push(parsed.data);
        rows.push(rowNumber);
      }
      continue;
    }
    for (const issue of parsed.error.issues) {
      const key = columnForPath(issue.path, specs);
      if (reported.has(key)) continue;
      reported.add(key);
      problems.add(sheet.name, rowNumber, specs[key as Key]?.header ?? key, issueMessage(issue));
    }
  }
  return { items, rows };
}

/** Model path → the column key that holds it ("legal.osl.0.ref" → "osl", "levels.K" → "K"). */
function columnForPath(path: readonly PropertyKey[], specs: Record<string, ColumnSpec>): string {
  const [first, second] = path.map(String);
  if ((first === 'legal' || first === 'levels') && second !== undefined && second in specs) return second;
  return first ?? '';
}

function readAbout(sheets: Worksheet[], problems: ProblemList): { exportedAt: string } {
  const sheet = sheets.find((s) => s.name === SHEET_ABOUT);
  let exportedAt = new Date().toISOString();
  if (!sheet) return { exportedAt };
  for (let rowNumber = 1; rowNumber <= Math.min(sheet.rowCount, 50); rowNumber += 1) {
    const [, key = '', value = ''] = rowTexts(sheet, rowNumber, 2);
    if (key.trim() === 'Exporterad' && value.trim() !== '') exportedAt = value.trim();
    if (key.trim() === 'Format' && value.trim() !== 'infovakt-map') {
      problems.add(SHEET_ABOUT, rowNumber, 'Värde', `Okänt format "${value}": filen är inte en export av informationskartan.`);
    }
    if (key.trim() === 'Formatversion' && value.trim() !== '1') {
      problems.add(SHEET_ABOUT, rowNumber, 'Värde', `Formatversion ${value} stöds inte (infovakt läser version 1).`);
    }
  }
  return { exportedAt };
}
