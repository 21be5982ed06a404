import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

/** The query of the signed-in session; see auth/session.tsx. */
export const ME_QUERY_KEY = ['me'] as const;

/** A refused call is not retried (the answer would not change); a lost connection or a 5xx is, twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * Query keys follow the API's paths, so that live events can refresh whole
 * families at once: ['contacts'], ['contacts', id], ['contacts', id, 'messages', params],
 * ['tickets', params], ['automations', id, 'report'], …
 */
export function createQueryClient(): QueryClient {
  // A 401 anywhere means the session ended: the session query is asked again,
  // and its 401 sends the user to the sign-in page.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.isUnauthorized) void client.invalidateQueries({ queryKey: ME_QUERY_KEY });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => (query.queryKey[0] === ME_QUERY_KEY[0] ? undefined : onError(error)) }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
