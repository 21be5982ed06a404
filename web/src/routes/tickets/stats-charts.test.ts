import { describe, expect, it } from 'vitest';
import { barData, donutData, statsCharts } from './stats-charts';
import type { TicketStats, TicketStatus } from './types';

const statuses: TicketStatus[] = [
  { id: '1', name: 'Open', macroStatus: 'open', position: 1 },
  { id: '2', name: 'Waiting', macroStatus: 'in_progress', position: 2 },
  { id: '3', name: 'Closed', macroStatus: 'terminated', position: 3 },
];

const stats: TicketStats = {
  byCategory: [
    { category: 'Shipping', count: 3, share: 0.5 },
    { category: null, count: 2, share: 0.3333 },
    { category: 'Billing', count: 1, share: 0.1667 },
  ],
  byStatus: [
    { status: 'Open', count: 4 },
    { status: 'Waiting', count: 0 },
    { status: 'Closed', count: 2 },
    { status: 'Renamed meanwhile', count: 0 },
  ],
  byPriority: [
    { priority: 'urgent', count: 1 },
    { priority: 'high', count: 0 },
    { priority: 'medium', count: 5 },
    { priority: 'low', count: 0 },
  ],
  avgCloseSecondsByCategory: [
    { category: 'Billing', seconds: 7200 },
    { category: null, seconds: 90 },
  ],
};

const labels = { noCategory: 'No category', priority: (p: string) => p.toUpperCase() };

describe('ticket statistics for the charts', () => {
  const charts = statsCharts(stats, statuses, labels);

  it('counts the tickets of the period and names the tickets without category', () => {
    expect(charts.total).toBe(6);
    expect(charts.byCategory.map((r) => [r.label, r.value, r.share])).toEqual([
      ['Shipping', 3, 0.5],
      ['No category', 2, 0.3333],
      ['Billing', 1, 0.1667],
    ]);
  });

  it('colours each status by its macro-status, and an unknown one in gray', () => {
    expect(charts.byStatus.map((r) => [r.label, r.value, r.color])).toEqual([
      ['Open', 4, 'blue.6'],
      ['Waiting', 0, 'yellow.6'],
      ['Closed', 2, 'green.6'],
      ['Renamed meanwhile', 0, 'gray.6'],
    ]);
  });

  it('keeps every priority, zeros included, in the labels of the language', () => {
    expect(charts.byPriority.map((r) => [r.label, r.value, r.color])).toEqual([
      ['URGENT', 1, 'red.6'],
      ['HIGH', 0, 'orange.6'],
      ['MEDIUM', 5, 'blue.6'],
      ['LOW', 0, 'gray.6'],
    ]);
  });

  it('gives a category the same colour in the share and in the closing times', () => {
    const billing = charts.byCategory.find((r) => r.label === 'Billing');
    const none = charts.byCategory.find((r) => r.label === 'No category');
    expect(charts.closeTime).toEqual([
      { label: 'Billing', value: 7200, color: billing?.color },
      { label: 'No category', value: 90, color: none?.color },
    ]);
    expect(new Set(charts.byCategory.map((r) => r.color)).size).toBe(3);
  });

  it('hands the donut only the slices that exist and the bars their own colours', () => {
    const withEmpty = statsCharts({ ...stats, byCategory: [...stats.byCategory, { category: 'Returns', count: 0, share: 0 }] }, statuses, labels);
    expect(donutData(withEmpty.byCategory).map((d) => d.name)).toEqual(['Shipping', 'No category', 'Billing']);
    expect(barData(charts.byStatus)[0]).toEqual({ label: 'Open', value: 4, color: 'blue.6' });
  });

  it('is empty for a period without tickets', () => {
    const empty = statsCharts({ byCategory: [], byStatus: [{ status: 'Open', count: 0 }], byPriority: [], avgCloseSecondsByCategory: [] }, statuses, labels);
    expect(empty.total).toBe(0);
    expect(empty.closeTime).toEqual([]);
  });
});
