import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The repository root: children run from here so that `--import tsx` resolves. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const running = new Set<ChildProcess>();
const cleanups: Array<() => Promise<void>> = [];
let cleaningUp: Promise<void> | undefined;

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 23)}] ${message}\n`);
}

/** Runs a TypeScript entry point in its own Node process (one process: its pid is the one doing the work). */
export function spawnTs(script: string, args: string[], options: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions; nodeArgs?: string[] } = {}): ChildProcess {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Copies a child's output lines to our stderr with a prefix; `keep` filters the lines shown. */
export function relayOutput(child: ChildProcess, prefix: string, keep: (line: string) => boolean = () => true): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      if (keep(line)) process.stderr.write(`[${prefix}] ${line}\n`);
    });
  }
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export function waitForExit(child: ChildProcess): Promise<number | null> {
  if (hasExited(child)) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** SIGTERM, then SIGKILL if the child is still there after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (hasExited(child)) return;
  const exited = waitForExit(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (!hasExited(child)) child.kill('SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

/** Registers work to do when the benchmark ends, fails or is interrupted (run last-registered first). */
export function onCleanup(work: () => Promise<void>): void {
  cleanups.push(work);
}

/** Stops every child this process started, then runs the registered clean-ups. Idempotent. */
export function cleanupAll(): Promise<void> {
  cleaningUp ??= (async () => {
    await Promise.all([...running].map((child) => stopChild(child).catch(() => undefined)));
    for (const work of cleanups.reverse()) {
      try {
        await work();
      } catch (err) {
        log(`clean-up step failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  })();
  return cleaningUp;
}

/** A TCP port that is free on the loopback interface right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200; fails early if the child exits or after `timeoutMs`. */
export async function waitForHealthy(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) throw new Error(`the process serving ${url} exited with code ${String(child.exitCode ?? child.signalCode)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000} s`);
}

/** Runs a TypeScript command to completion and returns its stdout. */
export async function runTs(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawnTs(script, args, { env });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await waitForExit(child);
  if (code !== 0) throw new Error(`${script} ${args[0] ?? ''} exited with ${String(code)}: ${stderr.trim()}`);
  return stdout;
}
