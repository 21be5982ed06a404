import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFromBody, apiErrorFromResponse, networkError } from './api-error';

describe('ApiError', () => {
  it('keeps the code, message and details of the contract error shape', () => {
    const details = [{ field: 'email', message: 'Invalid email address' }, { field: 'password', message: 'Too short' }];
    const error = apiErrorFromBody(422, { error: { code: 'validation_failed', message: 'Invalid body: email, password', details } });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed', message: 'Invalid body: email, password' });
    expect(error.fieldErrors).toEqual(details);
  });

  it('has no field errors when the details are not a list of fields', () => {
    expect(apiErrorFromBody(409, { error: { code: 'email_taken', message: 'taken', details: { field: 'email' } } }).fieldErrors).toEqual([]);
  });

  it('still says something useful for answers outside the contract', () => {
    expect(apiErrorFromBody(502, '<html>Bad Gateway</html>', 'Bad Gateway')).toMatchObject({ status: 502, code: 'http_502', message: '502 Bad Gateway' });
    expect(apiErrorFromBody(503, 'Service restarting')).toMatchObject({ code: 'http_503', message: 'Service restarting' });
    expect(apiErrorFromBody(500, null, 'Internal Server Error').message).toBe('500 Internal Server Error');
    expect(apiErrorFromBody(400, { error: 'plain string' }).code).toBe('http_400');
  });

  it('reads JSON and text bodies of a Response', async () => {
    const json = new Response(JSON.stringify({ error: { code: 'invalid_credentials', message: 'Wrong e-mail or password' } }), { status: 401 });
    const fromJson = await apiErrorFromResponse(json);
    expect(fromJson).toMatchObject({ status: 401, code: 'invalid_credentials', message: 'Wrong e-mail or password' });
    expect(fromJson.isUnauthorized).toBe(true);
    expect(await apiErrorFromResponse(new Response('gateway timeout', { status: 504 }))).toMatchObject({ code: 'http_504', message: 'gateway timeout' });
  });

  it('marks a failed fetch as a network error, keeping its cause', () => {
    const cause = new TypeError('Failed to fetch');
    const error = networkError(cause);
    expect(error).toMatchObject({ status: 0, code: 'network_error', message: 'Failed to fetch' });
    expect(error.isNetworkError).toBe(true);
    expect(error.cause).toBe(cause);
  });
});
