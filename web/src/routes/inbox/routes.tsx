import type { RouteObject } from 'react-router';

/**
 * The inbox section's routes, under /inbox. Pages load on demand, so a section's code
 * (and its libraries) is fetched only when someone opens it.
 */
export const inboxRoutes: RouteObject = {
  path: 'inbox',
  children: [{ index: true, lazy: async () => ({ Component: (await import('./InboxPage')).InboxPage }) }],
};
