import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useCatalog } from '../../api/catalog.ts';
import { api } from '../../api/client.ts';
import { useInvalidateMap } from '../../api/queries.ts';
import type { Asset, Classification } from '../../api/types.ts';
import { isOverdue, LevelBadge, StateBadge } from '../../components/badges.tsx';
import { ErrorAlert } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { aspects } from '../../theme.ts';
import { addMonths, swedishDate } from '../../../../src/kernel/swedish-date.ts';

/** A year after `date`'s date in Sweden (the server's default review date, classify/derive.ts). */
export function oneYearFrom(date = new Date()): string {
  return addMonths(swedishDate(date), 12);
}

export function ApproveButton({ assetId, classification, onDone }: { assetId: string; classification: Classification; onDone?: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reviewDue, setReviewDue] = useState(oneYearFrom());
  const invalidate = useInvalidateMap();
  const approve = useMutation({
    mutationFn: () =>
      api<Classification>(`/api/assets/${assetId}/classifications/${classification.id}/approve`, { method: 'POST', body: { reviewDue } }),
    onSuccess: async () => {
      await invalidate();
      setOpen(false);
      onDone?.();
    },
  });
  return (
    <>
      <Button color="green.9" onClick={() => setOpen(true)}>
        {t('detail.approve')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('detail.approveTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <ErrorAlert error={approve.error} />
          <Text size="sm">{t('detail.approveText')}</Text>
          <TextInput type="date" label={t('assets.reviewDue')} value={reviewDue} onChange={(e) => setReviewDue(e.currentTarget.value)} required />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="green.9" loading={approve.isPending} onClick={() => approve.mutate()} disabled={!reviewDue}>
              {t('detail.approve')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function ClassificationCard({ asset }: { asset: Asset }) {
  const i18n = useI18n();
  const { t, loc, date, dateTime } = i18n;
  const { catalog } = useCatalog();
  const c = asset.classification;
  const questionText = (aspect: string, qid: string, optionId: string) => {
    const q = catalog?.aspects.find((a) => a.id === aspect)?.questions.find((x) => x.id === qid);
    const o = q?.options.find((x) => x.id === optionId);
    return { q: q ? loc(q.text) : qid, o: o ? `${o.level} – ${loc(o.text)}` : optionId };
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="cls-h">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="cls-h">
          {t('detail.classification')}
        </Title>
        <Group gap="xs">
          <StateBadge state={asset.classificationState} overdue={asset.classificationState === 'approved' && isOverdue(asset.reviewDue)} />
          {c && c.status === 'draft' && <ApproveButton assetId={asset.id} classification={c} />}
        </Group>
      </Group>
      {!c ? (
        <Alert variant="light" color="gray">
          {t('detail.noClassification')}
        </Alert>
      ) : (
        <Stack gap="sm">
          <DataTable withTableBorder columns={[t('common.aspect'), t('classify.resultLevel'), t('classify.derivedLevel'), t('common.reason')]}>
            {aspects.map((a) => {
              const ov = c.overrides?.[a];
              const answers = Object.entries(c.answers?.[a] ?? {});
              return (
                <Table.Tr key={a}>
                  <Table.Th scope="row">{t(`aspect.${a}`)}</Table.Th>
                  <Table.Td>
                    <LevelBadge aspect={a} level={c.levels[a]} />
                  </Table.Td>
                  <Table.Td>{c.derived[a]}</Table.Td>
                  <Table.Td>
                    {ov && (
                      <Text size="sm">
                        <strong>{t('detail.overridden')}:</strong> {ov.reason}
                      </Text>
                    )}
                    {answers
                      .filter(([, ans]) => ans.reason)
                      .map(([qid, ans]) => {
                        const x = questionText(a, qid, ans.optionId);
                        return (
                          <Text size="sm" key={qid}>
                            {x.q} <em>{x.o}</em>: {ans.reason}
                          </Text>
                        );
                      })}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
          {c.note && <Text size="sm">{c.note}</Text>}
          <Text size="sm" c="dimmed">
            {t('detail.createdBy', { who: c.createdBy, when: dateTime(c.createdAt) })}
            {c.approvedBy && ` · ${t('detail.approvedBy', { who: c.approvedBy, when: dateTime(c.approvedAt) })}`}
            {c.reviewDue && ` · ${t('detail.reviewDue', { date: date(c.reviewDue) })}`}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
