import { ActionIcon, Button, Checkbox, Fieldset, Group, Modal, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { useInvalidateMap } from '../../api/queries.ts';
import type { Asset, LegalCategories, OslRef } from '../../api/types.ts';
import { ErrorAlert, fieldErrors } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';

const art9Ids = ['health', 'trade_union', 'ethnicity', 'religion', 'political_opinion', 'sexual_life', 'biometric', 'genetic'] as const;
const secClasses = ['none', 'begransat_hemlig', 'konfidentiell', 'hemlig', 'kvalificerat_hemlig'] as const;
const harmTests = ['omvant', 'rakt', 'absolut'] as const;
const textFields = ['name', 'ownerRole', 'process', 'volume', 'retention'] as const;
const areaFields = ['purpose', 'description'] as const;
const labels = {
  name: 'common.name',
  ownerRole: 'detail.ownerRole',
  process: 'detail.process',
  volume: 'detail.volume',
  retention: 'detail.retention',
  purpose: 'detail.purpose',
  description: 'detail.description',
} as const;

type Form = Pick<Asset, (typeof textFields)[number] | (typeof areaFields)[number] | 'personalDataCategories' | 'status'> & { legal: LegalCategories };

export function AssetEditForm({ asset, opened, onClose }: { asset: Asset; opened: boolean; onClose(): void }) {
  const { t } = useI18n();
  const invalidate = useInvalidateMap();
  const initial = (): Form => ({
    name: asset.name,
    ownerRole: asset.ownerRole,
    process: asset.process,
    volume: asset.volume,
    retention: asset.retention,
    purpose: asset.purpose,
    description: asset.description,
    personalDataCategories: [...asset.personalDataCategories],
    status: asset.status,
    legal: { ...asset.legal, osl: asset.legal.osl.map((o) => ({ ...o })), gdprArt9: [...asset.legal.gdprArt9] },
  });
  const [form, setForm] = useState<Form>(initial);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const setLegal = <K extends keyof LegalCategories>(k: K, v: LegalCategories[K]) => setForm((f) => ({ ...f, legal: { ...f.legal, [k]: v } }));
  const setOsl = (i: number, patch: Partial<OslRef>) => setLegal('osl', form.legal.osl.map((o, j) => (j === i ? { ...o, ...patch } : o)));

  const save = useMutation({
    mutationFn: () => api<Asset>(`/api/assets/${asset.id}`, { method: 'PATCH', body: { ...form, version: asset.version } }),
    onSuccess: async () => {
      await invalidate();
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('detail.editTitle')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error} onRetry={conflict ? () => window.location.reload() : undefined} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {textFields.map((k) => (
              <TextInput key={k} label={t(labels[k])} value={form[k]} onChange={(e) => set(k, e.currentTarget.value)} error={errors[k]} required={k === 'name'} />
            ))}
            <Select
              label={t('detail.status')}
              data={(['draft', 'active', 'archived'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
              value={form.status}
              onChange={(v) => v && set('status', v as Form['status'])}
              allowDeselect={false}
            />
          </SimpleGrid>
          {areaFields.map((k) => (
            <Textarea key={k} label={t(labels[k])} value={form[k]} onChange={(e) => set(k, e.currentTarget.value)} autosize minRows={2} error={errors[k]} />
          ))}
          <TagsInput label={t('detail.personalData')} value={form.personalDataCategories} onChange={(v) => set('personalDataCategories', v)} />
          <Fieldset legend={t('detail.legal')}>
            <Stack gap="sm">
              {form.legal.osl.map((o, i) => (
                <Group key={i} align="flex-end" wrap="nowrap">
                  <TextInput label={t('detail.oslRef')} value={o.ref} onChange={(e) => setOsl(i, { ref: e.currentTarget.value })} error={errors[`legal.osl.${i}.ref`]} />
                  <Select
                    label={t('detail.harmTest')}
                    data={harmTests.map((h) => ({ value: h, label: t(`harm.${h}`) }))}
                    value={o.harmTest}
                    onChange={(v) => v && setOsl(i, { harmTest: v as OslRef['harmTest'] })}
                    allowDeselect={false}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon variant="subtle" color="red.9" size="lg" aria-label={`${t('common.remove')} OSL ${o.ref}`} onClick={() => setLegal('osl', form.legal.osl.filter((_, j) => j !== i))}>
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button variant="light" size="xs" onClick={() => setLegal('osl', [...form.legal.osl, { ref: '', harmTest: 'rakt' }])}>
                  {t('detail.oslAdd')}
                </Button>
              </Group>
              <Checkbox.Group label={t('detail.art9')} value={form.legal.gdprArt9} onChange={(v) => setLegal('gdprArt9', v as LegalCategories['gdprArt9'])}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt={4} spacing={4}>
                  {art9Ids.map((id) => (
                    <Checkbox key={id} value={id} label={t(`art9.${id}`)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6}>
                <Checkbox label={t('detail.personalDataFlag')} checked={form.legal.personalData} onChange={(e) => setLegal('personalData', e.currentTarget.checked)} />
                <Checkbox label={t('detail.art10')} checked={form.legal.gdprArt10} onChange={(e) => setLegal('gdprArt10', e.currentTarget.checked)} />
                <Checkbox label={t('detail.identityNumbers')} checked={form.legal.identityNumbers} onChange={(e) => setLegal('identityNumbers', e.currentTarget.checked)} />
                <Checkbox label={t('detail.protectedIdentity')} checked={form.legal.protectedIdentity} onChange={(e) => setLegal('protectedIdentity', e.currentTarget.checked)} />
                <Checkbox label={t('detail.aggregated')} checked={form.legal.aggregated} onChange={(e) => setLegal('aggregated', e.currentTarget.checked)} />
              </SimpleGrid>
              <Select
                label={t('detail.securityClass')}
                data={secClasses.map((s) => ({ value: s, label: t(`sec.${s}`) }))}
                value={form.legal.securityClass}
                onChange={(v) => v && setLegal('securityClass', v as LegalCategories['securityClass'])}
                allowDeselect={false}
                maw={320}
              />
            </Stack>
          </Fieldset>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
