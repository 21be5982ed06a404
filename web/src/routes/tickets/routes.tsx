import type { RouteObject } from 'react-router';

/**
 * The tickets section's routes, under /tickets. Pages load on demand, so a section's code
 * (and its libraries) is fetched only when someone opens it.
 */
export const ticketsRoutes: RouteObject = {
  path: 'tickets',
  children: [{ index: true, lazy: async () => ({ Component: (await import('./TicketsPage')).TicketsPage }) }],
};
