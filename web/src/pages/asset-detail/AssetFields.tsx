import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Asset } from '../../api/types.ts';
import { oslLabel } from '../../components/values.tsx';
import { useI18n } from '../../i18n/index.tsx';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600} c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

function YesNo({ value }: { value: boolean }) {
  const { t } = useI18n();
  return value ? (
    <Badge color="#b3261e" variant="outline" radius="sm" styles={{ root: { textTransform: 'none' } }}>
      {t('common.yes')}
    </Badge>
  ) : (
    <>{t('common.no')}</>
  );
}

export function AssetFields({ asset }: { asset: Asset }) {
  const i18n = useI18n();
  const { t } = i18n;
  const dash = (s: string | null | undefined) => (s && s.trim() ? s : t('common.notSet'));
  const legal = asset.legal;
  return (
    <Stack gap="lg">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
        <Field label={t('detail.ownerRole')}>{dash(asset.ownerRole)}</Field>
        <Field label={t('common.department')}>{asset.departmentName}</Field>
        <Field label={t('detail.process')}>{dash(asset.process)}</Field>
        <Field label={t('detail.status')}>{t(`status.${asset.status}`)}</Field>
        <Field label={t('detail.purpose')}>{dash(asset.purpose)}</Field>
        <Field label={t('detail.description')}>{dash(asset.description)}</Field>
        <Field label={t('detail.volume')}>{dash(asset.volume)}</Field>
        <Field label={t('detail.retention')}>{dash(asset.retention)}</Field>
        <Field label={t('detail.personalData')}>
          {asset.personalDataCategories.length ? asset.personalDataCategories.join(', ') : t('common.none')}
        </Field>
      </SimpleGrid>
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('detail.legal')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
          <Field label={t('detail.osl')}>
            {legal.osl.length === 0 ? (
              t('common.none')
            ) : (
              <Group component="span" gap={6}>
                {legal.osl.map((o) => (
                  <Badge key={o.ref} variant="outline" color="blue.9" radius="sm" styles={{ root: { textTransform: 'none' } }}>
                    {oslLabel(o, i18n)}
                  </Badge>
                ))}
              </Group>
            )}
          </Field>
          <Field label={t('detail.personalDataFlag')}>
            <YesNo value={legal.personalData} />
          </Field>
          <Field label={t('detail.art9')}>
            {legal.gdprArt9.length ? legal.gdprArt9.map((c) => t(`art9.${c}`)).join(', ') : t('common.no')}
          </Field>
          <Field label={t('detail.art10')}>
            <YesNo value={legal.gdprArt10} />
          </Field>
          <Field label={t('detail.identityNumbers')}>
            <YesNo value={legal.identityNumbers} />
          </Field>
          <Field label={t('detail.protectedIdentity')}>
            <YesNo value={legal.protectedIdentity} />
          </Field>
          <Field label={t('detail.securityClass')}>{t(`sec.${legal.securityClass}`)}</Field>
          <Field label={t('detail.aggregated')}>
            <YesNo value={legal.aggregated} />
          </Field>
        </SimpleGrid>
      </div>
    </Stack>
  );
}
