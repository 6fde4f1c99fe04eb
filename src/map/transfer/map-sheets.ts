// The layout of the map workbook: sheet names, column headers and widths, shared by export and import.
// Import finds columns by header text, so a user may reorder columns or add their own.

export const SHEET_ABOUT = 'Om';
export const SHEET_DEPARTMENTS = 'Förvaltningar';
export const SHEET_ASSETS = 'Informationsmängder';

export type ColumnSpec = { header: string; width: number; required?: boolean };

export const departmentColumns = {
  code: { header: 'Kod', width: 14, required: true },
  name: { header: 'Namn', width: 36, required: true },
  kind: { header: 'Typ', width: 14 },
  functions: { header: 'Verksamhetsfunktioner', width: 30 },
  description: { header: 'Beskrivning', width: 50 },
} satisfies Record<string, ColumnSpec>;

export const assetColumns = {
  ref: { header: 'Referens', width: 12 },
  department: { header: 'Förvaltning', width: 14, required: true },
  name: { header: 'Namn', width: 40, required: true },
  description: { header: 'Beskrivning', width: 50 },
  process: { header: 'Process', width: 30 },
  ownerRole: { header: 'Informationsägare (roll)', width: 24 },
  purpose: { header: 'Syfte', width: 36 },
  volume: { header: 'Volym', width: 18 },
  retention: { header: 'Bevarande/gallring', width: 24 },
  personalData: { header: 'Personuppgifter', width: 10 },
  personalDataCategories: { header: 'Personuppgiftskategorier', width: 30 },
  osl: { header: 'OSL', width: 30 },
  gdprArt9: { header: 'Art. 9 GDPR', width: 26 },
  gdprArt10: { header: 'Art. 10 GDPR', width: 10 },
  identityNumbers: { header: 'Personnummer', width: 10 },
  protectedIdentity: { header: 'Skyddad identitet', width: 10 },
  securityClass: { header: 'Säkerhetsskyddsklass', width: 20 },
  aggregated: { header: 'Aggregerad', width: 10 },
  K: { header: 'K', width: 5 },
  R: { header: 'R', width: 5 },
  T: { header: 'T', width: 5 },
  S: { header: 'S', width: 5 },
  classificationState: { header: 'Klassningsstatus', width: 14 },
  reviewDue: { header: 'Granskas senast', width: 14 },
  status: { header: 'Status', width: 12 },
  templateId: { header: 'Mall-id', width: 20 },
} satisfies Record<string, ColumnSpec>;

export type DepartmentColumn = keyof typeof departmentColumns;
export type AssetColumn = keyof typeof assetColumns;

/** Column key → 1-based column number, found by header text (trimmed, case-insensitive). */
export function locateColumns<Key extends string>(
  specs: Record<Key, ColumnSpec>,
  headerTexts: readonly string[],
): { columns: Partial<Record<Key, number>>; missing: Key[] } {
  const columns: Partial<Record<Key, number>> = {};
  const missing: Key[] = [];
  const normalized = headerTexts.map((h) => h.trim().toLowerCase());
  for (const key of Object.keys(specs) as Key[]) {
    const index = normalized.indexOf(specs[key].header.toLowerCase());
    if (index > 0) columns[key] = index;
    else missing.push(key);
  }
  return { columns, missing };
}
