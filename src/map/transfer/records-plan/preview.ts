// First look at an uploaded records-management plan: sheets, header rows, a sample, a mapping guess.
import { readWorkbook } from '../workbook-reader.js';
import type { ImportProblem } from '../problems.js';
import { suggestMapping, type RecordsPlanMapping } from './mapping.js';
import { dataRows, detectHeaderRow } from './sheet-layout.js';

export const SAMPLE_ROWS = 8;
const MAX_COUNTED_ROWS = 100_000;

export type RecordsPlanSheetPreview = {
  name: string;
  /** Excel row number of the header row, or null when none was recognised (e.g. an instructions sheet). */
  headerRow: number | null;
  headers: string[];
  /** Non-blank rows below the header row (headings included). */
  rowCount: number;
  /** The first rows below the header as text, one string per header column. */
  sample: string[][];
};

export type RecordsPlanPreview =
  | { ok: true; sheets: RecordsPlanSheetPreview[]; suggestedMapping: RecordsPlanMapping | null }
  | { ok: false; problems: ImportProblem[] };

export async function previewRecordsPlan(bytes: Uint8Array): Promise<RecordsPlanPreview> {
  const opened = await readWorkbook(bytes);
  if (!opened.ok) return opened;
  const sheets: RecordsPlanSheetPreview[] = [];
  let suggestedMapping: RecordsPlanMapping | null = null;
  for (const sheet of opened.workbook.worksheets) {
    const layout = detectHeaderRow(sheet);
    if (!layout) {
      sheets.push({ name: sheet.name, headerRow: null, headers: [], rowCount: 0, sample: [] });
      continue;
    }
    const sample: string[][] = [];
    let rowCount = 0;
    for (const { texts } of dataRows(sheet, layout, MAX_COUNTED_ROWS)) {
      rowCount += 1;
      if (sample.length < SAMPLE_ROWS) sample.push(layout.headers.map((_, i) => (texts[i + 1] ?? '').trim()));
    }
    sheets.push({ name: sheet.name, headerRow: layout.headerRow, headers: layout.headers, rowCount, sample });
    suggestedMapping ??= suggestMapping(layout.headers);
  }
  if (suggestedMapping) {
    // Name the sheets explicitly so the UI shows which ones will be read.
    suggestedMapping = { ...suggestedMapping, sheets: sheets.filter((s) => s.headerRow !== null).map((s) => s.name) };
  }
  return { ok: true, sheets, suggestedMapping };
}
