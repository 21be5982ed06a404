import { MACRO_STATUS_COLORS, PRIORITY_COLORS, type Priority, type TicketStats, type TicketStatus } from './types';

/** Colours for categories, in turn; a category keeps its colour as long as the order of the answer stays. */
const CATEGORY_PALETTE = ['blue.6', 'teal.6', 'grape.6', 'orange.6', 'cyan.6', 'pink.6', 'lime.7', 'indigo.6', 'yellow.7', 'red.6'];
const NO_CATEGORY_COLOR = 'gray.5';

export interface ChartRow {
  /** What the user reads: a category, status or priority in their language. */
  label: string;
  value: number;
  color: string;
}

export interface ShareRow extends ChartRow {
  /** Between 0 and 1. */
  share: number;
}

export interface StatsCharts {
  total: number;
  byCategory: ShareRow[];
  byStatus: ChartRow[];
  byPriority: ChartRow[];
  /** Seconds from opening to closing, per category; only categories with closed tickets. */
  closeTime: ChartRow[];
}

export interface StatsLabels {
  noCategory: string;
  priority: (priority: Priority) => string;
}

/**
 * Turns GET /api/v1/tickets/stats into the rows the charts draw. The server's
 * `null` category becomes "No category"; statuses take the colour of their
 * macro-status (looked up in the account's statuses, gray when a status is
 * unknown); priorities go from urgent to low as the server sends them.
 */
export function statsCharts(stats: TicketStats, statuses: readonly TicketStatus[], labels: StatsLabels): StatsCharts {
  const categoryColors = new Map<string | null, string>();
  let next = 0;
  const colorOf = (category: string | null) => {
    if (category === null) return NO_CATEGORY_COLOR;
    let color = categoryColors.get(category);
    if (!color) categoryColors.set(category, (color = CATEGORY_PALETTE[next++ % CATEGORY_PALETTE.length] as string));
    return color;
  };
  const macroOf = new Map(statuses.map((s) => [s.name, s.macroStatus]));

  const byCategory = stats.byCategory.map((row) => ({ label: row.category ?? labels.noCategory, value: row.count, share: row.share, color: colorOf(row.category) }));
  return {
    total: stats.byCategory.reduce((sum, row) => sum + row.count, 0),
    byCategory,
    byStatus: stats.byStatus.map((row) => {
      const macro = macroOf.get(row.status);
      return { label: row.status, value: row.count, color: macro ? `${MACRO_STATUS_COLORS[macro]}.6` : 'gray.6' };
    }),
    byPriority: stats.byPriority.map((row) => ({ label: labels.priority(row.priority), value: row.count, color: `${PRIORITY_COLORS[row.priority]}.6` })),
    closeTime: stats.avgCloseSecondsByCategory.map((row) => ({ label: row.category ?? labels.noCategory, value: row.seconds, color: colorOf(row.category) })),
  };
}

/** Rows in the shape Mantine's BarChart reads: one bar per row, coloured by its own `color`. */
export function barData(rows: readonly ChartRow[]): Array<{ label: string; value: number; color: string }> {
  return rows.map(({ label, value, color }) => ({ label, value, color }));
}

/** Rows in the shape Mantine's DonutChart reads. */
export function donutData(rows: readonly ShareRow[]): Array<{ name: string; value: number; color: string }> {
  return rows.filter((row) => row.value > 0).map(({ label, value, color }) => ({ name: label, value, color }));
}
