// Finding the header row of a records-plan sheet below its title rows.
import type { Worksheet } from 'exceljs';
import { isBlankRow, rowTexts } from '../workbook-reader.js';
import { headerField, normalizeHeader } from './mapping.js';

/** Title rows above the header are few; looking further only finds data that looks like headers. */
export const HEADER_SEARCH_ROWS = 30;

export type SheetLayout = { headerRow: number; headers: string[]; rawHeaders: string[]; columnCount: number };

/** The first row with the most recognisable headers (at least two, one of them a document type). */
export function detectHeaderRow(sheet: Worksheet): SheetLayout | null {
  const columnCount = sheet.columnCount;
  let best: { row: number; score: number; texts: string[] } | null = null;
  for (let row = 1; row <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); row += 1) {
    const texts = rowTexts(sheet, row, columnCount);
    const fields = texts.map(headerField);
    if (!fields.includes('documentType')) continue;
    const score = new Set(fields.filter((f) => f !== null)).size;
    if (score >= 2 && (!best || score > best.score)) best = { row, score, texts };
  }
  return best ? { headerRow: best.row, headers: trimHeaders(best.texts), rawHeaders: best.texts.slice(1), columnCount } : null;
}

/** The row (within the search window) whose cells include the given header text. */
export function findHeaderRowWith(sheet: Worksheet, header: string): SheetLayout | null {
  const columnCount = sheet.columnCount;
  const wanted = normalizeHeader(header);
  for (let row = 1; row <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); row += 1) {
    const texts = rowTexts(sheet, row, columnCount);
    if (texts.some((t) => normalizeHeader(t) === wanted)) {
      return { headerRow: row, headers: trimHeaders(texts), rawHeaders: texts.slice(1), columnCount };
    }
  }
  return null;
}

/** Headers as the UI shows them (index 0 = column A); empty headers get the column letter. */
function trimHeaders(texts: readonly string[]): string[] {
  const headers = texts.slice(1).map((t, i) => t.replace(/\s+/g, ' ').trim() || `Kolumn ${columnLetter(i + 1)}`);
  while (headers.length > 0 && /^Kolumn [A-Z]+$/.test(headers[headers.length - 1] ?? '')) headers.pop();
  return headers;
}

export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Data rows below the header: non-blank, with repeated header rows (printed per page) left out. */
export function* dataRows(sheet: Worksheet, layout: SheetLayout, maxRows: number): Generator<{ row: number; texts: string[] }> {
  const header = layout.rawHeaders.map(normalizeHeader).join('|');
  const last = Math.min(sheet.rowCount, layout.headerRow + maxRows);
  for (let row = layout.headerRow + 1; row <= last; row += 1) {
    const texts = rowTexts(sheet, row, layout.columnCount);
    if (isBlankRow(texts)) continue;
    if (texts.slice(1).map(normalizeHeader).join('|') === header) continue;
    yield { row, texts };
  }
}
