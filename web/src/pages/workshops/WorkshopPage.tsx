import { Alert, Anchor, Button, Group, Paper, Progress, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { useInvalidateMap, useWorkshop } from '../../api/queries.ts';
import type { Levels, WorkshopDecision, WorkshopStatus } from '../../api/types.ts';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { LevelPickers } from '../../components/LevelPickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { SuggestionRow } from './SuggestionRow.tsx';
import { WorkshopStatusBadge } from './WorkshopsPage.tsx';

interface ItemBody {
  templateId?: string;
  decision: WorkshopDecision;
  levels?: Levels;
  asset?: { name: string };
}

export default function WorkshopPage() {
  const { id } = useParams();
  const { t, date, dateTime } = useI18n();
  const q = useWorkshop(id);
  const invalidate = useInvalidateMap();
  const [busyTemplate, setBusyTemplate] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [newLevels, setNewLevels] = useState<Levels>({ K: 1, R: 1, T: 1, S: 1 });
  const [notes, setNotes] = useState<string | null>(null);

  const decide = useMutation({
    mutationFn: (body: ItemBody) => api(`/api/workshops/${id}/items`, { method: 'POST', body }),
    onSettled: async () => {
      await invalidate();
      setBusyTemplate(null);
    },
  });
  const status = useMutation({
    mutationFn: (s: WorkshopStatus) => api(`/api/workshops/${id}/status`, { method: 'POST', body: { status: s, notes: notes ?? q.data?.workshop.notes ?? '' } }),
    onSuccess: () => invalidate(),
  });

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const { workshop: w, suggestions, items } = q.data;
  const open = w.status === 'open';
  const done = suggestions.filter((s) => s.decision).length;
  const pending = suggestions.filter((s) => !s.decision);
  const decided = suggestions.filter((s) => s.decision);

  const addAsset = (e: FormEvent) => {
    e.preventDefault();
    if (!newName.trim()) return;
    decide.mutate({ decision: 'added', asset: { name: newName.trim() }, levels: newLevels }, { onSuccess: () => setNewName('') });
  };

  return (
    <>
      <Anchor component={Link} to="/workshops" size="sm">
        ← {t('ws.title')}
      </Anchor>
      <PageHeader
        title={w.title}
        subtitle={
          <Group gap="xs">
            <Anchor component={Link} to={`/departments/${w.departmentId}`} size="sm">
              {w.departmentName}
            </Anchor>
            <span>· {date(w.heldOn)}</span>
            {w.participants.length > 0 && <span>· {w.participants.join(', ')}</span>}
            <WorkshopStatusBadge status={w.status} />
          </Group>
        }
        actions={
          <>
            {w.status === 'open' && (
              <Button variant="default" onClick={() => status.mutate('paused')} loading={status.isPending}>
                {t('ws.pause')}
              </Button>
            )}
            {w.status !== 'open' && (
              <Button onClick={() => status.mutate('open')} loading={status.isPending}>
                {t('ws.resume')}
              </Button>
            )}
            {w.status !== 'closed' && (
              <Button variant="default" color="red" onClick={() => status.mutate('closed')} loading={status.isPending}>
                {t('ws.closeWs')}
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={status.error ?? decide.error} />
      {w.status === 'paused' && <Alert color="yellow" variant="light" mb="md">{t('ws.pausedInfo')}</Alert>}
      {w.status === 'closed' && <Alert color="gray" variant="light" mb="md">{t('ws.closedInfo')}</Alert>}

      <Paper withBorder radius="md" p="md" mb="lg" component="section" aria-labelledby="sugg-h">
        <Group justify="space-between" mb={4}>
          <Title order={2} size="h4" id="sugg-h">
            {t('ws.suggestions')}
          </Title>
          <Text size="sm" role="status">
            {t('ws.progress', { done, total: suggestions.length })}
          </Text>
        </Group>
        <Progress value={suggestions.length ? (100 * done) / suggestions.length : 0} mb="xs" aria-label={t('ws.progress', { done, total: suggestions.length })} />
        <Text size="sm" c="dimmed" mb="sm">
          {t('ws.suggestionsHint')}
        </Text>
        {suggestions.length === 0 && <Text>{t('ws.noSuggestions')}</Text>}
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {[...pending, ...decided].map((s) => (
            <SuggestionRow
              key={s.template.id}
              suggestion={s}
              currentWorkshopId={w.id}
              disabled={!open || (decide.isPending && busyTemplate !== s.template.id)}
              busy={busyTemplate === s.template.id}
              onDecide={(decision, levels) => {
                setBusyTemplate(s.template.id);
                decide.mutate({ templateId: s.template.id, decision, levels });
              }}
            />
          ))}
        </Stack>
      </Paper>

      <Paper withBorder radius="md" p="md" mb="lg" component="section" aria-labelledby="add-h">
        <Title order={2} size="h4" id="add-h" mb="sm">
          {t('ws.addAsset')}
        </Title>
        <form onSubmit={addAsset}>
          <Group align="flex-end" wrap="wrap">
            <TextInput label={t('ws.addAssetName')} value={newName} onChange={(e) => setNewName(e.currentTarget.value)} disabled={!open} style={{ flex: '1 1 280px' }} />
            <LevelPickers value={newLevels} onChange={setNewLevels} name={newName || t('ws.addAssetName')} disabled={!open} />
            <Button type="submit" disabled={!open || !newName.trim()} loading={decide.isPending && busyTemplate === null}>
              {t('common.add')}
            </Button>
          </Group>
        </form>
      </Paper>

      <Paper withBorder radius="md" p="md" mb="lg" component="section" aria-labelledby="items-h">
        <Title order={2} size="h4" id="items-h" mb="sm">
          {t('ws.items')}
        </Title>
        {items.length === 0 ? (
          <Text size="sm">{t('ws.noItems')}</Text>
        ) : (
          <DataTable striped columns={[t('common.name'), t('common.state'), t('history.who'), t('history.when')]}>
            {items.map((it) => {
              const tplName = suggestions.find((s) => s.template.id === it.templateId)?.template.name;
              const label = it.assetName ?? (tplName ? (typeof tplName === 'string' ? tplName : tplName.sv) : '–');
              return (
                <Table.Tr key={it.id}>
                  <Table.Th scope="row" fw={500}>
                    {it.assetId ? <Anchor component={Link} to={`/assets/${it.assetId}`}>{label}</Anchor> : label}
                  </Table.Th>
                  <Table.Td>{t(`ws.decision.${it.decision}`)}</Table.Td>
                  <Table.Td>{it.decidedBy ?? ''}</Table.Td>
                  <Table.Td>{dateTime(it.decidedAt)}</Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
      </Paper>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="notes-h">
        <Title order={2} size="h4" id="notes-h" mb="sm">
          {t('ws.notes')}
        </Title>
        <Textarea aria-labelledby="notes-h" value={notes ?? w.notes ?? ''} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={3} />
        <Group justify="flex-end" mt="sm">
          <Button variant="light" onClick={() => status.mutate(w.status)} disabled={notes === null} loading={status.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Paper>
    </>
  );
}
