import type { RouteObject } from 'react-router';

/**
 * The inbox section's routes: /inbox (the conversation list) and
 * /inbox/:contactId (a contact's chat). One route with an optional segment,
 * so the list, its filters and scroll stay mounted while chats change.
 */
export const inboxRoutes: RouteObject = {
  path: 'inbox',
  children: [{ path: ':contactId?', lazy: async () => ({ Component: (await import('./InboxPage')).InboxPage }) }],
};
