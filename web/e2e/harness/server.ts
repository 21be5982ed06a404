import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../../../server', import.meta.url));
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

export interface Credentials {
  email: string;
  password: string;
}

export interface RunningSportello {
  /** The console's address, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The demo admin printed at the first start. */
  admin: Credentials;
  /** The demo account's API key, for preparing data through the REST API. */
  apiKey: string;
  /** Calls the REST API as the demo admin (API key): `await sportello.api('/api/v1/contacts', { method: 'POST', body: {...} })`. */
  api<T = unknown>(pathname: string, init?: { method?: string; body?: unknown }): Promise<T>;
  /** Everything the process printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Environment a fresh Sportello starts with: its own PGlite directory and the built-in sandbox. */
function environmentFor(dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extra };
  // Browser tests run once, on the embedded database `npm start` uses; the server's own
  // suite covers PostgreSQL. Settings of the developer's shell must not leak in.
  for (const name of ['DATABASE_URL', 'PUBLIC_URL', 'SANDBOX_URL', 'SMTP_URL', 'SPORTELLO_ROLE']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

/** Reads the lines `npm start` prints once it listens: the address and the demo admin. */
function parseStartBanner(text: string): { url: string; admin: Credentials; apiKey: string } | null {
  const url = /Console:\s+(http:\/\/\S+?)\/?$/m.exec(text)?.[1];
  const email = /e-mail:\s+(\S+)/.exec(text)?.[1];
  const password = /password:\s+(\S+)/.exec(text)?.[1];
  const apiKey = /API key:\s+(\S+)/.exec(text)?.[1];
  if (!url || !email || !password || !apiKey) return null;
  // The banner says localhost; the process listens on 127.0.0.1 only.
  return { url: url.replace('//localhost:', '//127.0.0.1:'), admin: { email, password }, apiKey };
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts Sportello the way `npm start` does (the server entry, after the web
 * build), on a temporary data directory and a free port, and resolves once it
 * printed its address and the demo admin's credentials.
 */
export async function startSportello(options: { env?: Record<string, string> } = {}): Promise<RunningSportello> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'sportello-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: SERVER_DIR,
    env: environmentFor(dataDir, options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // A test run that ends abruptly must not leave a server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
    }
    process.off('exit', killOnExit);
    await rm(dataDir, { recursive: true, force: true });
  };

  const banner = await new Promise<NonNullable<ReturnType<typeof parseStartBanner>>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Sportello did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    const check = () => {
      const parsed = parseStartBanner(output);
      if (!parsed) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve(parsed);
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Sportello exited (${code}) before it was ready:\n${output}`));
    });
  }).catch(async (err: unknown) => {
    await stop();
    throw err;
  });

  return {
    ...banner,
    async api<T>(pathname: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
      const response = await fetch(new URL(pathname, banner.url), {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: { authorization: `Bearer ${banner.apiKey}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${pathname} → ${response.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    output: () => output,
    stop,
  };
}
