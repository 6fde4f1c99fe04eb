import { Anchor, Card, Grid, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useDashboard } from '../../api/queries.ts';
import { LevelBadge } from '../../components/badges.tsx';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { DistributionChart } from '../../components/DistributionChart.tsx';
import { type TKey, useI18n } from '../../i18n/index.tsx';

function Stat({ label, value, to, tone }: { label: string; value: number; to: string; tone?: string }) {
  const { num } = useI18n();
  return (
    <Card withBorder padding="md" radius="md" component={Link} to={to}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={32} fw={700} c={tone ?? 'blue.9'} lh={1.2}>
        {num(value)}
      </Text>
    </Card>
  );
}

export default function DashboardPage() {
  const { t } = useI18n();
  const q = useDashboard();
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const d = q.data;
  const stats: { key: TKey; value: number; to: string; tone?: string }[] = [
    { key: 'dash.departments', value: d.departments, to: '/departments' },
    { key: 'dash.assets', value: d.assets, to: '/assets' },
    { key: 'dash.classified', value: d.classified, to: '/assets?state=draft' },
    { key: 'dash.approved', value: d.approved, to: '/assets?state=approved', tone: 'green.9' },
    { key: 'dash.overdue', value: d.overdue, to: '/assets?state=overdue', tone: d.overdue > 0 ? 'red.9' : undefined },
  ];
  return (
    <>
      <PageHeader title={t('dash.title')} />
      <section aria-label={t('dash.title')}>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} mb="lg">
          {stats.map((s) => (
            <Stat key={s.key} label={t(s.key)} value={s.value} to={s.to} tone={s.tone} />
          ))}
        </SimpleGrid>
      </section>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dist-h" h="100%">
          <Title order={2} size="h4" id="dist-h" mb="sm">
            {t('dash.distribution')}
          </Title>
          <DistributionChart distribution={d.distribution} />
        </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dep-h" h="100%">
          <Title order={2} size="h4" id="dep-h" mb="sm">
            {t('dash.byDepartment')}
          </Title>
          {/* Narrow padding: the table fits beside the chart on a 1366 px screen (see app.css). */}
          <DataTable
            striped
            highlightOnHover
            fz="sm"
            verticalSpacing={6}
            horizontalSpacing={6}
            aria-labelledby="dep-h"
            wrapClassName="iv-table-wrap iv-fit-names"
            columns={[t('common.department'), { label: t('dash.count'), align: 'right' }, { label: t('dash.classified'), align: 'right' }, { label: t('dash.approved'), align: 'right' }, t('dash.maxK')]}
          >
            {d.byDepartment.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/departments/${row.id}`}>
                    {row.name}
                  </Anchor>
                </Table.Th>
                <Table.Td ta="right">{row.assets}</Table.Td>
                <Table.Td ta="right">{row.classified}</Table.Td>
                <Table.Td ta="right">{row.approved}</Table.Td>
                <Table.Td>
                  <LevelBadge aspect="K" level={row.maxK} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
