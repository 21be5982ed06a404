import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { Card, ColorSwatch, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { useFormat } from '../../format/use-format';
import { ErrorAlert, Loading } from '../../ui';
import { useTicketLabels } from './labels';
import { useTicketStatuses } from './queries';
import { barData, donutData, statsCharts, type ChartRow } from './stats-charts';

const CHART_HEIGHT = 140;

/** Each chart with its figures written out below it: readable without hovering, and by screen readers. */
function ChartCard({ title, rows, format, empty, children }: { title: string; rows: ChartRow[]; format: (value: number) => string; empty: string | null; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {empty ? (
        <Text c="dimmed" size="sm" h={CHART_HEIGHT} ta="center" pt="xl">
          {empty}
        </Text>
      ) : (
        children
      )}
      <Stack gap={2} mt="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((row) => (
          <Group key={row.label} component="li" gap="xs" wrap="nowrap" justify="space-between" aria-label={`${row.label}: ${format(row.value)}`}>
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              <ColorSwatch color={`var(--mantine-color-${row.color.replace('.', '-')})`} size={10} withShadow={false} />
              <Text size="sm" truncate>
                {row.label}
              </Text>
            </Group>
            <Text size="sm" fw={600}>
              {format(row.value)}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** The statistics over the chosen creation dates: share per category, counts per status and priority, closing times. */
export function StatsPanel({ range, toolbar }: { range: { from?: string; to?: string }; toolbar?: ReactNode }) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const labels = useTicketLabels();
  const statuses = useTicketStatuses();
  const stats = useQuery({
    queryKey: ['tickets', 'stats', range],
    queryFn: () => call(api.GET('/api/v1/tickets/stats', { params: { query: range } })),
  });

  // The date range stays on screen while its figures load or fail, so the picker never jumps.
  const withToolbar = (body: ReactNode) => (
    <Stack gap="xs">
      {toolbar}
      {body}
    </Stack>
  );
  if (stats.isPending || statuses.isPending) return withToolbar(<Loading h={330} label={t('stats.loading')} />);
  if (stats.isError) return withToolbar(<ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />);
  if (statuses.isError) return withToolbar(<ErrorAlert error={statuses.error} onRetry={() => void statuses.refetch()} />);

  const charts = statsCharts(stats.data, statuses.data, { noCategory: t('noCategory'), priority: labels.priority });
  const count = (value: number) => format.number(value);
  const noTickets = charts.total === 0 ? t('stats.noTickets') : null;
  const shareRows = charts.byCategory.map((row) => ({ ...row, label: `${row.label} · ${format.percent(row.share)}` }));

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" gap="sm">
        {toolbar}
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('stats.total', { formatted: count(charts.total) })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <ChartCard title={t('stats.byCategory')} rows={shareRows} format={count} empty={noTickets}>
          <Group justify="center" h={CHART_HEIGHT}>
            <DonutChart data={donutData(charts.byCategory)} size={130} thickness={22} valueFormatter={count} chartLabel={count(charts.total)} tooltipDataSource="segment" />
          </Group>
        </ChartCard>
        <ChartCard title={t('stats.byStatus')} rows={charts.byStatus} format={count} empty={noTickets}>
          <BarChart h={CHART_HEIGHT} data={barData(charts.byStatus)} dataKey="label" series={[{ name: 'value', label: t('stats.tickets') }]} valueFormatter={count} yAxisProps={{ allowDecimals: false }} tickLine="none" gridAxis="y" />
        </ChartCard>
        <ChartCard title={t('stats.byPriority')} rows={charts.byPriority} format={count} empty={noTickets}>
          <BarChart h={CHART_HEIGHT} data={barData(charts.byPriority)} dataKey="label" series={[{ name: 'value', label: t('stats.tickets') }]} valueFormatter={count} yAxisProps={{ allowDecimals: false }} tickLine="none" gridAxis="y" />
        </ChartCard>
        <ChartCard title={t('stats.closeTime')} rows={charts.closeTime} format={format.duration} empty={charts.closeTime.length === 0 ? t('stats.noneClosed') : null}>
          <BarChart h={CHART_HEIGHT} data={barData(charts.closeTime)} dataKey="label" orientation="vertical" series={[{ name: 'value', label: t('stats.averageTime'), color: 'teal.6' }]} valueFormatter={format.duration} tickLine="none" gridAxis="x" yAxisProps={{ width: 90 }} />
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}
