import { Table } from '@mantine/core';
import type { ImportProblem } from '../../api/client.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** Import problems with sheet, row and column, as the server names them. */
export function ProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useI18n();
  return (
    <DataTable
      withTableBorder
      striped
      fz="sm"
      data-testid="import-problems"
      caption={<Table.Caption>{t('io.problems')}</Table.Caption>}
      columns={[t('io.sheet'), t('io.row'), t('io.column'), t('io.message')]}
    >
      {problems.map((p, i) => (
        <Table.Tr key={i}>
          <Table.Td>{p.sheet ?? '–'}</Table.Td>
          <Table.Td>{p.row ?? '–'}</Table.Td>
          <Table.Td>{p.column ?? '–'}</Table.Td>
          <Table.Td>{p.message}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
