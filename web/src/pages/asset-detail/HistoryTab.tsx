import { Group, Select, Stack, Table, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { useAssetDiff, useAssetHistory } from '../../api/queries.ts';
import type { HistoryChange } from '../../api/types.ts';
import { ErrorAlert, Loading } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { fieldLabel, Value } from '../../components/values.tsx';
import { isKey, useI18n } from '../../i18n/index.tsx';

function actionLabel(action: string, t: ReturnType<typeof useI18n>['t']): string {
  const key = `history.action.${action}`;
  return isKey(key) ? t(key) : action;
}

export function ChangesTable({ changes, caption }: { changes: HistoryChange[]; caption?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <DataTable
      withTableBorder
      striped
      verticalSpacing={4}
      caption={caption && <Table.Caption>{caption}</Table.Caption>}
      columns={[t('history.field'), t('history.before'), t('history.after')]}
    >
      {changes.map((c, i) => (
        <Table.Tr key={`${c.field}-${i}`}>
          <Table.Th scope="row" fw={500}>
            {fieldLabel(c.field, i18n)}
          </Table.Th>
          <Table.Td>
            <Value value={c.before} field={c.field} />
          </Table.Td>
          <Table.Td>
            <Value value={c.after} field={c.field} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

export function HistoryTab({ assetId }: { assetId: string }) {
  const { t, dateTime } = useI18n();
  const q = useAssetHistory(assetId);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  if (q.data.length === 0) return <Text>{t('history.empty')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={q.data.length}>
      {q.data.map((h, i) => (
        <Timeline.Item
          key={`${h.version}-${h.at}-${i}`}
          title={
            <Text fw={600} size="sm" component="h3" m={0}>
              {actionLabel(h.action, t)} · {t('detail.version', { n: h.version })}
            </Text>
          }
        >
          <Text size="sm" c="dimmed" mb={4}>
            {dateTime(h.at)} · {h.actor}
          </Text>
          {h.changes.length > 0 && <ChangesTable changes={h.changes} />}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

export function CompareTab({ assetId, currentVersion }: { assetId: string; currentVersion: number }) {
  const { t, dateTime } = useI18n();
  const history = useAssetHistory(assetId);
  const versions = [...new Set((history.data ?? []).map((h) => h.version))].sort((a, b) => a - b);
  if (!versions.includes(currentVersion)) versions.push(currentVersion);
  const [from, setFrom] = useState<number | null>(versions.length > 1 ? (versions[versions.length - 2] ?? null) : null);
  const [to, setTo] = useState<number | null>(currentVersion);
  const diff = useAssetDiff(assetId, from, to);
  const at = (v: number) => history.data?.find((h) => h.version === v)?.at;
  const options = versions.map((v) => ({ value: String(v), label: `${t('detail.version', { n: v })}${at(v) ? ` – ${dateTime(at(v))}` : ''}` }));
  return (
    <Stack>
      <Group align="flex-end">
        <Select label={t('compare.from')} data={options} value={from == null ? null : String(from)} onChange={(v) => setFrom(v ? Number(v) : null)} w={280} />
        <Select label={t('compare.to')} data={options} value={to == null ? null : String(to)} onChange={(v) => setTo(v ? Number(v) : null)} w={280} />
      </Group>
      {(from == null || to == null || from === to) && <Text size="sm">{t('compare.pick')}</Text>}
      {diff.isFetching && <Loading />}
      {diff.isError && <ErrorAlert error={diff.error} />}
      {diff.data &&
        (diff.data.changes.length === 0 ? (
          <Text>{t('compare.noChanges')}</Text>
        ) : (
          <ChangesTable changes={diff.data.changes} caption={`${t('detail.version', { n: diff.data.from })} → ${t('detail.version', { n: diff.data.to })}`} />
        ))}
    </Stack>
  );
}
