// The `changes` of an audit entry, readable: a field/before/after table for changes, a list of
// values for facts (login method, export format, …); fields by their names where they have one.
import { Table, Text } from '@mantine/core';
import type { Department } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { expandChanges, type FieldChange, fieldLabel, formatValue } from '../../components/values.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { visuallyHidden } from '../admin/shared.tsx';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isFieldChange(v: unknown): v is FieldChange {
  return isObject(v) && typeof v.field === 'string' && 'before' in v && 'after' in v;
}

/**
 * Normalises the shapes the server writes into field changes, or null when it is not a change;
 * a changed object (an asset's `legal`) becomes one change per sub-field that differs.
 */
export function asFieldChanges(changes: unknown): FieldChange[] | null {
  if (Array.isArray(changes) && changes.length > 0 && changes.every(isFieldChange)) return expandChanges(changes);
  if (isObject(changes) && Object.keys(changes).length === 2 && 'before' in changes && 'after' in changes) {
    const { before, after } = changes;
    if (isObject(before) || isObject(after)) return expandChanges([{ field: '', before: isObject(before) ? before : {}, after: isObject(after) ? after : {} }]);
    return [{ field: '', before, after }];
  }
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ChangesView({ seq, changes, departments }: { seq: number; changes: unknown; departments: Map<string, Department> }) {
  const i18n = useI18n();
  const { t } = i18n;
  // A department's code for its id.
  const name = (v: string) => (UUID.test(v) ? departments.get(v)?.code : undefined);
  const show = (v: unknown, field: string) => formatValue(v, i18n, { field, name });
  if (changes === null || changes === undefined) return <Text size="sm">–</Text>;
  const fieldChanges = asFieldChanges(changes);
  if (fieldChanges) {
    if (fieldChanges.length === 0) return <Text size="sm">–</Text>;
    return (
      <DataTable
        wrapClassName={null}
        withTableBorder={false}
        verticalSpacing={2}
        horizontalSpacing="xs"
        fz="sm"
        className="iv-audit-changes"
        caption={<caption style={visuallyHidden}>{t('audit.changesOf', { seq })}</caption>}
        columns={[t('audit.field'), t('audit.before'), t('audit.after')]}
      >
        {fieldChanges.map((c, i) => (
          <Table.Tr key={`${c.field}-${i}`}>
            <Table.Th scope="row" fw={500}>
              {c.field ? fieldLabel(c.field, i18n) : '–'}
            </Table.Th>
            <Table.Td style={{ wordBreak: 'break-word' }}>
              <del style={{ textDecorationColor: 'var(--mantine-color-red-7)' }}>{show(c.before, c.field)}</del>
            </Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>
              <ins style={{ textDecoration: 'none', fontWeight: 500 }}>{show(c.after, c.field)}</ins>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    );
  }
  if (isObject(changes)) {
    return (
      <dl className="iv-audit-facts" style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 8, fontSize: 'var(--mantine-font-size-sm)' }}>
        {Object.entries(changes).map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt style={{ fontWeight: 500 }}>{fieldLabel(k, i18n)}</dt>
            <dd style={{ margin: 0, wordBreak: 'break-word' }}>{show(v, k)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return <Text size="sm">{show(changes, '')}</Text>;
}
