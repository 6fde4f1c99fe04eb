// What-if: two rule sets over the map, every verdict that would change, by department and service;
// and a municipality's own draft rule set (JSON, validated by the server) to compare with.
import { Alert, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { type Verdict, type WhatIfSide, useRuleSets, useWhatIf } from '../../api/placement.ts';
import { AssetRowHeader } from '../../components/AssetRowHeader.tsx';
import { ErrorAlert, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { RuleIds, VerdictBadge } from './verdict.tsx';

const MAX_ROWS = 500;

/** One side of a change: the verdict and the rules that fired. */
function OutcomeCell({ outcome }: { outcome: WhatIfSide }) {
  return (
    <Table.Td>
      <Stack gap={2} align="flex-start">
        <VerdictBadge verdict={outcome.verdict} size="sm" />
        <RuleIds rules={outcome.rules} />
      </Stack>
    </Table.Td>
  );
}

function DraftEditor({ baseId }: { baseId: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [jsonError, setJsonError] = useState(false);
  const load = useMutation({
    mutationFn: () => api<unknown>(`/api/rulesets/${encodeURIComponent(baseId)}`),
    onSuccess: (rs) => setText(JSON.stringify(rs, null, 2)),
  });
  const save = useMutation({
    mutationFn: (body: unknown) => api<{ id: string; version: string }>('/api/rulesets', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['rulesets'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      setJsonError(true);
      return;
    }
    setJsonError(false);
    save.mutate(body);
  };
  return (
    <details>
      <summary>
        <Text span fw={600}>
          {t('wi.draft')}
        </Text>
      </summary>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" mt="sm">
          <Text size="sm">{t('wi.draftHint')}</Text>
          <Group>
            <Button size="xs" variant="default" onClick={() => load.mutate()} loading={load.isPending} disabled={!baseId}>
              {t('wi.draftLoad', { name: baseId })}
            </Button>
          </Group>
          <Textarea label={t('wi.draftJson')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={6} maxRows={24} styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }} error={jsonError ? t('wi.draftInvalidJson') : undefined} />
          <ErrorAlert error={load.error ?? save.error} />
          {save.data && (
            <Alert color="green" variant="light" role="status">
              {t('wi.draftSaved', { id: save.data.id, version: save.data.version })}
            </Alert>
          )}
          <Group>
            <Button type="submit" variant="light" loading={save.isPending} disabled={!text.trim()}>
              {t('wi.draftSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </details>
  );
}

export default function WhatIfPage() {
  const { t, loc, lang } = useI18n();
  const ruleSets = useRuleSets();
  const [from, setFrom] = useState('cautious');
  const [to, setTo] = useState('balanced');
  const [scope, setScope] = useState<'placements' | 'all_pairs'>('placements');
  const run = useWhatIf();
  const options = (ruleSets.data?.items ?? []).map((r) => ({ value: r.id, label: `${loc(r.name)} ${r.version}` }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate({ from, to, scope });
  };
  const res = run.data;
  const changes = res ? [...res.changes].sort((a, b) => a.department.localeCompare(b.department, 'sv') || a.service.name.localeCompare(b.service.name, 'sv') || a.asset.ref.localeCompare(b.asset.ref, 'sv')) : [];
  const transitions = res ? Object.entries(res.transitions).sort((a, b) => b[1] - a[1]) : [];

  return (
    <>
      <PageHeader
        title={t('wi.title')}
        subtitle={t('wi.intro')}
        actions={
          <Button component={Link} to="/placement" variant="default">
            {t('nav.placement')}
          </Button>
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <form onSubmit={submit}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select label={t('wi.from')} data={options} value={from} onChange={(v) => v && setFrom(v)} allowDeselect={false} />
                <Select label={t('wi.to')} data={options} value={to} onChange={(v) => v && setTo(v)} allowDeselect={false} />
              </SimpleGrid>
              <Radio.Group label={t('wi.scope')} value={scope} onChange={(v) => setScope(v as 'placements' | 'all_pairs')}>
                <Group mt={4}>
                  <Radio value="placements" label={t('wi.scope.placements')} />
                  <Radio value="all_pairs" label={t('wi.scope.all_pairs')} />
                </Group>
              </Radio.Group>
              <Group>
                <Button type="submit" loading={run.isPending}>
                  {t('wi.run')}
                </Button>
              </Group>
              <DraftEditor baseId={from} />
            </Stack>
          </form>
        </Paper>
        <ErrorAlert error={run.error} />
        <div aria-live="polite">
          {res && (
            <Stack gap="lg">
              <Paper withBorder radius="md" p="md" component="section" aria-labelledby="wi-summary">
                <Title order={2} size="h3" id="wi-summary" mb="sm">
                  {res.from.id} {res.from.version} → {res.to.id} {res.to.version}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <div>
                    <Text size="sm">{t('wi.verdictChanges')}</Text>
                    <Text fw={700} size="xl" data-testid="wi-verdict-changes">
                      {res.verdictChanges}
                    </Text>
                  </div>
                  <div>
                    <Text size="sm">{t('wi.conditionChanges')}</Text>
                    <Text fw={700} size="xl">
                      {res.conditionOnlyChanges}
                    </Text>
                  </div>
                  <div>
                    <Text size="sm">{t('wi.pairs')}</Text>
                    <Text fw={700} size="xl">
                      {res.pairsCompared}
                    </Text>
                  </div>
                </SimpleGrid>
                <Title order={3} size="h4" mt="md" mb="xs">
                  {t('wi.transitions')}
                </Title>
                {transitions.length === 0 ? (
                  <Text size="sm">{t('wi.noTransitions')}</Text>
                ) : (
                  <DataTable wrapClassName={null} withTableBorder maw={640} columns={[t('wi.transition'), { label: t('wi.count'), align: 'right' }]}>
                    {transitions.map(([k, n]) => {
                      const [a, b] = k.split('→') as [Verdict, Verdict];
                      return (
                        <Table.Tr key={k}>
                          <Table.Th scope="row" fw={400}>
                            <Group gap={6} wrap="nowrap">
                              <VerdictBadge verdict={a} size="sm" />
                              <span aria-label={lang === 'sv' ? 'till' : 'to'}>→</span>
                              <VerdictBadge verdict={b} size="sm" />
                            </Group>
                          </Table.Th>
                          <Table.Td ta="right">{n}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </DataTable>
                )}
              </Paper>
              <Paper withBorder radius="md" p="md" component="section" aria-labelledby="wi-changes">
                <Title order={2} size="h3" id="wi-changes" mb="sm">
                  {t('wi.changes')} ({changes.length})
                </Title>
                {changes.length === 0 ? (
                  <Text>{t('wi.noChanges')}</Text>
                ) : (
                  <>
                    {changes.length > MAX_ROWS && <Text size="sm">{t('wi.moreRows', { n: MAX_ROWS, total: changes.length })}</Text>}
                    <DataTable
                      striped
                      verticalSpacing="xs"
                      columns={[t('common.department'), t('pl.service'), t('pl.asset'), t('wi.fromVerdict'), t('wi.toVerdict'), t('wi.placed')]}
                    >
                      {changes.slice(0, MAX_ROWS).map((c) => (
                        <Table.Tr key={`${c.asset.id}|${c.service.id}`}>
                          <Table.Td>{c.department}</Table.Td>
                          <Table.Td>{c.service.name}</Table.Td>
                          <AssetRowHeader asset={c.asset}>
                            {c.conditionsOnly && (
                              <Text size="xs" c="dimmed">
                                {t('wi.conditionsOnly')}
                              </Text>
                            )}
                          </AssetRowHeader>
                          <OutcomeCell outcome={c.from} />
                          <OutcomeCell outcome={c.to} />
                          <Table.Td>{c.placed ? t('common.yes') : t('common.no')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </DataTable>
                  </>
                )}
              </Paper>
            </Stack>
          )}
        </div>
      </Stack>
    </>
  );
}
