import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';

/**
 * The lookups every ticket page needs. Keys follow the API path and the cache
 * holds the API's answer as it is (other sections share these keys); `select`
 * hands the pages the list inside it.
 */
export const statusesKey = ['ticket-statuses'] as const;
export const categoriesKey = ['ticket-categories'] as const;

export function useTicketStatuses() {
  return useQuery({ queryKey: statusesKey, queryFn: () => call(api.GET('/api/v1/ticket-statuses')), select: (answer) => answer.data });
}

export function useTicketCategories() {
  return useQuery({ queryKey: categoriesKey, queryFn: () => call(api.GET('/api/v1/ticket-categories')), select: (answer) => answer.data });
}

/** The account's users, to pick and show a ticket's owner. */
export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: () => call(api.GET('/api/v1/users')), select: (answer) => answer.data });
}

export function useContact(contactId: string | null | undefined) {
  return useQuery({
    queryKey: ['contacts', contactId],
    queryFn: () => call(api.GET('/api/v1/contacts/{id}', { params: { path: { id: contactId as string } } })),
    enabled: Boolean(contactId),
  });
}
