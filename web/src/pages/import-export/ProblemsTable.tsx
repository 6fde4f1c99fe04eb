import { Table } from '@mantine/core';
import type { ImportProblem } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';

/** Import problems with sheet, row and column, as the server names them. */
export function ProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useI18n();
  return (
    <div className="iv-table-wrap">
      <Table withTableBorder striped fz="sm" data-testid="import-problems">
        <Table.Caption>{t('io.problems')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('io.sheet')}</Table.Th>
            <Table.Th scope="col">{t('io.row')}</Table.Th>
            <Table.Th scope="col">{t('io.column')}</Table.Th>
            <Table.Th scope="col">{t('io.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={i}>
              <Table.Td>{p.sheet ?? '–'}</Table.Td>
              <Table.Td>{p.row ?? '–'}</Table.Td>
              <Table.Td>{p.column ?? '–'}</Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
