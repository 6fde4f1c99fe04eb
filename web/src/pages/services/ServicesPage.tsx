import { Anchor, Button, Group, Paper, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { type Overview, type ServiceClass, usePlacementOverview, useServices } from '../../api/placement.ts';
import { LevelBadge } from '../../components/badges.tsx';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { aspects } from '../../theme.ts';
import { countUnknown, UnknownBadge, valueLabel } from './facts.tsx';

/** The highest class a service holds, per aspect, noting when aggregation raised it. */
export function ServiceClassBadges({ cls }: { cls: ServiceClass | undefined }) {
  const { t } = useI18n();
  if (!cls || cls.assetCount === 0) return <Text size="sm">–</Text>;
  return (
    <Group gap={4} wrap="nowrap">
      {aspects.map((a) => (
        <LevelBadge key={a} aspect={a} level={cls.levels[a]} size="sm" />
      ))}
      {cls.raisedForAggregation && (
        <Text size="xs" span>
          ({t('svc.aggregated')})
        </Text>
      )}
    </Group>
  );
}

export function classOf(overview: Overview | undefined, serviceId: string): ServiceClass | undefined {
  return overview?.services.find((s) => s.id === serviceId)?.effectiveClass;
}

function EnumCell({ value }: { value: string }) {
  const i18n = useI18n();
  return value === 'unknown' ? <UnknownBadge /> : <>{valueLabel(i18n, value)}</>;
}

export default function ServicesPage() {
  const { t } = useI18n();
  const services = useServices();
  const overview = usePlacementOverview();
  return (
    <>
      <PageHeader
        title={t('svc.title')}
        subtitle={t('svc.intro')}
        actions={
          <Button component={Link} to="/services/new">
            {t('svc.new')}
          </Button>
        }
      />
      <Paper withBorder radius="md" p="md">
        {services.isPending && <Loading />}
        {services.isError && <ErrorAlert error={services.error} onRetry={() => services.refetch()} />}
        {services.data && services.data.length === 0 && <Text>{t('svc.empty')}</Text>}
        {services.data && services.data.length > 0 && (
          <DataTable
            striped
            highlightOnHover
            verticalSpacing="xs"
            columns={[t('common.name'), t('svc.owner'), t('svc.location'), t('svc.keys'), t('svc.processing'), { label: t('svc.placements'), align: 'right' }, t('svc.highestClass')]}
          >
            {services.data.map((s) => {
              const unknown = countUnknown(s);
              return (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/services/${s.id}`}>
                      {s.name}
                    </Anchor>
                    {unknown > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('svc.unknownCount', { n: unknown })}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <EnumCell value={s.ownerJurisdiction} />
                  </Table.Td>
                  <Table.Td>
                    <EnumCell value={s.dataLocation} />
                  </Table.Td>
                  <Table.Td>
                    <EnumCell value={s.keyControl} />
                  </Table.Td>
                  <Table.Td>
                    <EnumCell value={s.processing} />
                  </Table.Td>
                  <Table.Td ta="right">{s.placementCount}</Table.Td>
                  <Table.Td>
                    <ServiceClassBadges cls={classOf(overview.data, s.id)} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
      </Paper>
    </>
  );
}
