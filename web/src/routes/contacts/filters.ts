/**
 * The filters of the contact table. They live in the page's address with the
 * same names the API takes (q, tag repeated, list, field.KEY=value), so a
 * filtered table can be bookmarked and the export downloads exactly what is shown.
 */
export interface ContactFilters {
  q: string;
  /** Contacts carrying all of these tags. */
  tags: string[];
  /** List id. */
  list: string | null;
  /** Dynamic field key → value the contact must have. */
  fields: Record<string, string>;
}

export const NO_FILTERS: ContactFilters = { q: '', tags: [], list: null, fields: {} };

const FIELD_PREFIX = 'field.';

export function parseFilters(search: URLSearchParams): ContactFilters {
  const fields: Record<string, string> = {};
  for (const [name, value] of search) {
    if (name.startsWith(FIELD_PREFIX) && name.length > FIELD_PREFIX.length && value !== '') fields[name.slice(FIELD_PREFIX.length)] = value;
  }
  const tags = [...new Set(search.getAll('tag').filter((t) => t.trim() !== ''))];
  return { q: search.get('q') ?? '', tags, list: search.get('list') || null, fields };
}

/** The query string of the filters: the console's address and the API's (list and export) alike. */
export function filtersToSearch(filters: ContactFilters): URLSearchParams {
  const search = new URLSearchParams();
  const q = filters.q.trim();
  if (q) search.set('q', q);
  for (const tag of filters.tags) search.append('tag', tag);
  if (filters.list) search.set('list', filters.list);
  for (const [key, value] of Object.entries(filters.fields)) {
    if (value !== '') search.set(`${FIELD_PREFIX}${key}`, value);
  }
  return search;
}

/** The query of GET /api/v1/contacts: repeated names become arrays, as the typed client writes them back. */
export function filtersToQuery(filters: ContactFilters): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of filtersToSearch(filters)) {
    const known = query[name];
    query[name] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
  }
  return query;
}

/** The same filters in the body shape of POST /api/v1/contacts/bulk. */
export function filtersToBulkFilter(filters: ContactFilters) {
  const q = filters.q.trim();
  const fields = Object.fromEntries(Object.entries(filters.fields).filter(([, v]) => v !== ''));
  return {
    ...(q ? { q } : {}),
    ...(filters.tags.length > 0 ? { tags: filters.tags } : {}),
    ...(filters.list ? { list: filters.list } : {}),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
  };
}

export function hasFilters(filters: ContactFilters): boolean {
  return filtersToSearch(filters).toString() !== '';
}
