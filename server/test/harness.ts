import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type Config } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import type { EventConsumer } from '../src/events/dispatcher.ts';
import type { Clock } from '../src/lib/clock.ts';
import { silentLogger } from '../src/lib/logger.ts';
import { startSportello, type Sportello } from '../src/runtime.ts';

/** Which database this run of the suite uses (set per Vitest project). */
export const testDatabaseKind: 'pglite' | 'postgres' = process.env.SPORTELLO_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  database: Database;
  url: string | undefined;
  drop(): Promise<void>;
}

/** A database of its own for one test file: in-memory PGlite, or a fresh PostgreSQL database. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite' });
    return { database, url: undefined, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `sportello_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestSportello extends Sportello {
  /** Stops the process and drops its database. */
  close(): Promise<void>;
  testDatabase: TestDatabase;
}

/** A real Sportello listening on a free port, with the sandbox mounted, on its own database. */
export async function startTestSportello(options: { clock?: Clock; consumers?: EventConsumer[]; config?: Partial<Config> } = {}): Promise<TestSportello> {
  const testDatabase = await createTestDatabase();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }, { databaseUrl: testDatabase.url, ...options.config });
  const sportello = await startSportello({
    config,
    log: silentLogger,
    clock: options.clock,
    database: testDatabase.database,
    consumers: options.consumers,
  });
  return {
    ...sportello,
    testDatabase,
    async close() {
      await sportello.stop();
      await testDatabase.drop();
    },
  };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small HTTP client for tests: real HTTP to the listening server. */
export function apiClient(baseUrl: string, apiKey?: string) {
  async function call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (apiKey) (init.headers as Record<string, string>).authorization = `Bearer ${apiKey}`;
    if (body !== undefined) {
      if (typeof body === 'string' || body instanceof FormData || body instanceof Uint8Array) {
        init.body = body as RequestInit["body"];
      } else {
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
        init.body = JSON.stringify(body);
      }
    }
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text.length > 0) parsed = JSON.parse(text);
    return { status: response.status, body: parsed as T, headers: response.headers };
  }
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) => call<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => call<T>('POST', path, body, headers),
    put: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => call<T>('PUT', path, body, headers),
    patch: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => call<T>('PATCH', path, body, headers),
    delete: <T = any>(path: string, headers?: Record<string, string>) => call<T>('DELETE', path, undefined, headers),
    call,
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

/** Polls until `check` returns a truthy value (asynchronous pipelines), failing after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let accountCounter = 0;

/** Each test makes its own account, so tests never depend on each other. */
export async function createTestAccount(sportello: Sportello, options: { sandbox?: boolean; name?: string } = {}) {
  accountCounter += 1;
  const suffix = `${process.pid}-${accountCounter}-${randomBytes(3).toString('hex')}`;
  const email = `admin-${suffix}@example.test`;
  const password = 'correct horse battery';
  const { createAccountWithChannel } = await import('../src/modules/accounts/provisioning.ts');
  const created = await createAccountWithChannel(sportello.deps, sportello.services, {
    name: options.name ?? `Account ${suffix}`,
    email,
    password,
    sandbox: options.sandbox ?? true,
  });
  return { ...created, email, password, api: apiClient(sportello.url, created.apiKey) };
}
