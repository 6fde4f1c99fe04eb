// Place an asset in a service: search the asset, choose the service, see the verdict at once.
import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { type PlacementResult, useInvalidatePlacement, useServices } from '../../api/placement.ts';
import { useAssets } from '../../api/queries.ts';
import { ErrorAlert, fieldErrors } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { VerdictBadge, VerdictExplanation } from './verdict.tsx';

interface Placed {
  id: string;
  assetId: string;
  serviceId: string;
  purpose: string;
  result: PlacementResult;
}

export function PlaceForm({ initialServiceId }: { initialServiceId?: string }) {
  const { t } = useI18n();
  const invalidate = useInvalidatePlacement();
  const services = useServices();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [assetId, setAssetId] = useState<string | null>(null);
  const [assetLabel, setAssetLabel] = useState('');
  const [serviceId, setServiceId] = useState<string | null>(initialServiceId ?? null);
  const [purpose, setPurpose] = useState('');
  const assets = useAssets({ q: debounced.length >= 2 ? debounced : undefined, pageSize: 20, sort: 'name' });
  const assetOptions = (assets.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.ref} ${a.name} (${a.departmentName})` }));
  if (assetId && !assetOptions.some((o) => o.value === assetId)) assetOptions.unshift({ value: assetId, label: assetLabel });

  const place = useMutation({
    mutationFn: () => api<Placed>('/api/placements', { method: 'POST', body: { assetId, serviceId, purpose } }),
    onSuccess: () => invalidate(),
  });
  const errors = fieldErrors(place.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!assetId || !serviceId) return;
    place.mutate();
  };
  const placedServiceName = services.data?.find((s) => s.id === place.data?.serviceId)?.name ?? '';

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="place-title">
      <Title order={2} size="h3" id="place-title">
        {t('pl.place')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('pl.placeHint')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Select
              label={t('pl.searchAsset')}
              placeholder={t('pl.searchAssetPlaceholder')}
              searchable
              data={assetOptions}
              value={assetId}
              onChange={(v, opt) => {
                setAssetId(v);
                setAssetLabel(opt?.label ?? '');
                place.reset();
              }}
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options }) => options}
              nothingFoundMessage={debounced.length >= 2 && !assets.isFetching ? t('pl.none') : undefined}
              required
              error={errors.assetId}
            />
            <Select
              label={t('pl.chooseService')}
              data={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              value={serviceId}
              onChange={(v) => {
                setServiceId(v);
                place.reset();
              }}
              searchable
              required
              error={errors.serviceId}
            />
            <TextInput label={t('pl.purpose')} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} />
          </SimpleGrid>
          <Group>
            <Button type="submit" disabled={!assetId || !serviceId} loading={place.isPending}>
              {t('pl.placeSubmit')}
            </Button>
            {assetId && (
              <Anchor component={Link} to={`/assets/${assetId}/placement`} size="sm">
                {t('pl.planning')}
              </Anchor>
            )}
          </Group>
          <ErrorAlert error={place.error} />
          <div aria-live="polite">
            {place.data && (
              <Alert color="gray" variant="light" title={t('pl.placed', { asset: assetLabel, service: placedServiceName })}>
                <Stack gap="xs">
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {t('pl.verdict')}:
                    </Text>
                    <VerdictBadge verdict={place.data.result.verdict} />
                  </Group>
                  <VerdictExplanation result={place.data.result} compact />
                </Stack>
              </Alert>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
