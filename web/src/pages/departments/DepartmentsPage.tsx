import { Anchor, Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../api/auth.tsx';
import { useDepartments, useTemplates } from '../../api/queries.ts';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { DepartmentForm } from './DepartmentForm.tsx';

export default function DepartmentsPage() {
  const { t, loc } = useI18n();
  const q = useDepartments();
  const me = useMe().data;
  const functions = useTemplates().data?.functions;
  const functionName = (id: string) => {
    const f = functions?.find((x) => x.id === id);
    return f ? loc(f.name) : id;
  };
  const [creating, setCreating] = useState(false);
  // Creating a department widens the map: offered to roles that see every department.
  const mayCreate = !!me && me.departmentIds === null && me.permissions.includes('map:write');
  return (
    <>
      <PageHeader
        title={t('dep.title')}
        subtitle={t('dep.intro')}
        actions={mayCreate && <Button onClick={() => setCreating(true)}>{t('dep.new')}</Button>}
      />
      {creating && <DepartmentForm onClose={() => setCreating(false)} />}
      {q.isPending && <Loading />}
      {q.isError && <ErrorAlert error={q.error} onRetry={() => q.refetch()} />}
      {q.data && (
        <Paper withBorder radius="md" p="md">
          {q.data.length === 0 ? (
            <Text>{t('dep.empty')}</Text>
          ) : (
            <DataTable
              striped
              highlightOnHover
              columns={[t('common.code'), t('common.name'), t('dep.kind'), t('dep.functions'), { label: t('dep.assets'), align: 'right' }, { label: t('dep.classified'), align: 'right' }]}
            >
              {q.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {d.code}
                    </Text>
                  </Table.Td>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/departments/${d.id}`}>
                      {d.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{t(`kind.${d.kind}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {d.functions.map((f) => (
                        <Badge key={f} variant="outline" color="gray.8" radius="sm" styles={{ root: { textTransform: 'none' } }}>
                          {functionName(f)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{d.assetCount ?? '–'}</Table.Td>
                  <Table.Td ta="right">{d.classifiedCount ?? '–'}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </Paper>
      )}
    </>
  );
}
