// The `changes` of an audit entry, readable: a field/before/after table for changes, a list of
// values for facts (login method, export format, …); fields by their names where they have one.
import { Table, Text } from '@mantine/core';
import type { Department } from '../../api/types.ts';
import { fieldLabel } from '../../components/values.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { visuallyHidden } from '../admin/shared.tsx';

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isFieldChange(v: unknown): v is FieldChange {
  return isObject(v) && typeof v.field === 'string' && 'before' in v && 'after' in v;
}

/** Normalises the shapes the server writes into field changes, or null when it is not a change. */
export function asFieldChanges(changes: unknown): FieldChange[] | null {
  if (Array.isArray(changes) && changes.length > 0 && changes.every(isFieldChange)) return changes;
  if (isObject(changes) && Object.keys(changes).length === 2 && 'before' in changes && 'after' in changes) {
    const { before, after } = changes;
    if (isObject(before) || isObject(after)) {
      const b = isObject(before) ? before : {};
      const a = isObject(after) ? after : {};
      const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
      return keys
        .filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
        .map((k) => ({ field: k, before: b[k] ?? null, after: a[k] ?? null }));
    }
    return [{ field: '', before, after }];
  }
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function formatValue(v: unknown, departments: Map<string, Department>): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'string') return UUID.test(v) && departments.has(v) ? departments.get(v)!.code : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every((x) => typeof x !== 'object' || x === null)) return v.map((x) => formatValue(x, departments)).join(', ');
  }
  return JSON.stringify(v);
}

export function ChangesView({ seq, changes, departments }: { seq: number; changes: unknown; departments: Map<string, Department> }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (changes === null || changes === undefined) return <Text size="sm">–</Text>;
  const fieldChanges = asFieldChanges(changes);
  if (fieldChanges) {
    if (fieldChanges.length === 0) return <Text size="sm">–</Text>;
    return (
      <Table withTableBorder={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm" className="iv-audit-changes">
        <caption style={visuallyHidden}>{t('audit.changesOf', { seq })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.field')}</Table.Th>
            <Table.Th scope="col">{t('audit.before')}</Table.Th>
            <Table.Th scope="col">{t('audit.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fieldChanges.map((c, i) => (
            <Table.Tr key={`${c.field}-${i}`}>
              <Table.Th scope="row" fw={500}>
                {c.field ? fieldLabel(c.field, i18n) : '–'}
              </Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <del style={{ textDecorationColor: 'var(--mantine-color-red-7)' }}>{formatValue(c.before, departments)}</del>
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <ins style={{ textDecoration: 'none', fontWeight: 500 }}>{formatValue(c.after, departments)}</ins>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  if (isObject(changes)) {
    return (
      <dl className="iv-audit-facts" style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 8, fontSize: 'var(--mantine-font-size-sm)' }}>
        {Object.entries(changes).map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt style={{ fontWeight: 500 }}>{fieldLabel(k, i18n)}</dt>
            <dd style={{ margin: 0, wordBreak: 'break-word' }}>{formatValue(v, departments)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return <Text size="sm">{formatValue(changes, departments)}</Text>;
}
