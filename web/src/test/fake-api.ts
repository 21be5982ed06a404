import { vi } from 'vitest';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

type Reply = { status?: number; body?: unknown } | ((request: FakeRequest) => { status?: number; body?: unknown });

/**
 * Answers the console's API calls in component tests, by "METHOD /path"
 * (without the query string). A call nobody expected fails the test with its
 * name, and every call is recorded:
 *
 *   const server = fakeApi({ 'GET /api/v1/me': { body: me }, 'POST /api/v1/auth/login': { status: 401, body: { error: {...} } } });
 *   expect(server.calls).toContainEqual(expect.objectContaining({ method: 'POST', path: '/api/v1/auth/login' }));
 */
export function fakeApi(routes: Record<string, Reply>) {
  const calls: FakeRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
    const url = new URL(request.url);
    const text = await request.text();
    const call: FakeRequest = { method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
    calls.push(call);
    const route = routes[`${call.method} ${call.path}`];
    if (!route) throw new Error(`Unexpected call in the test: ${call.method} ${call.path}`);
    const reply = typeof route === 'function' ? route(call) : route;
    const status = reply.status ?? 200;
    if (status === 204) return new Response(null, { status });
    return new Response(JSON.stringify(reply.body ?? null), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, fetch };
}

/** The contract's error body. */
export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}
