import type { RouteObject } from 'react-router';

/**
 * The tickets section's routes, under /tickets. Pages load on demand, so the
 * section's code and its charts are fetched only when someone opens it.
 */
export const ticketsRoutes: RouteObject = {
  path: 'tickets',
  children: [
    { index: true, lazy: async () => ({ Component: (await import('./TicketsPage')).TicketsPage }) },
    { path: 'new', lazy: async () => ({ Component: (await import('./NewTicketPage')).NewTicketPage }) },
    { path: 'settings', lazy: async () => ({ Component: (await import('./TicketSettingsPage')).TicketSettingsPage }) },
    { path: ':id', lazy: async () => ({ Component: (await import('./TicketPage')).TicketPage }) },
  ],
};
