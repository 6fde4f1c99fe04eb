// Confirm a verdict, or decide otherwise with a reason: stored as a named person's decision with
// the rule-set version it was taken on.
import { Alert, Button, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { type PlacementView, type Verdict, useInvalidatePlacement, verdictOrder } from '../../api/placement.ts';
import { ErrorAlert } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { VerdictBadge, VerdictExplanation } from './verdict.tsx';

export function DecideModal({ placement, onClose }: { placement: PlacementView | null; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal opened={!!placement} onClose={onClose} title={<DecideTitle />} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {placement && <DecideForm key={placement.placementId} placement={placement} onClose={onClose} />}
    </Modal>
  );
}

function DecideTitle() {
  const { t } = useI18n();
  return <>{t('dec.title')}</>;
}

function DecideForm({ placement, onClose }: { placement: PlacementView; onClose(): void }) {
  const { t } = useI18n();
  const invalidate = useInvalidatePlacement();
  const [choice, setChoice] = useState<'confirmed' | 'overridden'>('confirmed');
  const [verdict, setVerdict] = useState<Verdict>(placement.result.verdict);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const tooShort = choice === 'overridden' && reason.trim().length < 10;
  const save = useMutation({
    mutationFn: () =>
      api('/api/placement/decisions', {
        method: 'POST',
        body: { assetId: placement.asset.id, serviceId: placement.service.id, decision: choice, ...(choice === 'overridden' ? { verdict } : {}), reason: reason.trim() },
      }),
    onSuccess: async () => {
      await invalidate();
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (tooShort) return;
    save.mutate();
  };
  const r = placement.result;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text fw={600}>{t('dec.what', { asset: `${placement.asset.ref} ${placement.asset.name}`, service: placement.service.name })}</Text>
        {placement.decision?.status === 'needs_review' && placement.decision.flag_reason && (
          <Alert color="orange" variant="light" title={t('dec.flagReason')}>
            <Text size="sm">{placement.decision.flag_reason}</Text>
          </Alert>
        )}
        <Group gap="xs">
          <Text size="sm">{t('dec.evaluated', { ruleSet: `${r.ruleSetId} ${r.ruleSetVersion}` })}:</Text>
          <VerdictBadge verdict={r.verdict} />
        </Group>
        <VerdictExplanation result={r} compact />
        <ErrorAlert error={save.error} />
        <Radio.Group label={t('dec.choice')} value={choice} onChange={(v) => setChoice(v as 'confirmed' | 'overridden')}>
          <Stack gap={6} mt={4}>
            <Radio value="confirmed" label={t('dec.confirm')} />
            <Radio value="overridden" label={t('dec.override')} />
          </Stack>
        </Radio.Group>
        {choice === 'overridden' && (
          <Select
            label={t('dec.verdict')}
            data={verdictOrder.map((v) => ({ value: v, label: t(`verdict.${v}`) }))}
            value={verdict}
            onChange={(v) => v && setVerdict(v as Verdict)}
            allowDeselect={false}
            maw={360}
          />
        )}
        <Textarea
          label={t('dec.reason')}
          description={t('dec.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={3}
          required={choice === 'overridden'}
          error={touched && tooShort ? t('dec.reasonTooShort') : undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('dec.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
