import type { RouteObject } from 'react-router';

/**
 * The contacts section's routes, under /contacts. Pages load on demand, so a section's code
 * (and its libraries) is fetched only when someone opens it.
 */
export const contactsRoutes: RouteObject = {
  path: 'contacts',
  children: [{ index: true, lazy: async () => ({ Component: (await import('./ContactsPage')).ContactsPage }) }],
};
