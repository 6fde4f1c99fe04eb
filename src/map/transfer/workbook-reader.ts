// Opening untrusted xlsx bytes: check the zip first (cheap, bounded), then let exceljs parse it.
// Every failure becomes one Swedish problem instead of an exception.
import ExcelJS from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import yauzl from 'yauzl';
import { fileProblem, type ImportProblem } from './problems.js';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Declared uncompressed size limit: stops zip bombs before exceljs inflates them in memory. */
export const MAX_UNZIPPED_BYTES = 300 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 10_000;

export type WorkbookResult = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; problems: ImportProblem[] };

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookResult> {
  const fail = (message: string): WorkbookResult => ({ ok: false, problems: [fileProblem(message)] });
  if (bytes.byteLength === 0) return fail('Filen är tom.');
  if (bytes.byteLength > MAX_FILE_BYTES) return fail(`Filen är för stor (högst ${MAX_FILE_BYTES / 1024 / 1024} MB).`);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') {
    return fail('Filen är inte en Excel-arbetsbok (xlsx): den är inte en zip-fil. Spara om den som .xlsx i Excel.');
  }
  const zipCheck = await checkZip(buffer);
  if (zipCheck) return fail(zipCheck);
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    return { ok: true, workbook };
  } catch (error) {
    return fail(`Filen kunde inte läsas som Excel-arbetsbok (xlsx): ${errorText(error)}`);
  }
}

/** Returns a Swedish message when the zip is broken, too large or not a workbook; null when fine. */
function checkZip(buffer: Buffer): Promise<string | null> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) {
        resolve(`Filen är trasig eller avkortad och kan inte öppnas som xlsx (${errorText(openError)}).`);
        return;
      }
      let entries = 0;
      let unzipped = 0;
      const names = new Set<string>();
      const finish = (message: string | null) => {
        zip.close();
        resolve(message);
      };
      zip.on('error', (error: unknown) => finish(`Filen är trasig och kan inte öppnas som xlsx (${errorText(error)}).`));
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        unzipped += entry.uncompressedSize;
        names.add(entry.fileName);
        if (entries > MAX_ZIP_ENTRIES) return finish('Filen innehåller för många delar för att vara en rimlig arbetsbok.');
        if (unzipped > MAX_UNZIPPED_BYTES) return finish('Filen är för stor uppackad (misstänkt zip-bomb).');
        zip.readEntry();
      });
      zip.on('end', () => {
        if (!names.has('xl/workbook.xml')) {
          finish('Filen är en zip-fil men inte en Excel-arbetsbok (xlsx): xl/workbook.xml saknas.');
        } else {
          finish(null);
        }
      });
      zip.readEntry();
    });
  });
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error ?? 'okänt fel');
}

/**
 * A cell as text, the way the user sees it. Horizontally merged cells count only in the column of
 * their top-left cell (a heading merged across a row must not look like a value in every column);
 * vertically merged cells repeat their value down the rows.
 */
export function cellText(cell: Cell): string {
  if (cell.isMerged && cell.master !== cell && cell.master.col !== cell.col) return '';
  return valueText(cell.isMerged ? cell.master.value : cell.value);
}

export function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null || typeof result === 'object' && !(result instanceof Date)) return '';
      return valueText(result as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) return String(value.text ?? '');
    if ('error' in value) return '';
  }
  return '';
}

/** Excel dates are local wall-clock values stored as UTC by exceljs: take the UTC date. */
export function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/**
 * The texts of one row (untrimmed), 1-based by column number (index 0 unused). Pass the column
 * count when reading many rows: exceljs computes `columnCount` by walking every row.
 */
export function rowTexts(sheet: Worksheet, rowNumber: number, columnCount = sheet.columnCount): string[] {
  const row = sheet.getRow(rowNumber);
  const texts: string[] = [''];
  for (let col = 1; col <= columnCount; col += 1) texts.push(cellText(row.getCell(col)));
  return texts;
}

export function isBlankRow(texts: readonly string[]): boolean {
  return texts.every((t) => t.trim() === '');
}

/** Finds a sheet by name, ignoring case and surrounding spaces (people retype sheet names). */
export function findSheet(workbook: { worksheets: Worksheet[] }, name: string): Worksheet | undefined {
  const wanted = name.trim().toLowerCase();
  return workbook.worksheets.find((s) => s.name.trim().toLowerCase() === wanted);
}
