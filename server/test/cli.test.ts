import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { apiClient, eventually, testDatabaseKind } from './harness.ts';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const dataDir = mkdtempSync(path.join(tmpdir(), 'sportello-cli-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, 'src/main.ts', ...args], { cwd: serverDir, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `sportello start` and resolves once it printed its banner. */
function start(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [tsxCli, 'src/main.ts', 'start'], { cwd: serverDir, env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' } });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 60_000);
    child.stdout!.on('data', () => {
      if (out.includes('Sportello is running') && /\n\s*\n$/.test(out)) {
        clearTimeout(timer);
        resolve({ child, output: () => out });
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

const stop = (child: ChildProcess) => new Promise<void>((resolve) => {
  child.once('exit', () => resolve());
  child.kill('SIGTERM');
});

// These tests drive real processes on PGlite data directories; once is enough.
describe.runIf(testDatabaseKind === 'pglite')('the sportello command', () => {
  it('creates an account with a sandbox channel and prints one JSON line', async () => {
    const result = await run(['account:create', '--name', 'Acme Srl', '--email', 'cli@example.test', '--password', 'long-enough-pw', '--sandbox', '--json']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const created = JSON.parse(lines[0]!);
    expect(created).toEqual({
      accountId: expect.any(String),
      userId: expect.any(String),
      apiKey: expect.stringMatching(/^spk_/),
      channel: { id: expect.any(String), phoneNumberId: expect.stringMatching(/^\d+$/), wabaId: expect.stringMatching(/^\d+$/), verifyToken: expect.any(String), appSecret: expect.any(String) },
    });
    const withoutChannel = await run(['account:create', '--name', 'Beta', '--email', 'beta@example.test', '--password', 'long-enough-pw', '--json']);
    expect(JSON.parse(withoutChannel.stdout).channel).toBeUndefined();
  });

  it('refuses bad flags and a taken e-mail with a clear message and a non-zero exit', async () => {
    const missing = await run(['account:create', '--name', 'X', '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/email/);
    const taken = await run(['account:create', '--name', 'Again', '--email', 'cli@example.test', '--password', 'long-enough-pw', '--json']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/already exists/);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  // Two cold starts of a real process, each allowed a minute like the waits inside.
  it('starts, serves the accounts created offline with their sandbox number, and seeds a demo account only on an empty database', { timeout: 150_000 }, async () => {
    // The data directory already has accounts from the tests above: no demo account.
    const port = 20000 + Math.floor(Math.random() * 20000);
    const { child, output } = await start(port);
    expect(output()).not.toContain('demo account was created');
    const url = `http://127.0.0.1:${port}`;
    expect((await apiClient(url).get('/healthz')).body).toEqual({ status: 'ok' });
    const numbers = await apiClient(`${url}/sandbox`).get('/v1/phone-numbers');
    expect(numbers.body.data.length).toBeGreaterThanOrEqual(1);
    await stop(child);

    const fresh = mkdtempSync(path.join(tmpdir(), 'sportello-demo-'));
    try {
      const demoPort = port + 1;
      const demo = spawn(process.execPath, [tsxCli, 'src/main.ts', 'start'], { cwd: serverDir, env: { ...process.env, DATA_DIR: fresh, PORT: String(demoPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn' } });
      children.push(demo);
      let out = '';
      demo.stdout!.on('data', (d) => (out += d));
      await eventually(async () => out.includes('API key:'), 60_000, 'the demo banner');
      const email = /e-mail:\s+(\S+)/.exec(out)![1]!;
      const password = /password:\s+(\S+)/.exec(out)![1]!;
      const login = await apiClient(`http://127.0.0.1:${demoPort}`).post('/api/v1/auth/login', { email, password });
      expect(login.status).toBe(200);
      await stop(demo);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
