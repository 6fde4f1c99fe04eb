import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AssetSummary } from '../api/types.ts';
import { type TKey, useI18n } from '../i18n/index.tsx';
import { useLevelColors } from '../api/catalog.ts';
import { isOverdue, type LevelColors, LevelBadgesView, StateBadge } from './badges.tsx';

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

// The rows are drawn with Mantine's markup and classes (as <Table striped highlightOnHover>, <Text>,
// <Anchor> and <Group> render them) but without one Mantine component per cell: 25 rows of
// 8 cells are most of the list page's first render.
const cls = {
  tr: `${Table.classes.tr} mantine-Table-tr`,
  td: `${Table.classes.td} mantine-Table-td`,
  th: `${Table.classes.th} mantine-Table-th`,
  ref: `mantine-focus-auto ${Text.classes.root} mantine-Text-root`,
  link: `mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root} mantine-Text-root mantine-Anchor-root`,
};
const nowrap = { whiteSpace: 'nowrap' } as const;
const refStyle = { '--text-fz': 'var(--mantine-font-size-sm)', '--text-lh': 'var(--mantine-line-height-sm)', fontFamily: 'var(--mantine-font-family-monospace)' };

function AssetRow({ a, hideDepartment, colors, date }: { a: AssetSummary; hideDepartment?: boolean; colors: LevelColors; date: (iso: string | null | undefined) => string }) {
  return (
    <tr className={cls.tr} data-with-row-border data-striped="odd" data-hover>
      <td className={cls.td} style={nowrap}>
        <p className={cls.ref} data-size="sm" style={refStyle}>
          {a.ref}
        </p>
      </td>
      <th className={cls.th} scope="row" style={{ fontWeight: 500 }}>
        <Link className={cls.link} data-underline="hover" to={`/assets/${a.id}`}>
          {a.name}
        </Link>
      </th>
      {!hideDepartment && <td className={cls.td}>{a.departmentName}</td>}
      <td className={cls.td} style={nowrap}>
        <LevelBadgesView levels={a.levels} colors={colors} />
      </td>
      <td className={cls.td} style={nowrap}>
        <StateBadge state={a.classificationState} overdue={a.classificationState === 'approved' && isOverdue(a.reviewDue)} />
      </td>
      <td className={cls.td} style={nowrap}>
        {date(a.reviewDue)}
      </td>
      <td className={cls.td} style={nowrap}>
        {date(a.updatedAt)}
      </td>
    </tr>
  );
}

export function AssetTable({ items, sort, hideDepartment }: { items: AssetSummary[]; sort?: SortState; hideDepartment?: boolean }) {
  const { t, date } = useI18n();
  const colors = useLevelColors();
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
        <tbody className={`${Table.classes.tbody} mantine-Table-tbody`}>
          {items.map((a) => (
            <AssetRow key={a.id} a={a} hideDepartment={hideDepartment} colors={colors} date={date} />
          ))}
        </tbody>
      </Table>
    </div>
  );
}
