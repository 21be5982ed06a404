import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { BodyOf } from '../../api/types';
import type { ConversationFilters } from './types';

/**
 * The inbox's reads and writes. Query keys follow the API path, so the live
 * stream refreshes them by itself (api/live-invalidation.ts): a message.*
 * event makes ['conversations'] and ['contacts', contactId] stale.
 */
const PAGE = 30;

export function useConversations(filters: Omit<ConversationFilters, 'cursor' | 'limit'>) {
  return useInfiniteQuery({
    queryKey: ['conversations', filters],
    queryFn: ({ pageParam }) =>
      call(api.GET('/api/v1/conversations', { params: { query: { ...filters, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useContact(contactId: string) {
  return useQuery({ queryKey: ['contacts', contactId], queryFn: () => call(api.GET('/api/v1/contacts/{id}', { params: { path: { id: contactId } } })) });
}

/** The thread, newest first from the API, notes included; older pages on demand. */
export function useThread(contactId: string) {
  return useInfiniteQuery({
    queryKey: ['contacts', contactId, 'messages'],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/contacts/{id}/messages', {
          params: { path: { id: contactId }, query: { includeNotes: 'true', limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useContactTickets(contactId: string) {
  return useQuery({
    queryKey: ['contacts', contactId, 'tickets'],
    queryFn: () => call(api.GET('/api/v1/contacts/{id}/tickets', { params: { path: { id: contactId }, query: { limit: 20 } } })),
  });
}

export function useContactRuns(contactId: string) {
  return useQuery({
    queryKey: ['contacts', contactId, 'automation-runs'],
    queryFn: () => call(api.GET('/api/v1/contacts/{id}/automation-runs', { params: { path: { id: contactId }, query: { limit: 20 } } })),
  });
}

/**
 * Names of the account's users, automations, tags, lists and fields: small lists. Each is kept
 * under its own key below the API path (['users', 'inbox']), because other sections cache the
 * same path in other shapes; the path prefix still lets live events refresh them.
 */
export function useUsers() {
  return useQuery({ queryKey: ['users', 'inbox'], queryFn: () => call(api.GET('/api/v1/users')), staleTime: 60_000 });
}
export function useAutomations() {
  return useQuery({ queryKey: ['automations', 'inbox'], queryFn: () => call(api.GET('/api/v1/automations', { params: { query: {} } })), staleTime: 60_000 });
}
export function useTags() {
  return useQuery({ queryKey: ['tags', 'inbox'], queryFn: () => call(api.GET('/api/v1/tags')), staleTime: 60_000 });
}
export function useLists() {
  return useQuery({ queryKey: ['lists', 'inbox'], queryFn: () => call(api.GET('/api/v1/lists')), staleTime: 60_000 });
}
export function useFields() {
  return useQuery({ queryKey: ['fields', 'inbox'], queryFn: () => call(api.GET('/api/v1/fields')), staleTime: 60_000 });
}

export type SendBody = BodyOf<'/api/v1/messages', 'post'>;

/** Sends a message; the key makes a retry of the same attempt safe. */
export function useSendMessage(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: SendBody; idempotencyKey: string }) =>
      call(api.POST('/api/v1/messages', { body, params: { header: { 'idempotency-key': idempotencyKey } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['contacts', contactId, 'messages'] });
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
    },
  });
}

export function useAddNote(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => call(api.POST('/api/v1/contacts/{id}/notes', { params: { path: { id: contactId } }, body: { text } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['contacts', contactId, 'messages'] }),
  });
}

export function useMarkRead() {
  return useMutation({
    mutationFn: (contactId: string) => call(api.POST('/api/v1/conversations/{id}/read', { params: { path: { id: contactId } } })),
  });
}

/** A change of the contact whose answer is the contact: the cache gets it at once. */
function useContactChange<V>(contactId: string, change: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['contacts', contactId] });
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
    },
  });
}

export function useBlockContact(contactId: string) {
  return useContactChange(contactId, (blocked: boolean) =>
    blocked
      ? call(api.POST('/api/v1/contacts/{id}/block', { params: { path: { id: contactId } } }))
      : call(api.POST('/api/v1/contacts/{id}/restore', { params: { path: { id: contactId } } })),
  );
}

export function useTagContact(contactId: string) {
  return useContactChange(contactId, ({ tag, add }: { tag: string; add: boolean }) =>
    add
      ? call(api.POST('/api/v1/contacts/{id}/tags', { params: { path: { id: contactId } }, body: { tags: [tag] } }))
      : call(api.DELETE('/api/v1/contacts/{id}/tags/{name}', { params: { path: { id: contactId, name: tag } } })),
  );
}

export function useAssignOperator(contactId: string) {
  return useContactChange(contactId, ({ userId, assign }: { userId: string; assign: boolean }) =>
    assign
      ? call(api.POST('/api/v1/contacts/{id}/operators', { params: { path: { id: contactId } }, body: { userId } }))
      : call(api.DELETE('/api/v1/contacts/{id}/operators/{userId}', { params: { path: { id: contactId, userId } } })),
  );
}

export function useStopAutomations(contactId: string) {
  return useContactChange(contactId, () => call(api.POST('/api/v1/contacts/{id}/automations/stop', { params: { path: { id: contactId } } })));
}
