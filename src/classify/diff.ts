// A generic deep diff of plain JSON values for the history view: one change per leaf that differs,
// named by a dotted path. Arrays are compared as whole values, since an element-wise diff of
// e.g. a list of OSL references reads worse than "before: [...], after: [...]".

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality on JSON values; object key order does not matter, array order does. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key] ?? null, b[key] ?? null)) return false;
    return true;
  }
  return false;
}

/**
 * Changes from `before` to `after`, sorted by field. A missing key counts as null, so
 * `{a: null}` and `{}` are equal and an added field shows `before: null`.
 */
export function diffObjects(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(before ?? null, after ?? null, '', changes);
  return changes.sort((x, y) => (x.field < y.field ? -1 : x.field > y.field ? 1 : 0));
}

function walk(before: unknown, after: unknown, field: string, out: FieldChange[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) walk(before[key] ?? null, after[key] ?? null, field ? `${field}.${key}` : key, out);
    return;
  }
  if (!jsonEqual(before, after)) out.push({ field, before, after });
}
