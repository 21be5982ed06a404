import { MACRO_STATUSES, PRIORITIES, SORT_KEYS, type MacroStatus, type Priority, type TicketListQuery, type TicketSort } from './types';

/**
 * What the ticket list shows, kept in the address (?status=…&q=…) so a filtered
 * list can be reloaded, shared and reached with the back button. `from`/`to`
 * (YYYY-MM-DD, creation dates) frame both the list and the statistics.
 */
export interface TicketFilters {
  q?: string;
  status?: string;
  macroStatus?: MacroStatus;
  priority?: Priority;
  category?: string;
  ownerId?: string;
  from?: string;
  to?: string;
  sort?: TicketSort;
}

export const DEFAULT_SORT: TicketSort = '-createdAt';
const FILTER_KEYS = ['q', 'status', 'macroStatus', 'priority', 'category', 'ownerId', 'from', 'to', 'sort'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isTicketSort(value: string): value is TicketSort {
  return (SORT_KEYS as readonly string[]).includes(value.replace(/^-/, ''));
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function text(value: string | null, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/** Reads the filters from the address, dropping what the API would refuse (a hand-edited URL must not break the page). */
export function filtersFromSearch(params: URLSearchParams): TicketFilters {
  const filters: TicketFilters = {
    q: text(params.get('q'), 200),
    status: text(params.get('status'), 100),
    macroStatus: oneOf(MACRO_STATUSES, params.get('macroStatus')),
    priority: oneOf(PRIORITIES, params.get('priority')),
    category: text(params.get('category'), 100),
    ownerId: UUID.test(params.get('ownerId') ?? '') ? (params.get('ownerId') as string) : undefined,
    from: DAY.test(params.get('from') ?? '') ? (params.get('from') as string) : undefined,
    to: DAY.test(params.get('to') ?? '') ? (params.get('to') as string) : undefined,
  };
  const sort = params.get('sort');
  if (sort && isTicketSort(sort) && sort !== DEFAULT_SORT) filters.sort = sort;
  return withoutEmpty(filters);
}

/** The address for these filters: only what is set, the default sort left out. */
export function filtersToSearch(filters: TicketFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === '' || (key === 'sort' && value === DEFAULT_SORT)) continue;
    params.set(key, value);
  }
  return params;
}

/** One filter changed: empty values ('' or null from a cleared input) remove it. */
export function changeFilter<K extends keyof TicketFilters>(filters: TicketFilters, key: K, value: TicketFilters[K] | null | ''): TicketFilters {
  const next = { ...filters };
  if (value === null || value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The query of GET /api/v1/tickets for these filters (the search trimmed, the sort always explicit). */
export function listQuery(filters: TicketFilters, limit = 25): TicketListQuery {
  return withoutEmpty({ ...filters, q: filters.q?.trim() || undefined, sort: filters.sort ?? DEFAULT_SORT, limit });
}

/** The statistics cover the same creation dates as the list. */
export function statsQuery(filters: TicketFilters): { from?: string; to?: string } {
  return withoutEmpty({ from: filters.from, to: filters.to });
}

/** How many filters (besides sort and dates) narrow the list, for the "clear filters" button. */
export function activeFilterCount(filters: TicketFilters): number {
  return (['q', 'status', 'macroStatus', 'priority', 'category', 'ownerId'] as const).filter((key) => filters[key] !== undefined).length;
}

function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}
