import { describe, expect, it, vi } from 'vitest';
import { errorBody, fakeApi } from '../test/fake-api';
import { ApiError } from './api-error';
import { api, apiFetch, call } from './client';

describe('the API client', () => {
  it('returns the data of a successful call and sends its query and body', async () => {
    const server = fakeApi({ 'PATCH /api/v1/me': ({ body }) => ({ body: { echoed: body } }) });
    const data = await call(api.PATCH('/api/v1/me', { body: { language: 'it' } }));
    expect(data).toEqual({ echoed: { language: 'it' } });
    expect(server.calls).toEqual([expect.objectContaining({ method: 'PATCH', path: '/api/v1/me', body: { language: 'it' } })]);
  });

  it('throws the server error as an ApiError', async () => {
    fakeApi({ 'POST /api/v1/auth/login': { status: 401, body: errorBody('invalid_credentials', 'Wrong e-mail or password') } });
    const failure = call(api.POST('/api/v1/auth/login', { body: { email: 'a@b.it', password: 'nope' } }));
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, code: 'invalid_credentials', message: 'Wrong e-mail or password' });
  });

  it('succeeds with no data on 204', async () => {
    fakeApi({ 'POST /api/v1/auth/logout': { status: 204 } });
    await expect(call(api.POST('/api/v1/auth/logout'))).resolves.toBeUndefined();
  });

  it('turns an unreachable server into a network_error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(call(api.GET('/api/v1/me'))).rejects.toMatchObject({ status: 0, code: 'network_error' });
    await expect(apiFetch('/api/v1/contacts/export')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('apiFetch hands back the Response, or the ApiError of a failure', async () => {
    fakeApi({ 'GET /api/v1/ok': { body: { fine: true } }, 'GET /api/v1/gone': { status: 404, body: errorBody('not_found', 'Contact not found') } });
    expect(await (await apiFetch('/api/v1/ok')).json()).toEqual({ fine: true });
    await expect(apiFetch('/api/v1/gone')).rejects.toMatchObject({ status: 404, code: 'not_found', message: 'Contact not found' });
  });
});
