import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

describe('OpenAPI', () => {
  it('documents every API route from the zod schemas, and none of the sandbox', async () => {
    const doc = (await apiClient(sportello.url).get('/api/v1/openapi.json')).body;
    const paths = Object.keys(doc.paths);
    for (const path of [
      '/api/v1/contacts',
      '/api/v1/contacts/{id}',
      '/api/v1/contacts/{id}/messages',
      '/api/v1/contacts/import',
      '/api/v1/contacts/export.csv',
      '/api/v1/contacts/bulk',
      '/api/v1/messages',
      '/api/v1/conversations',
      '/api/v1/tags',
      '/api/v1/lists',
      '/api/v1/fields',
      '/api/v1/channels',
      '/api/v1/users',
      '/api/v1/api-keys',
      '/api/v1/events/stream',
      '/webhooks/whatsapp',
    ]) {
      expect(paths, path).toContain(path);
    }
    expect(paths.some((p) => p.startsWith('/sandbox'))).toBe(false);
    const send = doc.paths['/api/v1/messages'].post;
    expect(JSON.stringify(send.requestBody)).toContain('buttons');
    expect(send.responses['201']).toBeDefined();
    expect(send.responses['422']).toBeDefined();
  });
});
