import { Anchor, Badge, Button, Group, Paper, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAsset } from '../../api/queries.ts';
import { LevelBadges } from '../../components/badges.tsx';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { AssetEditForm } from './AssetEditForm.tsx';
import { AssetFields } from './AssetFields.tsx';
import { ClassificationCard } from './ClassificationCard.tsx';
import { CompareTab, HistoryTab } from './HistoryTab.tsx';

export default function AssetDetailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const q = useAsset(id);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'overview';
  const [editing, setEditing] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const a = q.data;
  return (
    <>
      <Anchor component={Link} to="/assets" size="sm">
        ← {t('nav.assets')}
      </Anchor>
      <PageHeader
        title={a.name}
        subtitle={
          <Group gap="xs">
            <Badge variant="outline" color="gray.8" radius="sm" styles={{ root: { textTransform: 'none' } }}>
              {a.ref}
            </Badge>
            <Anchor component={Link} to={`/departments/${a.departmentId}`} size="sm">
              {a.departmentName}
            </Anchor>
            <span>· {t('detail.version', { n: a.version })}</span>
            <LevelBadges levels={a.levels} />
          </Group>
        }
        actions={
          <>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button variant="default" component={Link} to={`/assets/${a.id}/placement`}>
              {t('pl.planning')}
            </Button>
            <Button component={Link} to={`/assets/${a.id}/classify`}>
              {t('detail.classify')}
            </Button>
          </>
        }
      />
      {editing && <AssetEditForm key={a.version} asset={a} opened={editing} onClose={() => setEditing(false)} />}
      <Tabs
        value={tab}
        onChange={(v) => {
          const next = new URLSearchParams(params);
          if (!v || v === 'overview') next.delete('tab');
          else next.set('tab', v);
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">{t('detail.overview')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('detail.history')}</Tabs.Tab>
          <Tabs.Tab value="compare">{t('detail.compare')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Stack>
            <ClassificationCard asset={a} />
            <Paper withBorder radius="md" p="md">
              <AssetFields asset={a} />
            </Paper>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <Paper withBorder radius="md" p="md">
            <HistoryTab assetId={a.id} />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="compare">
          <Paper withBorder radius="md" p="md">
            <CompareTab assetId={a.id} currentVersion={a.version} />
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
