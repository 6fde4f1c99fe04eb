import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Table, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCatalog } from '../../api/catalog.ts';
import { api } from '../../api/client.ts';
import { useAsset, useInvalidateMap } from '../../api/queries.ts';
import type { AspectId, Asset, Classification, ClassificationInput } from '../../api/types.ts';
import { LevelBadge } from '../../components/badges.tsx';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { aspects } from '../../theme.ts';
import { ApproveButton } from '../asset-detail/ClassificationCard.tsx';
import { AspectPanel } from './AspectPanel.tsx';
import { type AnswersState, deriveAspect, type OverridesState, overrideValid } from './derive.ts';

function initialState(asset: Asset): { answers: AnswersState; overrides: OverridesState; note: string } {
  const c = asset.classification;
  const answers = {} as AnswersState;
  const overrides = {} as OverridesState;
  for (const a of aspects) {
    answers[a] = {};
    for (const [qid, ans] of Object.entries(c?.answers?.[a] ?? {})) answers[a][qid] = { optionId: ans.optionId, reason: ans.reason ?? '' };
    const o = c?.overrides?.[a];
    overrides[a] = o ? { enabled: true, level: o.level, reason: o.reason } : { enabled: false, level: c?.derived[a] ?? 0, reason: '' };
  }
  return { answers, overrides, note: c?.note ?? '' };
}

function Classify({ asset }: { asset: Asset }) {
  const { t } = useI18n();
  const { catalog, error, refetch } = useCatalog();
  const invalidate = useInvalidateMap();
  const init = useMemo(() => initialState(asset), [asset]);
  const [answers, setAnswers] = useState(init.answers);
  const [overrides, setOverrides] = useState(init.overrides);
  const [note, setNote] = useState(init.note);
  const [tab, setTab] = useState<AspectId>('K');
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState<Classification | null>(null);

  const save = useMutation({
    mutationFn: (body: ClassificationInput) => api<Classification>(`/api/assets/${asset.id}/classifications`, { method: 'POST', body }),
    onSuccess: async (c) => {
      setSaved(c);
      await invalidate();
    },
  });
  useEffect(() => {
    if (saved) document.getElementById('classify-result')?.focus();
  }, [saved]);

  if (error) return <ErrorAlert error={error} onRetry={() => refetch()} />;
  if (!catalog) return <Loading />;

  const derived = Object.fromEntries(catalog.aspects.map((a) => [a.id, deriveAspect(a, answers[a.id])])) as Record<AspectId, number>;
  const result = (a: AspectId) => (overrides[a].enabled ? overrides[a].level : derived[a]);
  const unanswered = (a: AspectId) => (catalog.aspects.find((x) => x.id === a)?.questions ?? []).filter((q) => !answers[a][q.id]).length;
  const invalid = aspects.filter((a) => !overrideValid(overrides[a]));

  const submit = () => {
    setShowErrors(true);
    if (invalid.length > 0) {
      setTab(invalid[0]!);
      return;
    }
    const body: ClassificationInput = { answers: {}, overrides: {}, note };
    for (const a of aspects) {
      body.answers[a] = Object.fromEntries(Object.entries(answers[a]).map(([q, v]) => [q, { optionId: v.optionId, reason: v.reason }]));
      const o = overrides[a];
      if (o.enabled) body.overrides[a] = { level: o.level, reason: o.reason.trim() };
    }
    setSaved(null);
    save.mutate(body);
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Tabs value={tab} onChange={(v) => v && setTab(v as AspectId)}>
          <Tabs.List mb="md">
            {aspects.map((a) => (
              <Tabs.Tab key={a} value={a} rightSection={<LevelBadge level={result(a)} size="sm" />}>
                {t(`aspect.${a}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {catalog.aspects.map((asp) => (
            <Tabs.Panel key={asp.id} value={asp.id}>
              <AspectPanel
                aspect={asp}
                levels={catalog.levels}
                answers={answers[asp.id]}
                derived={derived[asp.id]}
                override={overrides[asp.id]}
                showErrors={showErrors}
                onAnswer={(qid, optionId, reason) =>
                  setAnswers((prev) => {
                    const next = { ...prev, [asp.id]: { ...prev[asp.id] } };
                    if (optionId == null) delete next[asp.id][qid];
                    else next[asp.id][qid] = { optionId, reason: reason ?? prev[asp.id][qid]?.reason ?? '' };
                    return next;
                  })
                }
                onOverride={(o) => setOverrides((prev) => ({ ...prev, [asp.id]: o }))}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder radius="md" p="md" style={{ position: 'sticky', top: 76 }} component="aside" aria-labelledby="summary-h">
          <Title order={2} size="h4" id="summary-h" mb="sm">
            {t('classify.summary')}
          </Title>
          <DataTable wrapClassName={null} mb="sm" fz="sm" horizontalSpacing={6} columns={[t('common.aspect'), t('classify.derivedShort'), t('classify.resultShort')]}>
            {aspects.map((a) => (
              <Table.Tr key={a}>
                <Table.Th scope="row">
                  {t(`aspect.${a}`)}
                  <Text size="xs" c="dimmed" fw={400}>
                    {unanswered(a) ? t('classify.unanswered', { n: unanswered(a) }) : t('classify.allAnswered')}
                  </Text>
                </Table.Th>
                <Table.Td>{derived[a]}</Table.Td>
                <Table.Td>
                  <LevelBadge aspect={a} level={result(a)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          <Textarea label={t('classify.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} mb="sm" />
          {showErrors && invalid.length > 0 && (
            <Alert color="red" variant="light" role="alert" mb="sm">
              {t('classify.overrideReasonRequired')} ({invalid.map((a) => t(`aspect.${a}`)).join(', ')})
            </Alert>
          )}
          <ErrorAlert error={save.error} />
          <Stack gap="sm">
            <Button onClick={submit} loading={save.isPending} fullWidth>
              {t('classify.save')}
            </Button>
            {saved && (
              <Alert color="green" variant="light" role="status" id="classify-result" tabIndex={-1}>
                <Stack gap="xs">
                  <Text size="sm">{t('classify.savedDraft')}</Text>
                  <Group gap="xs">
                    <ApproveButton assetId={asset.id} classification={saved} onDone={() => setSaved({ ...saved, status: 'approved' })} />
                    <Button component={Link} to={`/assets/${asset.id}`} variant="default">
                      {t('classify.toAsset')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            )}
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

export default function ClassifyPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const q = useAsset(id);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  return (
    <>
      <Anchor component={Link} to={`/assets/${q.data.id}`} size="sm">
        ← {q.data.name}
      </Anchor>
      <PageHeader title={t('classify.title', { name: q.data.name })} subtitle={t('classify.intro')} />
      <Classify key={q.data.id} asset={q.data} />
    </>
  );
}
