import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import type { AspectId } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { useLevelColors } from '../api/catalog.ts';
import { aspects } from '../theme.ts';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

const levels = [0, 1, 2, 3, 4] as const;

/** Stacked bars of the number of assets per level for each aspect, with the same data as a table. */
export function DistributionChart({ distribution }: { distribution: Record<AspectId, number[]> }) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const colors = useLevelColors();
  const colorKey = levels.map((l) => colors(l).bg).join();
  const count = (a: AspectId, l: number) => distribution[a]?.[l] ?? 0;

  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: false },
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, left: 0, textStyle: { color: '#212529' } },
      grid: { left: 8, right: 16, top: 64, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#343a40' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: aspects.map((a) => `${a} ${t(`aspect.${a}`)}`),
        axisLabel: { color: '#212529', fontWeight: 600 },
      },
      series: levels.map((l) => ({
        name: `${l} ${t(`level.${l}`)}`,
        type: 'bar',
        stack: 'total',
        barWidth: '55%',
        itemStyle: { color: colors(l).bg, borderColor: '#fff', borderWidth: 1 },
        emphasis: { focus: 'series' },
        data: aspects.map((a) => count(a, l)),
      })),
    });
    const resize = () => chart.resize();
    const observer = new ResizeObserver(resize);
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [distribution, lang, colorKey]);

  const summary = aspects
    .map((a) => `${t(`aspect.${a}`)}: ${levels.map((l) => `${t(`level.${l}`)} ${count(a, l)}`).join(', ')}`)
    .join('; ');

  const table = (
    <Table striped withTableBorder mt="sm" captionSide="top">
      <Table.Caption>{t('dash.distribution')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('common.level')}</Table.Th>
          {aspects.map((a) => (
            <Table.Th scope="col" key={a} ta="right">
              {t(`aspect.${a}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {levels.map((l) => (
          <Table.Tr key={l}>
            <Table.Th scope="row" fw={500}>
              {l} {t(`level.${l}`)}
            </Table.Th>
            {aspects.map((a) => (
              <Table.Td key={a} ta="right">
                {count(a, l)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <div>
      <div ref={ref} role="img" aria-label={t('dash.chartAlt', { summary })} style={{ width: '100%', height: 320 }} />
      <Group justify="flex-end">
        <Button variant="default" size="xs" onClick={() => setShowTable((v) => !v)} aria-expanded={showTable}>
          {showTable ? t('common.hideTable') : t('common.showTable')}
        </Button>
      </Group>
      {showTable ? table : <VisuallyHidden>{table}</VisuallyHidden>}
      <Text size="xs" c="dimmed" mt={4}>
        {t('dash.distributionHint')}
      </Text>
    </div>
  );
}
