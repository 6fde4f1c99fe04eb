// Placements: flagged decisions and misplacements first, then every placement with filters, the
// form to place an asset, decisions, and the decision basis downloads.
import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { type PlacementView, reportFormats, reportUrl, useInvalidatePlacement, usePlacementOverview, useRuleSets, verdictOrder } from '../../api/placement.ts';
import { useDepartments } from '../../api/queries.ts';
import { AssetRowHeader } from '../../components/AssetRowHeader.tsx';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { DecideModal } from './DecideModal.tsx';
import { PlaceForm } from './PlaceForm.tsx';
import { RuleIds, VerdictBadge, VerdictExplanation } from './verdict.tsx';

export function DecisionState({ p }: { p: PlacementView }) {
  const { t, date } = useI18n();
  const d = p.decision;
  if (!d) return <Text size="sm">{t('pl.noDecision')}</Text>;
  if (d.status === 'needs_review')
    return (
      <Text size="sm" fw={700} c="#8a4a00">
        <span aria-hidden="true">⚠ </span>
        {t('pl.decision.needs_review')}
      </Text>
    );
  return (
    <Text size="sm">
      {d.decision === 'confirmed'
        ? t('pl.decision.confirmed', { by: d.decided_by, date: date(d.decided_on) })
        : t('pl.decision.overridden', { by: d.decided_by, date: date(d.decided_on), verdict: t(`verdict.${d.decided_verdict}`) })}
    </Text>
  );
}

function ViolationsTable({ items, onDecide }: { items: PlacementView[]; onDecide(p: PlacementView): void }) {
  const { t } = useI18n();
  return (
    <DataTable verticalSpacing="sm" columns={[t('pl.asset'), t('pl.service'), t('pl.verdict'), t('pl.reasons'), t('pl.decision')]}>
      {items.map((p) => (
        <Table.Tr key={p.placementId}>
          <AssetRowHeader asset={p.asset} style={{ verticalAlign: 'top' }}>
            <Text size="xs" c="dimmed">
              {p.asset.departmentName}
            </Text>
          </AssetRowHeader>
          <Table.Td style={{ verticalAlign: 'top' }}>
            <Anchor component={Link} to={`/services/${p.service.id}`}>
              {p.service.name}
            </Anchor>
          </Table.Td>
          <Table.Td style={{ verticalAlign: 'top' }}>
            <Stack gap={4}>
              <VerdictBadge verdict={p.result.verdict} />
              <RuleIds rules={p.result.firedRules} />
            </Stack>
          </Table.Td>
          <Table.Td style={{ verticalAlign: 'top', minWidth: 320 }}>
            <VerdictExplanation result={p.result} compact />
          </Table.Td>
          <Table.Td style={{ verticalAlign: 'top' }}>
            <Stack gap={4} align="flex-start">
              <DecisionState p={p} />
              <Button size="xs" variant="light" onClick={() => onDecide(p)} aria-label={`${t('pl.decide')}: ${p.asset.name} – ${p.service.name}`}>
                {t('pl.decide')}
              </Button>
            </Stack>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

export default function PlacementPage() {
  const { t, loc } = useI18n();
  const [params, setParams] = useSearchParams();
  const ruleSet = params.get('ruleSet') ?? '';
  const departmentId = params.get('departmentId') ?? '';
  const serviceId = params.get('serviceId') ?? '';
  const verdict = params.get('verdict') ?? '';
  const setParam = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const overview = usePlacementOverview(ruleSet || undefined);
  const ruleSets = useRuleSets();
  const departments = useDepartments();
  const invalidate = useInvalidatePlacement();
  const [deciding, setDeciding] = useState<PlacementView | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => api<void>(`/api/placements/${id}`, { method: 'DELETE' }),
    onSuccess: () => invalidate(),
  });

  const data = overview.data;
  const flagged = useMemo(() => (data?.placements ?? []).filter((p) => p.decision?.status === 'needs_review'), [data]);
  const filtered = useMemo(
    () =>
      (data?.placements ?? []).filter(
        (p) => (!departmentId || p.asset.departmentId === departmentId) && (!serviceId || p.service.id === serviceId) && (!verdict || p.result.verdict === verdict),
      ),
    [data, departmentId, serviceId, verdict],
  );
  const activeId = ruleSets.data?.active;
  const ruleSetOptions = (ruleSets.data?.items ?? []).map((r) => ({
    value: r.id,
    label: r.id === activeId ? t('pl.ruleSetActive', { name: loc(r.name), version: r.version }) : `${loc(r.name)} ${r.version}`,
  }));

  return (
    <>
      <PageHeader
        title={t('pl.title')}
        subtitle={t('pl.intro')}
        actions={
          <Button component={Link} to="/placement/whatif" variant="default">
            {t('pl.whatif')}
          </Button>
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="report-title">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Title order={2} size="h4" id="report-title">
              {t('pl.reports')}
            </Title>
            <Group gap="xs">
              {reportFormats.map((f) => (
                <Button
                  key={f}
                  component="a"
                  href={reportUrl(f, departmentId || undefined)}
                  download
                  variant="default"
                  size="xs"
                >
                  <VisuallyHidden>{t('pl.reportDownload')} </VisuallyHidden>
                  {f.toUpperCase()}
                </Button>
              ))}
            </Group>
          </Group>
        </Paper>

        <Select
          label={t('pl.ruleSet')}
          data={ruleSetOptions}
          value={ruleSet || activeId || null}
          onChange={(v) => setParam('ruleSet', v === activeId ? null : v)}
          allowDeselect={false}
          maw={420}
        />

        {overview.isPending && <Loading />}
        {overview.isError && <ErrorAlert error={overview.error} onRetry={() => overview.refetch()} />}
        {data && (
          <>
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="counts-title">
              <Title order={2} size="h4" id="counts-title" mb="xs">
                {t('pl.counts')} ({data.ruleSet.id} {data.ruleSet.version})
              </Title>
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                {verdictOrder.map((v) => (
                  <Group key={v} gap="xs" wrap="nowrap">
                    <Text fw={700} size="xl">
                      {data.counts[v]}
                    </Text>
                    <VerdictBadge verdict={v} size="sm" />
                  </Group>
                ))}
              </SimpleGrid>
            </Paper>

            {flagged.length > 0 && (
              <Alert color="orange" variant="light" title={<span role="heading" aria-level={2}>{t('pl.flagged')} ({flagged.length})</span>}>
                <Stack gap="xs">
                  <Text size="sm">{t('pl.flaggedIntro')}</Text>
                  {flagged.map((p) => (
                    <Group key={p.placementId} justify="space-between" wrap="nowrap" align="flex-start">
                      <div>
                        <Text size="sm" fw={600}>
                          {p.asset.ref} {p.asset.name} – {p.service.name}
                        </Text>
                        <Text size="sm">{p.decision?.flag_reason}</Text>
                      </div>
                      <Button size="xs" color="orange.9" onClick={() => setDeciding(p)} aria-label={`${t('pl.decide')}: ${p.asset.name} – ${p.service.name}`}>
                        {t('pl.decide')}
                      </Button>
                    </Group>
                  ))}
                </Stack>
              </Alert>
            )}

            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="violations-title" style={{ borderColor: data.violations.length ? '#b3261e' : undefined }}>
              <Title order={2} size="h3" id="violations-title">
                {t('pl.violations')} ({data.violations.length})
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('pl.violationsIntro')}
              </Text>
              {data.violations.length === 0 ? <Text>{t('pl.noViolations')}</Text> : <ViolationsTable items={data.violations} onDecide={setDeciding} />}
            </Paper>

            <PlaceForm />

            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="all-title">
              <Title order={2} size="h3" id="all-title" mb="sm">
                {t('pl.all')}
              </Title>
              <Group align="flex-end" mb="sm" wrap="wrap">
                <Select
                  label={t('pl.filterDepartment')}
                  data={[{ value: '', label: t('common.all') }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))]}
                  value={departmentId}
                  onChange={(v) => setParam('departmentId', v)}
                  allowDeselect={false}
                  w={260}
                />
                <Select
                  label={t('pl.filterService')}
                  data={[{ value: '', label: t('common.all') }, ...data.services.map((s) => ({ value: s.id, label: s.name }))]}
                  value={serviceId}
                  onChange={(v) => setParam('serviceId', v)}
                  allowDeselect={false}
                  w={260}
                />
                <Select
                  label={t('pl.filterVerdict')}
                  data={[{ value: '', label: t('common.all') }, ...verdictOrder.map((v) => ({ value: v, label: t(`verdict.${v}`) }))]}
                  value={verdict}
                  onChange={(v) => setParam('verdict', v)}
                  allowDeselect={false}
                  w={240}
                />
                {(departmentId || serviceId || verdict) && (
                  <Button
                    variant="subtle"
                    onClick={() => {
                      const next = new URLSearchParams(params);
                      ['departmentId', 'serviceId', 'verdict'].forEach((k) => next.delete(k));
                      setParams(next, { replace: true });
                    }}
                  >
                    {t('pl.clearFilters')}
                  </Button>
                )}
              </Group>
              <Text size="sm" mb="xs" role="status">
                {t('pl.shown', { n: filtered.length, total: data.placements.length })}
              </Text>
              <ErrorAlert error={remove.error} />
              {filtered.length === 0 ? (
                <Text>{t('pl.none')}</Text>
              ) : (
                <DataTable
                  striped
                  verticalSpacing="xs"
                  columns={[t('pl.asset'), t('common.department'), t('pl.service'), t('pl.purpose'), t('pl.verdict'), t('pl.rules'), t('pl.decision'), t('common.actions')]}
                >
                  {filtered.map((p) => (
                    <Table.Tr key={p.placementId}>
                      <AssetRowHeader asset={p.asset} />
                      <Table.Td>{p.asset.departmentName}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/services/${p.service.id}`}>
                          {p.service.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{p.purpose || '–'}</Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <VerdictBadge verdict={p.result.verdict} size="sm" />
                          {p.violation && (
                            <Text size="xs" fw={700} c="#b3261e">
                              {t('pl.violationLabel')}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <RuleIds rules={p.result.firedRules} />
                      </Table.Td>
                      <Table.Td>
                        <DecisionState p={p} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button size="compact-xs" variant="light" onClick={() => setDeciding(p)} aria-label={`${t('pl.decide')}: ${p.asset.name} – ${p.service.name}`}>
                            {t('pl.decide')}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="#b3261e"
                            aria-label={`${t('pl.remove')}: ${p.asset.name} – ${p.service.name}`}
                            onClick={() => {
                              if (window.confirm(t('pl.removeConfirm', { asset: p.asset.name, service: p.service.name }))) remove.mutate(p.placementId);
                            }}
                          >
                            {t('common.remove')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </DataTable>
              )}
            </Paper>
          </>
        )}
      </Stack>
      <DecideModal placement={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
