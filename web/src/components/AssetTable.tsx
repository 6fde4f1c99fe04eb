import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AssetSummary } from '../api/types.ts';
import { type TKey, useI18n } from '../i18n/index.tsx';
import { isOverdue, LevelBadges, StateBadge } from './badges.tsx';

export interface SortState {
  sort: string;
  onSort(sort: string): void;
}

/** `sorts`: the sort values the API accepts for the column, the first is used on the first click. */
type Col = { key: TKey; sorts?: string[] };

const columns: Col[] = [
  { key: 'assets.ref', sorts: ['ref'] },
  { key: 'common.name', sorts: ['name', '-name'] },
  { key: 'common.department', sorts: ['department'] },
  { key: 'assets.levels', sorts: ['-k', 'k'] },
  { key: 'common.state' },
  { key: 'assets.reviewDue', sorts: ['reviewDue'] },
  { key: 'common.updated', sorts: ['-updatedAt', 'updatedAt'] },
];

function SortHeader({ col, sort }: { col: Col; sort?: SortState }) {
  const { t } = useI18n();
  const label = t(col.key);
  if (!col.sorts || !sort) return <Table.Th scope="col">{label}</Table.Th>;
  const idx = col.sorts.indexOf(sort.sort);
  const active = idx >= 0;
  const isDesc = sort.sort.startsWith('-');
  const ariaSort = active ? (isDesc ? 'descending' : 'ascending') : 'none';
  const next = active ? (col.sorts[(idx + 1) % col.sorts.length] ?? sort.sort) : (col.sorts[0] ?? sort.sort);
  return (
    <Table.Th scope="col" aria-sort={ariaSort}>
      <button type="button" className="iv-sort-button" onClick={() => sort.onSort(next)}>
        {label}
        <span aria-hidden="true">{active ? (isDesc ? '▼' : '▲') : '↕'}</span>
      </button>
    </Table.Th>
  );
}

export function AssetTable({ items, sort, hideDepartment }: { items: AssetSummary[]; sort?: SortState; hideDepartment?: boolean }) {
  const { t, date } = useI18n();
  const cols = hideDepartment ? columns.filter((c) => c.key !== 'common.department') : columns;
  if (items.length === 0) return <Text py="md">{t('assets.empty')}</Text>;
  return (
    <div className="iv-table-wrap">
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {cols.map((c) => (
              <SortHeader key={c.key} col={c} sort={sort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" ff="monospace">
                  {a.ref}
                </Text>
              </Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/assets/${a.id}`}>
                  {a.name}
                </Anchor>
              </Table.Th>
              {!hideDepartment && <Table.Td>{a.departmentName}</Table.Td>}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <LevelBadges levels={a.levels} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StateBadge state={a.classificationState} overdue={a.classificationState === 'approved' && isOverdue(a.reviewDue)} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(a.reviewDue)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(a.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
