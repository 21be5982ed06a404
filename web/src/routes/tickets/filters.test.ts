import { describe, expect, it } from 'vitest';
import { activeFilterCount, changeFilter, filtersFromSearch, filtersToSearch, listQuery, statsQuery } from './filters';

const OWNER = '0190e3b4-0000-7000-8000-000000000001';

describe('ticket list filters', () => {
  it('read what the address says and drop what the API would refuse', () => {
    const filters = filtersFromSearch(
      new URLSearchParams({ q: '  refund  ', status: 'Waiting', macroStatus: 'someday', priority: 'urgent', ownerId: 'not-a-uuid', from: '2026-03-01', to: '03/31/2026', sort: '-priority' }),
    );
    expect(filters).toEqual({ q: 'refund', status: 'Waiting', priority: 'urgent', from: '2026-03-01', sort: '-priority' });
  });

  it('leave the default sort and empty values out of the address, and read it back the same', () => {
    const filters = { q: 'late parcel', category: 'Shipping', ownerId: OWNER, macroStatus: 'in_progress' as const, sort: '-createdAt' as const, status: '' };
    const search = filtersToSearch(filters);
    expect(search.toString()).toBe('q=late+parcel&macroStatus=in_progress&category=Shipping&ownerId=0190e3b4-0000-7000-8000-000000000001');
    expect(filtersFromSearch(search)).toEqual({ q: 'late parcel', macroStatus: 'in_progress', category: 'Shipping', ownerId: OWNER });
  });

  it('become the query of GET /api/v1/tickets, with the sort always said', () => {
    expect(listQuery({})).toEqual({ sort: '-createdAt', limit: 25 });
    expect(listQuery({ q: 'x', priority: 'high', sort: 'title', from: '2026-01-01', to: '2026-01-31' }, 10)).toEqual({
      q: 'x',
      priority: 'high',
      sort: 'title',
      from: '2026-01-01',
      to: '2026-01-31',
      limit: 10,
    });
  });

  it('give the statistics the same dates as the list, and nothing else', () => {
    expect(statsQuery({ q: 'x', status: 'Open', from: '2026-01-01', to: '2026-01-31' })).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(statsQuery({ status: 'Open' })).toEqual({});
  });

  it('remove a filter when its input is cleared, and count the ones that narrow the list', () => {
    let filters = changeFilter({}, 'status', 'Open');
    filters = changeFilter(filters, 'priority', 'low');
    filters = changeFilter(filters, 'from', '2026-01-01');
    expect(activeFilterCount(filters)).toBe(2);
    filters = changeFilter(filters, 'status', null);
    filters = changeFilter(filters, 'priority', '');
    expect(filters).toEqual({ from: '2026-01-01' });
    expect(activeFilterCount(filters)).toBe(0);
  });
});
