// Records-management plan → draft information assets, one per document type, under its process.
import type { Worksheet } from 'exceljs';
import { AssetInput } from '../../model.js';
import { ProblemList, type ImportProblem } from '../problems.js';
import { findSheet, readWorkbook } from '../workbook-reader.js';
import { issueMessage } from '../zod-problems.js';
import { normalizeHeader, RecordsPlanMapping, type DepartmentMap } from './mapping.js';
import { retentionRule } from './retention.js';
import { dataRows, detectHeaderRow, findHeaderRowWith, type SheetLayout } from './sheet-layout.js';

const DraftFields = AssetInput.omit({ departmentId: true });

/** An AssetInput without departmentId: the store resolves departmentCode and assigns the ref. */
export type RecordsPlanDraft = Omit<AssetInput, 'departmentId'> & {
  departmentCode: string;
  /** Where the draft came from, for the import summary. */
  source: { sheet: string; row: number };
};

/** Every readable row becomes a draft; rows that could not be read are problems. Reject on problems for all-or-nothing. */
export type RecordsPlanImport = { drafts: RecordsPlanDraft[]; problems: ImportProblem[] };

export const MAX_PLAN_ROWS = 20_000;
/** "1.2.3 Handlägga bygglov" or "1 Styra och leda": a Klassa-style process heading. */
const processHeading = /^\d+(\.\d+)*\.?\s+\S/;

export async function importRecordsPlan(bytes: Uint8Array, mapping: RecordsPlanMapping, departmentMap: DepartmentMap): Promise<RecordsPlanImport> {
  const problems = new ProblemList();
  const checked = RecordsPlanMapping.safeParse(mapping);
  if (!checked.success) {
    for (const issue of checked.error.issues) problems.add(null, null, `mapping.${issue.path.join('.')}`, issueMessage(issue));
    return { drafts: [], problems: problems.items };
  }
  const opened = await readWorkbook(bytes);
  if (!opened.ok) return { drafts: [], problems: opened.problems };

  const drafts: RecordsPlanDraft[] = [];
  const lookup = caseInsensitive(departmentMap);
  for (const sheet of selectSheets(opened.workbook.worksheets, checked.data, problems)) {
    if (problems.full || drafts.length >= MAX_PLAN_ROWS) break;
    readSheet(sheet, checked.data, lookup, drafts, problems);
  }
  return { drafts, problems: problems.items };
}

function selectSheets(all: Worksheet[], mapping: RecordsPlanMapping, problems: ProblemList): Worksheet[] {
  if (!mapping.sheets) return all.filter((s) => findHeaderRowWith(s, mapping.documentType) !== null);
  const chosen: Worksheet[] = [];
  for (const name of mapping.sheets) {
    const sheet = findSheet({ worksheets: all }, name);
    if (sheet) chosen.push(sheet);
    else problems.add(name, null, null, `Bladet "${name}" finns inte i arbetsboken.`);
  }
  return chosen;
}

type Columns = Partial<Record<Exclude<keyof RecordsPlanMapping, 'sheets'>, number>>;

function readSheet(
  sheet: Worksheet,
  mapping: RecordsPlanMapping,
  departmentFor: (key: string) => string | undefined,
  drafts: RecordsPlanDraft[],
  problems: ProblemList,
): void {
  const layout = findHeaderRowWith(sheet, mapping.documentType) ?? detectHeaderRow(sheet);
  if (!layout) {
    problems.add(sheet.name, null, mapping.documentType, `Hittar ingen rubrikrad med kolumnen "${mapping.documentType}" bland de första raderna.`);
    return;
  }
  const columns = locate(layout, mapping, sheet.name, problems);
  if (!columns) return;

  let sheetDepartment: string | undefined;
  if ('bySheet' in mapping.department) {
    sheetDepartment = departmentFor(sheet.name);
    if (!sheetDepartment) {
      problems.add(sheet.name, null, null, `Ingen förvaltning vald för bladet "${sheet.name}".`);
      return;
    }
  }

  const text = (texts: string[], key: keyof Columns) => {
    const col = columns[key];
    return col === undefined ? '' : (texts[col] ?? '').replace(/\s+/g, ' ').trim();
  };
  let currentProcess = '';
  let currentDepartmentValue = '';
  for (const { row, texts } of dataRows(sheet, layout, MAX_PLAN_ROWS)) {
    if (problems.full) return;
    const documentType = text(texts, 'documentType');
    const code = text(texts, 'processCode');
    const processName = text(texts, 'process');
    // A heading merged across the row may sit in the document-type column itself.
    const headingInTypeColumn = processHeading.test(documentType) && text(texts, 'retention') === '' && processName === '';
    if (documentType === '' || headingInTypeColumn) {
      const heading = headingInTypeColumn ? documentType : headingText(texts, code, processName);
      if (heading !== null) currentProcess = heading;
      else problems.add(sheet.name, row, mapping.documentType, 'Raden saknar handlingstyp och är ingen processrubrik.');
      continue;
    }
    // A document row may name its own process (repeated or merged down the rows); otherwise it inherits.
    if (processName !== '') currentProcess = joinCode(code, processName);
    else if (code !== '' && currentProcess === '') currentProcess = code;

    let departmentCode = sheetDepartment;
    if ('column' in mapping.department) {
      const value = text(texts, 'department');
      if (value !== '') currentDepartmentValue = value;
      departmentCode = departmentFor(currentDepartmentValue);
      if (!departmentCode) {
        const message = currentDepartmentValue === '' ? 'Förvaltning saknas på raden.' : `Ingen förvaltning vald för "${currentDepartmentValue}".`;
        problems.add(sheet.name, row, mapping.department.column, message);
        continue;
      }
    }

    const notes = text(texts, 'notes');
    const storage = text(texts, 'storage');
    const draft = DraftFields.safeParse({
      name: documentType,
      process: currentProcess,
      retention: retentionRule(text(texts, 'retention'), text(texts, 'retentionPeriod')),
      description: [notes, storage !== '' ? `Förvaring: ${storage}` : ''].filter((s) => s !== '').join('\n'),
      status: 'draft',
      templateId: null,
    });
    if (!draft.success) {
      for (const issue of draft.error.issues) problems.add(sheet.name, row, headerFor(String(issue.path[0]), mapping), issueMessage(issue));
      continue;
    }
    drafts.push({ ...draft.data, departmentCode: departmentCode ?? '', source: { sheet: sheet.name, row } });
  }
}

/** Column numbers of every mapped header; null (with problems) when one is missing on this sheet. */
function locate(layout: SheetLayout, mapping: RecordsPlanMapping, sheetName: string, problems: ProblemList): Columns | null {
  const wanted: [keyof Columns, string | undefined][] = [
    ['documentType', mapping.documentType],
    ['processCode', mapping.processCode],
    ['process', mapping.process],
    ['retention', mapping.retention],
    ['retentionPeriod', mapping.retentionPeriod],
    ['notes', mapping.notes],
    ['storage', mapping.storage],
    ['department', 'column' in mapping.department ? mapping.department.column : undefined],
  ];
  const normalized = layout.rawHeaders.map(normalizeHeader);
  const columns: Columns = {};
  let complete = true;
  for (const [key, header] of wanted) {
    if (header === undefined) continue;
    const index = normalized.indexOf(normalizeHeader(header));
    if (index >= 0) {
      columns[key] = index + 1;
    } else {
      complete = false;
      problems.add(sheetName, layout.headerRow, header, `Kolumnen "${header}" finns inte i rubrikraden på bladet.`);
    }
  }
  return complete ? columns : null;
}

/** The process a heading row opens, or null when the row is not a heading. */
function headingText(texts: readonly string[], code: string, processName: string): string | null {
  if (code !== '' || processName !== '') return joinCode(code, processName);
  const filled = texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
  const first = filled[0] ?? '';
  // A Klassa code and name anywhere in the row, or a lone text (a heading merged across the row).
  if (processHeading.test(first) || filled.length === 1) return first;
  return null;
}

function joinCode(code: string, name: string): string {
  if (code === '' || name.startsWith(code)) return name;
  if (name === '') return code;
  return `${code} ${name}`;
}

function headerFor(field: string, mapping: RecordsPlanMapping): string | null {
  if (field === 'name') return mapping.documentType;
  if (field === 'process') return mapping.process ?? mapping.processCode ?? null;
  if (field === 'retention') return mapping.retention ?? null;
  if (field === 'description') return mapping.notes ?? null;
  return null;
}

function caseInsensitive(map: DepartmentMap): (key: string) => string | undefined {
  const normalized = new Map(Object.entries(map).map(([k, v]) => [k.trim().toLowerCase(), v.trim()]));
  return (key) => {
    const value = normalized.get(key.trim().toLowerCase());
    return value === '' ? undefined : value;
  };
}
