import createClient from 'openapi-fetch';
import { apiErrorFromBody, apiErrorFromResponse, networkError } from './api-error';
import type { paths } from './openapi';

/**
 * The typed REST client: every path, parameter and answer of the API is known
 * from src/api/openapi.d.ts. The session cookie goes along on every call.
 *
 *   const tickets = await call(api.GET('/api/v1/tickets', { params: { query: { status: 'Open' } } }));
 */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  credentials: 'same-origin',
  // Looked up at each call, so tests can replace the global fetch.
  fetch: (request) => globalThis.fetch(request),
});

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits a call of `api` and returns its data, or throws an ApiError with the
 * server's code, message and details (or a network_error when the server
 * could not be reached). Use it in every queryFn and mutationFn.
 */
export async function call<T>(request: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch (err) {
    throw networkError(err);
  }
  if (!answer.response.ok) throw apiErrorFromBody(answer.response.status, answer.error, answer.response.statusText);
  return answer.data as T;
}

/**
 * A plain request for what the typed client does not cover (CSV downloads,
 * uploads): the Response when it succeeded, else an ApiError.
 */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await globalThis.fetch(path, { credentials: 'same-origin', ...init });
  } catch (err) {
    throw networkError(err);
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  return response;
}
