import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { useInvalidatePlacement, usePlacementOverview, useService, useServiceCatalogue } from '../../api/placement.ts';
import { AssetRowHeader } from '../../components/AssetRowHeader.tsx';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { VerdictBadge } from '../placement/verdict.tsx';
import { FactValue, factGroups, isUnknown, VerificationNote } from './facts.tsx';
import { classOf, ServiceClassBadges } from './ServicesPage.tsx';

export default function ServicePage() {
  const { id } = useParams();
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const navigate = useNavigate();
  const q = useService(id);
  const overview = usePlacementOverview();
  const catalogue = useServiceCatalogue();
  const invalidate = useInvalidatePlacement();
  const remove = useMutation({
    mutationFn: () => api<void>(`/api/services/${id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      await invalidate();
      navigate('/services');
    },
  });

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const s = q.data;
  const held = (overview.data?.placements ?? []).filter((p) => p.service.id === s.id);
  const entry = catalogue.data?.entries.find((e) => e.id === s.catalogueId);

  return (
    <>
      <PageHeader
        title={s.name}
        subtitle={
          <Stack gap={2}>
            {s.description && <Text size="sm">{s.description}</Text>}
            <Text size="sm">{t('svc.version', { v: s.version, date: dateTime(s.updatedAt) })}</Text>
            {entry && <Text size="sm">{t('svc.fromCatalogue', { name: entry.name })}</Text>}
          </Stack>
        }
        actions={
          <>
            <Button component={Link} to="/services" variant="default">
              {t('svc.back')}
            </Button>
            <Button component={Link} to={`/services/${s.id}/edit`}>
              {t('common.edit')}
            </Button>
            <Button
              color="red.9"
              variant="light"
              loading={remove.isPending}
              onClick={() => {
                if (window.confirm(t('svc.deleteConfirm', { name: s.name, n: s.placementCount }))) remove.mutate();
              }}
            >
              {t('svc.delete')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={remove.error} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {factGroups.map((g) => (
          <Paper key={g.id} withBorder radius="md" p="md" component="section" aria-labelledby={`grp-${g.id}`}>
            <Title order={2} size="h4" id={`grp-${g.id}`} mb="xs">
              {t(g.label)}
            </Title>
            <DataTable verticalSpacing={6} columns={[t('svc.fact'), t('svc.value'), t('svc.verification')]}>
              {g.facts.map((def) => (
                <Table.Tr key={def.name} style={isUnknown(def, s) ? { background: '#fff8e6' } : undefined}>
                  <Table.Th scope="row" fw={500} w="35%">
                    {t(def.label)}
                  </Table.Th>
                  <Table.Td>
                    <FactValue def={def} service={s} />
                  </Table.Td>
                  <Table.Td>
                    <VerificationNote def={def} service={s} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </Paper>
        ))}
      </SimpleGrid>
      <Paper withBorder radius="md" p="md" mt="md" component="section" aria-labelledby="held-title">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4" id="held-title">
            {t('svc.heldAssets')}
          </Title>
          <Group gap="xs">
            <Text size="sm">{t('svc.highestClass')}:</Text>
            <ServiceClassBadges cls={classOf(overview.data, s.id)} />
          </Group>
        </Group>
        {overview.isError && <ErrorAlert error={overview.error} />}
        {held.length === 0 ? (
          <Text size="sm">{t('svc.noPlacements')}</Text>
        ) : (
          <DataTable striped verticalSpacing="xs" columns={[t('pl.asset'), t('common.department'), t('pl.purpose'), t('pl.verdict')]}>
            {held.map((p) => (
              <Table.Tr key={p.placementId}>
                <AssetRowHeader asset={p.asset} />
                <Table.Td>{p.asset.departmentName}</Table.Td>
                <Table.Td>{p.purpose || '–'}</Table.Td>
                <Table.Td>
                  <VerdictBadge verdict={p.result.verdict} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Paper>
    </>
  );
}
