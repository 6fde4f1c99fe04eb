// The audit trail as CSV (RFC 4180, UTF-8), safe to open in a spreadsheet.
import type { AuditEntry } from './store.js';

const COLUMNS: [string, (e: AuditEntry) => unknown][] = [
  ['seq', (e) => e.seq],
  ['at', (e) => e.at],
  ['actor', (e) => e.actor],
  ['actor_id', (e) => e.actorId],
  ['ip', (e) => e.ip],
  ['action', (e) => e.action],
  ['entity_type', (e) => e.entityType],
  ['entity_id', (e) => e.entityId],
  ['department_id', (e) => e.departmentId],
  ['changes', (e) => (e.changes == null ? '' : JSON.stringify(e.changes))],
  ['hash', (e) => e.hash],
];

/** Quotes a cell; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: unknown): string {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

export function auditToCsv(entries: AuditEntry[]): string {
  const lines = [COLUMNS.map(([h]) => h).join(',')];
  for (const e of entries) lines.push(COLUMNS.map(([, get]) => csvCell(get(e))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
