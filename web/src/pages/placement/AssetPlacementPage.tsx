// "Var får den lagras?": every service ranked by its verdict for one asset (planning).
import { Anchor, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { useInvalidatePlacement, usePlacementOptions, usePlacementOverview, useRuleSets } from '../../api/placement.ts';
import { useAsset } from '../../api/queries.ts';
import { LevelBadges } from '../../components/badges.tsx';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { RuleIds, VerdictBadge, VerdictExplanation } from './verdict.tsx';

export default function AssetPlacementPage() {
  const { id } = useParams();
  const { t, loc } = useI18n();
  const asset = useAsset(id);
  const ruleSets = useRuleSets();
  const [ruleSet, setRuleSet] = useState<string | null>(null);
  const options = usePlacementOptions(id, ruleSet ?? undefined);
  const overview = usePlacementOverview();
  const invalidate = useInvalidatePlacement();
  const place = useMutation({
    mutationFn: (serviceId: string) => api('/api/placements', { method: 'POST', body: { assetId: id, serviceId, purpose: '' } }),
    onSuccess: () => invalidate(),
  });
  if (asset.isPending) return <Loading />;
  if (asset.isError) return <ErrorAlert error={asset.error} onRetry={() => asset.refetch()} />;
  const a = asset.data;
  const placedIn = new Set((overview.data?.placements ?? []).filter((p) => p.asset.id === a.id).map((p) => p.service.id));
  const activeId = ruleSets.data?.active;

  return (
    <>
      <PageHeader
        title={t('plan.title', { name: a.name })}
        subtitle={
          <Stack gap={4}>
            <Text size="sm">{t('plan.intro')}</Text>
            <Group gap="xs">
              <Text size="sm">
                {a.ref} · {a.departmentName}
              </Text>
              <LevelBadges levels={a.levels} />
            </Group>
          </Stack>
        }
        actions={
          <Button component={Link} to={`/assets/${a.id}`} variant="default">
            {t('plan.backToAsset')}
          </Button>
        }
      />
      <Paper withBorder radius="md" p="md">
        <Select
          label={t('pl.ruleSet')}
          data={(ruleSets.data?.items ?? []).map((r) => ({ value: r.id, label: r.id === activeId ? t('pl.ruleSetActive', { name: loc(r.name), version: r.version }) : `${loc(r.name)} ${r.version}` }))}
          value={ruleSet ?? activeId ?? null}
          onChange={(v) => setRuleSet(v)}
          allowDeselect={false}
          maw={420}
          mb="md"
        />
        <ErrorAlert error={place.error} />
        {options.isPending && <Loading />}
        {options.isError && <ErrorAlert error={options.error} onRetry={() => options.refetch()} />}
        {options.data && (
          <DataTable
            verticalSpacing="sm"
            striped
            columns={[{ label: t('plan.rank'), align: 'right' }, t('pl.service'), t('pl.verdict'), t('pl.reasons'), t('common.actions')]}
          >
            {options.data.items.map((o, i) => (
              <Table.Tr key={o.serviceId}>
                <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
                  {i + 1}
                </Table.Td>
                <Table.Th scope="row" fw={500} style={{ verticalAlign: 'top' }}>
                  <Anchor component={Link} to={`/services/${o.serviceId}`}>
                    {o.serviceName}
                  </Anchor>
                </Table.Th>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Stack gap={4} align="flex-start">
                    <VerdictBadge verdict={o.result.verdict} />
                    <RuleIds rules={o.result.firedRules} />
                  </Stack>
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top', minWidth: 320 }}>
                  <VerdictExplanation result={o.result} compact />
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {placedIn.has(o.serviceId) ? (
                    <Text size="sm">
                      <span aria-hidden="true">✓ </span>
                      {t('plan.alreadyPlaced')}
                    </Text>
                  ) : (
                    <Button size="xs" variant="light" loading={place.isPending && place.variables === o.serviceId} onClick={() => place.mutate(o.serviceId)} aria-label={`${t('plan.placeHere')}: ${o.serviceName}`}>
                      {t('plan.placeHere')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Paper>
    </>
  );
}
