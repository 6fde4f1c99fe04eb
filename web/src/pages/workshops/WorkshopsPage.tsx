import { Anchor, Badge, Button, Paper, Select, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useDepartments, useWorkshops } from '../../api/queries.ts';
import type { WorkshopStatus } from '../../api/types.ts';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { NewWorkshopForm } from './NewWorkshopForm.tsx';

export const statusColors: Record<WorkshopStatus, string> = { open: '#1864ab', paused: '#8a4a00', closed: '#495057' };

export function WorkshopStatusBadge({ status }: { status: WorkshopStatus }) {
  const { t } = useI18n();
  return (
    <Badge variant="outline" color={statusColors[status]} radius="sm" styles={{ root: { textTransform: 'none' }, label: { overflow: 'visible' } }}>
      {t(`ws.status.${status}`)}
    </Badge>
  );
}

export default function WorkshopsPage() {
  const { t, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('departmentId') ?? '';
  const showNew = params.get('new') === '1';
  const departments = useDepartments();
  const q = useWorkshops(departmentId || undefined);
  const setParam = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title={t('ws.title')}
        subtitle={t('ws.intro')}
        actions={
          !showNew && (
            <Button onClick={() => setParam('new', '1')}>{t('ws.new')}</Button>
          )
        }
      />
      {showNew && <NewWorkshopForm departmentId={departmentId || undefined} onCancel={() => setParam('new', null)} />}
      <Paper withBorder radius="md" p="md">
        <Select
          label={t('ws.filterDepartment')}
          data={[{ value: '', label: t('common.all') }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))]}
          value={departmentId}
          onChange={(v) => setParam('departmentId', v)}
          allowDeselect={false}
          maw={360}
          mb="md"
        />
        {q.isPending && <Loading />}
        {q.isError && <ErrorAlert error={q.error} onRetry={() => q.refetch()} />}
        {q.data && q.data.length === 0 && <Text>{t('ws.empty')}</Text>}
        {q.data && q.data.length > 0 && (
          <DataTable
            striped
            highlightOnHover
            columns={[t('ws.workshopTitle'), t('common.department'), t('ws.heldOn'), t('ws.participants'), t('ws.status'), { label: t('ws.itemCount'), align: 'right' }]}
          >
            {q.data.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/workshops/${w.id}`}>
                    {w.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>{w.departmentName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(w.heldOn)}</Table.Td>
                <Table.Td>{w.participants.join(', ')}</Table.Td>
                <Table.Td>
                  <WorkshopStatusBadge status={w.status} />
                </Table.Td>
                <Table.Td ta="right">{w.itemCount ?? 0}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Paper>
    </>
  );
}
