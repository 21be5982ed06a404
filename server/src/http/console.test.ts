import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from './console.ts';
import { installErrorHandling } from './errors.ts';

const INDEX = '<!doctype html><html><head><meta name="sportello-sandbox" content="on" /></head><body>console</body></html>';

async function appWith(options: { dir: string; sandbox: boolean }): Promise<FastifyInstance> {
  const app = Fastify();
  installErrorHandling(app);
  app.get('/api/v1/known', async () => ({ ok: true }));
  await app.register(consoleRoutes, options);
  await app.ready();
  return app;
}

describe('the web console', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sportello-console-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), INDEX);
    await writeFile(path.join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await appWith({ dir, sandbox: true });
  });

  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and at any route of the console, never cached', async () => {
    for (const url of ['/', '/inbox', '/tickets/T-12?tab=notes', '/settings/users/']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<body>console</body>');
    }
  });

  it('serves hashed assets for a year and other files of the build uncached', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/main-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.body).toBe('console.log(1)');

    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toContain('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('public, max-age=0');
  });

  it('leaves the server paths to the server: unknown ones are JSON 404s', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/known' })).json()).toEqual({ ok: true });
    for (const url of ['/api/v1/nothing-here', '/api', '/sandbox/nothing', '/webhooks/nothing', '/healthz/x']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const post = await app.inject({ method: 'POST', url: '/inbox' });
    expect(post.statusCode).toBe(404);
  });

  it('never serves files outside the build', async () => {
    for (const url of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%2e%2e/%2e%2e/x']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.body, url).toContain('<body>console</body>');
    }
  });

  it('tells the console whether the sandbox phone exists in this process', async () => {
    const without = await appWith({ dir, sandbox: false });
    try {
      expect((await without.inject({ method: 'GET', url: '/' })).body).toContain('<meta name="sportello-sandbox" content="off" />');
      expect((await app.inject({ method: 'GET', url: '/' })).body).toContain('<meta name="sportello-sandbox" content="on" />');
    } finally {
      await without.close();
    }
  });

  it('explains how to build the console when it is missing', async () => {
    const missing = await appWith({ dir: path.join(dir, 'not-built'), sandbox: true });
    try {
      const res = await missing.inject({ method: 'GET', url: '/inbox' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('npm run build -w web');
      expect(res.body).toContain('/sandbox/phone');
    } finally {
      await missing.close();
    }
  });
});
