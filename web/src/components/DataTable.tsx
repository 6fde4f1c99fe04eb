// A list table as the pages draw it: in the horizontal-scroll wrapper (see app.css), one header row
// of column headings (th scope="col", so screen readers name each cell's column), then the rows.
// The pages only say which columns and which rows; the wrapper and header markup live here once.
import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column heading; numbers are right-aligned to line up with their cells. */
export type Column = string | { label: string; align: 'right' };

export function DataTable({
  columns,
  caption,
  wrapClassName = 'iv-table-wrap',
  busy,
  children,
  ...tableProps
}: TableProps & {
  columns: Column[];
  /** A <caption> element, placed first as HTML wants it. */
  caption?: ReactNode;
  /** The wrapper's class; null: no wrapper (a small table inside another one or in a side panel). */
  wrapClassName?: string | null;
  /** aria-busy on the wrapper while a newer list loads. */
  busy?: boolean;
  children: ReactNode;
}) {
  const table = (
    <Table {...tableProps}>
      {caption}
      <Table.Thead>
        <Table.Tr>
          {columns.map((c, i) =>
            typeof c === 'string' ? (
              <Table.Th key={i} scope="col">
                {c}
              </Table.Th>
            ) : (
              <Table.Th key={i} scope="col" ta={c.align}>
                {c.label}
              </Table.Th>
            ),
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  if (wrapClassName === null) return table;
  return (
    <div className={wrapClassName} aria-busy={busy}>
      {table}
    </div>
  );
}
