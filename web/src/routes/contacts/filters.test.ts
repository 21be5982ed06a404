import { describe, expect, it } from 'vitest';
import { filtersToBulkFilter, filtersToQuery, filtersToSearch, hasFilters, NO_FILTERS, parseFilters } from './filters';

describe('contact table filters', () => {
  it('read the address with the names the API takes', () => {
    const filters = parseFilters(new URLSearchParams('q=anna&tag=vip&tag=milano&tag=vip&list=0190e3b4-aaaa&field.CITY=Roma&field.EMPTY=&other=1'));
    expect(filters).toEqual({ q: 'anna', tags: ['vip', 'milano'], list: '0190e3b4-aaaa', fields: { CITY: 'Roma' } });
  });

  it('write the query string of the page, of the list call and of the export alike', () => {
    const filters = { q: ' rossi ', tags: ['vip', 'milano'], list: 'L1', fields: { CITY: 'Roma', AGE: '' } };
    expect(filtersToSearch(filters).toString()).toBe('q=rossi&tag=vip&tag=milano&list=L1&field.CITY=Roma');
    expect(filtersToQuery(filters)).toEqual({ q: 'rossi', tag: ['vip', 'milano'], list: 'L1', 'field.CITY': 'Roma' });
    expect(filtersToQuery({ ...NO_FILTERS, tags: ['vip'] })).toEqual({ tag: 'vip' });
  });

  it('survive a round trip through the address', () => {
    const filters = { q: 'a&b=c', tags: ['ä tag'], list: null, fields: { BIRTHDAY: '1990-05-01' } };
    expect(parseFilters(filtersToSearch(filters))).toEqual(filters);
  });

  it('give the bulk endpoint the same selection, leaving out what is empty', () => {
    expect(filtersToBulkFilter({ q: 'x', tags: ['vip'], list: 'L1', fields: { CITY: 'Roma' } })).toEqual({ q: 'x', tags: ['vip'], list: 'L1', fields: { CITY: 'Roma' } });
    expect(filtersToBulkFilter(NO_FILTERS)).toEqual({});
  });

  it('know when anything filters', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, q: '  ' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, fields: { CITY: 'Roma' } })).toBe(true);
  });
});
