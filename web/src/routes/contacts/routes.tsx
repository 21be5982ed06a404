import type { RouteObject } from 'react-router';

/**
 * The contacts section's routes, under /contacts: the table, the import
 * wizard, the catalog of tags, lists and fields, and one page per contact.
 * Pages load on demand.
 */
export const contactsRoutes: RouteObject = {
  path: 'contacts',
  children: [
    { index: true, lazy: async () => ({ Component: (await import('./table/ContactsPage')).ContactsPage }) },
    { path: 'import', lazy: async () => ({ Component: (await import('./import/ImportPage')).ImportPage }) },
    { path: 'tags', lazy: async () => ({ Component: (await import('./catalog/TagsPage')).TagsPage }) },
    { path: 'lists', lazy: async () => ({ Component: (await import('./catalog/ListsPage')).ListsPage }) },
    { path: 'fields', lazy: async () => ({ Component: (await import('./catalog/FieldsPage')).FieldsPage }) },
    { path: ':id', lazy: async () => ({ Component: (await import('./contact/ContactPage')).ContactPage }) },
  ],
};
