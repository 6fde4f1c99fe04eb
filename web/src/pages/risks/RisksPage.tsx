// Risks: the heat map on the configured matrix (a coloured table: counts and level names in text),
// a per-level summary, and the scenarios with treatment and risk acceptance.
import { Anchor, Badge, Button, Group, List, Modal, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../api/auth.tsx';
import { api } from '../../api/client.ts';
import { type HeatCell, type RatedScenario, type RiskLevel, type RiskMatrix, type RiskRating, useInvalidatePlacement, useRiskHeatmap, useRisks, useServices } from '../../api/placement.ts';
import { useAsset } from '../../api/queries.ts';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { type TKey, useI18n } from '../../i18n/index.tsx';
import { addDays, swedishDate } from '../../../../src/kernel/swedish-date.ts';

export function RiskLevelBadge({ level, label }: { level: RiskLevel; label?: string }) {
  const { loc } = useI18n();
  return (
    <Badge radius="sm" styles={{ root: { background: level.colour, color: level.textColour, textTransform: 'none', flexShrink: 0 }, label: { overflow: 'visible' } }}>
      {label ? `${label}: ` : ''}
      {loc(level.name)}
    </Badge>
  );
}

function HeatMapTable({ matrix, grid, kind }: { matrix: RiskMatrix; grid: HeatCell[][]; kind: string }) {
  const { t, loc } = useI18n();
  const rows = [...matrix.likelihood].reverse();
  return (
    <div className="iv-table-wrap">
      <Table withTableBorder withColumnBorders captionSide="top" style={{ tableLayout: 'fixed', minWidth: 560 }}>
        <Table.Caption>{t('risk.heatmapCaption', { kind })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={150}>
              {t('risk.likelihood')} \ {t('risk.consequence')}
            </Table.Th>
            {matrix.consequence.map((c) => (
              <Table.Th scope="col" key={c.value} ta="center">
                {c.value} {loc(c.name)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((l) => (
            <Table.Tr key={l.value}>
              <Table.Th scope="row">
                {l.value} {loc(l.name)}
              </Table.Th>
              {matrix.consequence.map((c) => {
                const cell = grid[l.value - 1]?.[c.value - 1];
                if (!cell) return <Table.Td key={c.value} />;
                return (
                  <Table.Td key={c.value} ta="center" style={{ background: cell.level.colour, color: cell.level.textColour, fontWeight: cell.count ? 700 : 400 }}>
                    <div style={{ fontSize: cell.count ? '1.25rem' : '0.9rem' }}>{cell.count}</div>
                    <div style={{ fontSize: '0.75rem' }}>{loc(cell.level.name)}</div>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function LevelSummary({ matrix, inherent, residual }: { matrix: RiskMatrix; inherent: HeatCell[][]; residual: HeatCell[][] }) {
  const { t } = useI18n();
  const count = (grid: HeatCell[][], id: string) => grid.flat().filter((c) => c.level.id === id).reduce((n, c) => n + c.count, 0);
  return (
    <Table withTableBorder maw={520} captionSide="top">
      <Table.Caption>{t('risk.perLevel')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('risk.level')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('risk.inherent')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('risk.residual')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...matrix.levels].reverse().map((l) => (
          <Table.Tr key={l.id}>
            <Table.Th scope="row" fw={400}>
              <RiskLevelBadge level={l} />
            </Table.Th>
            <Table.Td ta="right">{count(inherent, l.id)}</Table.Td>
            <Table.Td ta="right">{count(residual, l.id)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AssetName({ id }: { id: string }) {
  const q = useAsset(id);
  return (
    <Anchor component={Link} to={`/assets/${id}`}>
      {q.data ? `${q.data.ref} ${q.data.name}` : id.slice(0, 8)}
    </Anchor>
  );
}

function Rating({ label, rating }: { label: string; rating: RiskRating }) {
  const { t } = useI18n();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Group gap={6}>
        <RiskLevelBadge level={rating.level} />
        <Text size="sm">
          {t('risk.likelihood')} {rating.likelihood} × {t('risk.consequence')} {rating.consequence}
        </Text>
      </Group>
      {rating.source && (
        <Text size="xs" c="dimmed">
          {t(`risk.residualSource.${rating.source}`)}
        </Text>
      )}
    </Stack>
  );
}

type Action = 'accept' | 'reject' | 'revoke';
type Dialog = { kind: 'request'; s: RatedScenario } | { kind: Action; s: RatedScenario; acceptanceId: string };

/** A risk-acceptance step as a form: posts `body` to `url`, then refreshes the page's data. */
function AcceptanceForm(props: { url: string; body: () => object; submitLabel: string; submitColor?: string; onDone(): void; children: ReactNode }) {
  const { t } = useI18n();
  const invalidate = useInvalidatePlacement();
  const save = useMutation({
    mutationFn: () => api(props.url, { method: 'POST', body: props.body() }),
    onSuccess: async () => {
      await invalidate();
      props.onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={save.error} />
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} color={props.submitColor}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RequestForm({ s, onDone }: { s: RatedScenario; onDone(): void }) {
  const { t, loc } = useI18n();
  const lvl = s.residualRating.level;
  const max = addDays(swedishDate(), lvl.maxAcceptanceDays);
  const [justification, setJustification] = useState('');
  const [expiresOn, setExpiresOn] = useState(max);
  return (
    <AcceptanceForm url={`/api/risks/${s.id}/acceptances`} body={() => ({ justification, expiresOn })} submitLabel={t('risk.submit')} onDone={onDone}>
      <Textarea label={t('risk.justification')} value={justification} onChange={(e) => setJustification(e.currentTarget.value)} required autosize minRows={3} />
      <TextInput
        type="date"
        label={t('risk.expiresOn')}
        description={t('risk.expiresHint', { days: lvl.maxAcceptanceDays, level: loc(lvl.name), role: loc(lvl.acceptedBy) })}
        value={expiresOn}
        max={max}
        onChange={(e) => setExpiresOn(e.currentTarget.value)}
        required
      />
    </AcceptanceForm>
  );
}

function DecideForm({ s, action, acceptanceId, onDone }: { s: RatedScenario; action: Action; acceptanceId: string; onDone(): void }) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  return (
    <AcceptanceForm
      url={`/api/risks/${s.id}/acceptances/${acceptanceId}/${action}`}
      body={() => ({ comment })}
      submitLabel={t(`risk.${action}`)}
      submitColor={action === 'accept' ? undefined : 'red.9'}
      onDone={onDone}
    >
      <Textarea label={t('risk.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={3} required={action !== 'accept'} />
    </AcceptanceForm>
  );
}

function ScenarioCard({ s, serviceName, canWrite, canApprove, onDialog }: { s: RatedScenario; serviceName: string; canWrite: boolean; canApprove: boolean; onDialog(d: Dialog): void }) {
  const { t, date } = useI18n();
  const sc = s.scenario;
  const latest = s.acceptances[s.acceptances.length - 1];
  const open = latest && (latest.effectiveState === 'submitted' || latest.effectiveState === 'accepted' || latest.effectiveState === 'created');
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={`sc-${s.id}`}>
      <Title order={3} size="h4" id={`sc-${s.id}`}>
        {sc.title}
      </Title>
      <Text size="sm" mb="xs">
        {t('risk.scope')}: {t(`risk.scope.${sc.scope.kind}`)} –{' '}
        {sc.scope.kind === 'asset' ? (
          <AssetName id={sc.scope.id} />
        ) : (
          <Anchor component={Link} to={`/services/${sc.scope.id}`}>
            {serviceName}
          </Anchor>
        )}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Stack gap={4}>
          {sc.threat && (
            <Text size="sm">
              <strong>{t('risk.threat')}:</strong> {sc.threat}
            </Text>
          )}
          {sc.vulnerability && (
            <Text size="sm">
              <strong>{t('risk.vulnerability')}:</strong> {sc.vulnerability}
            </Text>
          )}
          <Rating label={t('risk.inherent')} rating={s.inherentRating} />
          <Rating label={t('risk.residual')} rating={s.residualRating} />
        </Stack>
        <Stack gap={4}>
          <Text size="sm">
            <strong>{t('risk.treatment')}:</strong> {t(`risk.strategy.${s.treatment.strategy}`)}
          </Text>
          <Text size="sm" fw={600}>
            {t('risk.measures')}
          </Text>
          {s.treatment.measures.length === 0 ? (
            <Text size="sm">{t('risk.noMeasures')}</Text>
          ) : (
            <List size="sm" spacing={4}>
              {s.treatment.measures.map((m) => (
                <List.Item key={m.id}>
                  {m.title} – <strong>{t(`risk.measure.${m.status}` as TKey)}</strong>
                  {m.deadline && `, ${t('risk.deadline', { date: date(m.deadline) })}`}
                  {m.ownerRole && `, ${t('risk.owner', { owner: m.ownerRole })}`}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('risk.acceptance')}
          </Text>
          {!latest ? (
            <Text size="sm">{t('risk.noAcceptance')}</Text>
          ) : (
            <>
              <Text size="sm" fw={700}>
                {t(`risk.acc.${latest.effectiveState}` as TKey)}
                {latest.expiresOn && ` – ${t('risk.acc.expires', { date: date(latest.expiresOn) })}`}
              </Text>
              {latest.justification && <Text size="sm">{latest.justification}</Text>}
              <Text size="xs" c="dimmed">
                {t('risk.acc.by', { by: latest.requestedBy })}
                {latest.approver && ` · ${t('risk.acc.approver', { by: latest.approver })}`}
              </Text>
            </>
          )}
          <Group gap="xs" mt={4}>
            {canWrite && !open && (
              <Button size="xs" variant="light" onClick={() => onDialog({ kind: 'request', s })}>
                {t('risk.request')}
              </Button>
            )}
            {canApprove && latest?.effectiveState === 'submitted' && (
              <>
                <Button size="xs" onClick={() => onDialog({ kind: 'accept', s, acceptanceId: latest.id })}>
                  {t('risk.accept')}
                </Button>
                <Button size="xs" variant="light" color="red.9" onClick={() => onDialog({ kind: 'reject', s, acceptanceId: latest.id })}>
                  {t('risk.reject')}
                </Button>
              </>
            )}
            {canApprove && latest?.effectiveState === 'accepted' && (
              <Button size="xs" variant="light" color="red.9" onClick={() => onDialog({ kind: 'revoke', s, acceptanceId: latest.id })}>
                {t('risk.revoke')}
              </Button>
            )}
          </Group>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

export default function RisksPage() {
  const { t } = useI18n();
  const heat = useRiskHeatmap();
  const risks = useRisks();
  const services = useServices();
  const me = useMe().data;
  const [kind, setKind] = useState<'inherent' | 'residual'>('residual');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const perms = new Set(me?.permissions ?? []);
  const serviceName = (id: string) => services.data?.find((s) => s.id === id)?.name ?? id.slice(0, 8);
  const dialogTitle = dialog ? t('risk.decideTitle', { action: dialog.kind === 'request' ? t('risk.request') : t(`risk.${dialog.kind}`), title: dialog.s.scenario.title }) : '';

  return (
    <>
      <PageHeader title={t('risk.title')} subtitle={t('risk.intro')} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="heat-title">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3" id="heat-title">
              {t('risk.heatmap')}
            </Title>
            <SegmentedControl
              aria-label={t('risk.heatmap')}
              value={kind}
              onChange={(v) => setKind(v as 'inherent' | 'residual')}
              data={[
                { value: 'inherent', label: t('risk.inherent') },
                { value: 'residual', label: t('risk.residual') },
              ]}
            />
          </Group>
          {heat.isPending && <Loading />}
          {heat.isError && <ErrorAlert error={heat.error} onRetry={() => heat.refetch()} />}
          {heat.data && (
            <Stack>
              <HeatMapTable matrix={heat.data.matrix} grid={heat.data[kind]} kind={t(`risk.${kind}`).toLowerCase()} />
              <LevelSummary matrix={heat.data.matrix} inherent={heat.data.inherent} residual={heat.data.residual} />
            </Stack>
          )}
        </Paper>
        <section aria-labelledby="scen-title">
          <Title order={2} size="h3" id="scen-title" mb="sm">
            {t('risk.scenarios')}
          </Title>
          {risks.isPending && <Loading />}
          {risks.isError && <ErrorAlert error={risks.error} onRetry={() => risks.refetch()} />}
          {risks.data && risks.data.length === 0 && <Text>{t('risk.empty')}</Text>}
          <Stack>
            {[...(risks.data ?? [])]
              .sort((a, b) => b.residualRating.severity - a.residualRating.severity || b.residualRating.score - a.residualRating.score)
              .map((s) => (
                <ScenarioCard
                  key={s.id}
                  s={s}
                  serviceName={serviceName(s.scenario.scope.id)}
                  canWrite={perms.has('map:write')}
                  canApprove={perms.has('classification:approve')}
                  onDialog={setDialog}
                />
              ))}
          </Stack>
        </section>
      </Stack>
      <Modal opened={!!dialog} onClose={() => setDialog(null)} title={dialogTitle} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        {dialog?.kind === 'request' && <RequestForm s={dialog.s} onDone={() => setDialog(null)} />}
        {dialog && dialog.kind !== 'request' && <DecideForm s={dialog.s} action={dialog.kind} acceptanceId={dialog.acceptanceId} onDone={() => setDialog(null)} />}
      </Modal>
    </>
  );
}
