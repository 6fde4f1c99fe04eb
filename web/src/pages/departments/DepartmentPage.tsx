import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/auth.tsx';
import { useAssets, useDepartment } from '../../api/queries.ts';
import { AssetTable } from '../../components/AssetTable.tsx';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { DepartmentForm } from './DepartmentForm.tsx';

const PAGE_SIZE = 50;

export default function DepartmentPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const dep = useDepartment(id);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState('name');
  const assets = useAssets({ departmentId: id, page, pageSize: PAGE_SIZE, sort });
  const me = useMe().data;
  const [editing, setEditing] = useState(false);
  if (dep.isPending) return <Loading />;
  if (dep.isError) return <ErrorAlert error={dep.error} onRetry={() => dep.refetch()} />;
  const d = dep.data;
  const pages = assets.data ? Math.max(1, Math.ceil(assets.data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <Anchor component={Link} to="/departments" size="sm">
        ← {t('dep.title')}
      </Anchor>
      <PageHeader
        title={d.name}
        subtitle={`${d.code} · ${t(`kind.${d.kind}`)}${d.description ? ` · ${d.description}` : ''}`}
        actions={
          <>
            {me?.permissions.includes('map:write') && (me.departmentIds === null || me.departmentIds.includes(d.id)) && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )}
            <Button component={Link} to={`/workshops?new=1&departmentId=${d.id}`} variant="light">
              {t('dep.newWorkshop')}
            </Button>
          </>
        }
      />
      {editing && <DepartmentForm department={d} onClose={() => setEditing(false)} />}
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="dep-assets-h">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="dep-assets-h">
            {t('dep.assetsHeading')}
          </Title>
          {assets.data && <Text size="sm">{t('assets.count', { n: assets.data.total })}</Text>}
        </Group>
        {assets.isError && <ErrorAlert error={assets.error} />}
        {assets.isPending && <Loading />}
        {assets.data && (
          <>
            <AssetTable items={assets.data.items} hideDepartment sort={{ sort, onSort: setSort }} />
            {pages > 1 && (
              <Group justify="center" mt="md">
                <Pager total={pages} value={page} onChange={setPage} />
              </Group>
            )}
          </>
        )}
      </Paper>
    </>
  );
}
