import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Linux reports process times in clock ticks; 100 per second on every common kernel build. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  comm: string;
  ppid: number;
  /** utime + stime, seconds. */
  own: number;
  /** cutime + cstime (reaped children), seconds. */
  children: number;
}

function readStat(pid: number | string): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < 0) return undefined;
  // Fields after the command name start with the state (field 3 of proc(5)).
  const rest = text.slice(close + 2).split(' ');
  const n = (i: number) => Number(rest[i] ?? 0);
  return { comm: text.slice(open + 1, close), ppid: n(1), own: (n(11) + n(12)) / TICKS_PER_SECOND, children: (n(13) + n(14)) / TICKS_PER_SECOND };
}

/** CPU seconds (user + system) one process has used so far; null when it is gone or /proc is missing. */
export function processCpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  return readStat(pid)?.own ?? null;
}

/**
 * CPU seconds used so far by the local PostgreSQL: every `postgres` process,
 * plus what exited backends left on their parent. Null when PostgreSQL runs
 * where this process cannot see it (another host or container).
 */
export function postgresCpuSeconds(): number | null {
  let total = 0;
  let seen = false;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (!stat || stat.comm !== 'postgres') continue;
    seen = true;
    total += stat.own + stat.children;
  }
  return seen ? total : null;
}

export interface CpuSnapshot {
  at: number;
  server: number | null;
  loadGenerator: number | null;
  postgres: number | null;
}

export function cpuSnapshot(serverPid: number | undefined, loadPid: number | undefined): CpuSnapshot {
  return { at: performance.now(), server: processCpuSeconds(serverPid), loadGenerator: processCpuSeconds(loadPid), postgres: postgresCpuSeconds() };
}

/** CPU used between two snapshots, in seconds and as cores kept busy on average. */
export function cpuBetween(a: CpuSnapshot, b: CpuSnapshot): Record<string, unknown> {
  const wall = (b.at - a.at) / 1000;
  const diff = (x: number | null, y: number | null) => (x === null || y === null ? null : Math.max(0, y - x));
  const server = diff(a.server, b.server);
  const loadGenerator = diff(a.loadGenerator, b.loadGenerator);
  const postgres = diff(a.postgres, b.postgres);
  const cores = (s: number | null) => (s === null || wall <= 0 ? null : round(s / wall, 2));
  return {
    wallSeconds: round(wall, 3),
    seconds: { server: round(server, 2), loadGenerator: round(loadGenerator, 2), postgres: round(postgres, 2) },
    coresBusy: { server: cores(server), loadGenerator: cores(loadGenerator), postgres: cores(postgres) },
  };
}

export function round(value: number | null, digits = 1): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
