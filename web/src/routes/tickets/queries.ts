import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';

/**
 * The lookups every ticket page needs. Keys follow the API path, so live
 * `ticket.*` events (which refresh ['tickets']) and the settings page's
 * changes reach them.
 */
export const statusesKey = ['ticket-statuses'] as const;
export const categoriesKey = ['ticket-categories'] as const;

export function useTicketStatuses() {
  return useQuery({ queryKey: statusesKey, queryFn: async () => (await call(api.GET('/api/v1/ticket-statuses'))).data });
}

export function useTicketCategories() {
  return useQuery({ queryKey: categoriesKey, queryFn: async () => (await call(api.GET('/api/v1/ticket-categories'))).data });
}

/** The account's users, to pick and show a ticket's owner. */
export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: async () => (await call(api.GET('/api/v1/users'))).data });
}

export function useContact(contactId: string | null | undefined) {
  return useQuery({
    queryKey: ['contacts', contactId],
    queryFn: () => call(api.GET('/api/v1/contacts/{id}', { params: { path: { id: contactId as string } } })),
    enabled: Boolean(contactId),
  });
}
