// The column mapping a user picks in the UI for a records-management plan, and its header guesses.
import { z } from 'zod';

export const RecordsPlanMapping = z.object({
  /** Department per sheet (one sheet per department) or from a column's value. */
  department: z.union([z.object({ bySheet: z.literal(true) }), z.object({ column: z.string().trim().min(1) })]),
  /** Sheets to import; default: every sheet whose header row holds the document-type column. */
  sheets: z.array(z.string()).max(200).optional(),
  /** Column headers as they appear in the header row (matched ignoring case and spacing). */
  processCode: z.string().trim().min(1).optional(),
  process: z.string().trim().min(1).optional(),
  documentType: z.string().trim().min(1),
  retention: z.string().trim().min(1).optional(),
  /** A separate "Gallringsfrist" column, joined to the retention decision ("Gallras" + "2 år"). */
  retentionPeriod: z.string().trim().min(1).optional(),
  notes: z.string().trim().min(1).optional(),
  storage: z.string().trim().min(1).optional(),
});
export type RecordsPlanMapping = z.infer<typeof RecordsPlanMapping>;

/** Sheet name (bySheet) or department column value → department code. */
export const DepartmentMap = z.record(z.string(), z.string());
export type DepartmentMap = z.infer<typeof DepartmentMap>;

type MappedField = Exclude<keyof RecordsPlanMapping, 'department' | 'sheets'> | 'departmentColumn';

/** Typical headers in Swedish plans; the look-ahead (a Unicode-aware \b) stops "Processägare" matching "Process". */
const headerPatterns: [MappedField, RegExp][] = [
  ['documentType', /^(handlingstyp(er)?|handlingsslag|handling(ar)?|dokumenttyp(er)?|dokument|typ av handling|informationsmängd|informationstyp)(?![\p{L}\p{N}])/u],
  ['process', /^(process(er|namn|beskrivning)?|verksamhetsprocess|aktivitet|process ?\/ ?aktivitet)(?![\p{L}\p{N}])/u],
  ['processCode', /^(nr\.?|nummer|process ?nr|processnummer|processkod|kod|klassificering|klassificeringskod|klass|id|ref|referens|beteckning)$/],
  ['retention', /^(bevara ?\/ ?gallra|bevaras ?\/ ?gallras|bevarande ?\/ ?gallring|bevara eller gallra|bevaras eller gallras|bevarande|gallring|b ?\/ ?g)(?![\p{L}\p{N}])/u],
  ['retentionPeriod', /^(gallringsfrist|gallringstid|frist|när gallras)(?![\p{L}\p{N}])/u],
  ['storage', /^(förvaring(splats|sform)?|förvaras|lagring(sform|smedium)?|medium|system)(?![\p{L}\p{N}])/u],
  ['notes', /^(kommentar(er)?|anmärkning(ar)?|anm\.?|notering(ar)?|övrigt|beskrivning)(?![\p{L}\p{N}])/u],
  ['departmentColumn', /^(förvaltning|avdelning|enhet|verksamhet|verksamhetsområde|nämnd)$/],
];

export function normalizeHeader(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[:*]+$/, '').trim().toLowerCase();
}

/** Which field a header looks like, if any. */
export function headerField(text: string): MappedField | null {
  const normalized = normalizeHeader(text);
  if (normalized === '') return null;
  for (const [field, pattern] of headerPatterns) if (pattern.test(normalized)) return field;
  return null;
}

/** A mapping guessed from one header row; null when no document-type column is recognisable. */
export function suggestMapping(headers: readonly string[]): RecordsPlanMapping | null {
  const found: Partial<Record<MappedField, string>> = {};
  for (const header of headers) {
    const field = headerField(header);
    if (field && found[field] === undefined) found[field] = header.replace(/\s+/g, ' ').trim();
  }
  if (!found.documentType) return null;
  const { departmentColumn, documentType, ...optional } = found;
  return {
    department: departmentColumn ? { column: departmentColumn } : { bySheet: true },
    documentType,
    ...optional,
  };
}
