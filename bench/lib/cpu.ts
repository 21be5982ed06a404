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
 * CPU seconds used so far by each local PostgreSQL process (backends include
 * what their own exited children used). Empty when PostgreSQL runs where this
 * process cannot see it (another host or container).
 */
export function postgresCpuByPid(): Map<number, number> {
  const byPid = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return byPid;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (stat?.comm === 'postgres') byPid.set(Number(entry), stat.own);
  }
  return byPid;
}

/** CPU seconds the whole machine has spent busy (all cores, everything but idle and iowait). */
export function machineBusySeconds(): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return (total - idle) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export interface CpuSnapshot {
  at: number;
  server: number | null;
  loadGenerator: number | null;
  postgres: Map<number, number>;
  machine: number | null;
}

export function cpuSnapshot(serverPid: number | undefined, loadPid: number | undefined): CpuSnapshot {
  return {
    at: performance.now(),
    server: processCpuSeconds(serverPid),
    loadGenerator: processCpuSeconds(loadPid),
    postgres: postgresCpuByPid(),
    machine: machineBusySeconds(),
  };
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * CPU used between two snapshots, in seconds and as cores kept busy on
 * average. `databasePids` are the PostgreSQL backends serving the database
 * under test: their share is told apart from the rest of PostgreSQL, which may
 * be busy with other databases.
 */
export function cpuBetween(a: CpuSnapshot, b: CpuSnapshot, databasePids: number[] = []): Record<string, unknown> {
  const wall = (b.at - a.at) / 1000;
  const diff = (x: number | null, y: number | null) => (x === null || y === null ? null : Math.max(0, y - x));
  const server = diff(a.server, b.server);
  const loadGenerator = diff(a.loadGenerator, b.loadGenerator);
  const seen = b.postgres.size > 0;
  const pgDelta = (pid: number) => Math.max(0, (b.postgres.get(pid) ?? 0) - (a.postgres.get(pid) ?? 0));
  // Backends that exited meanwhile show up in their parent's children time, hence max(0, …) per process.
  const postgresAll = seen ? sum([...b.postgres.keys()].map(pgDelta)) : null;
  const postgresDatabase = seen && databasePids.length > 0 ? sum(databasePids.map(pgDelta)) : null;
  const machine = diff(a.machine, b.machine);
  const ours = (server ?? 0) + (loadGenerator ?? 0) + (postgresAll ?? 0);
  // What the rest of the machine (other programs) took meanwhile.
  const others = machine === null ? null : Math.max(0, machine - ours);
  const cores = (s: number | null) => (s === null || wall <= 0 ? null : round(s / wall, 2));
  return {
    wallSeconds: round(wall, 3),
    seconds: {
      server: round(server, 2),
      loadGenerator: round(loadGenerator, 2),
      postgresThisDatabase: round(postgresDatabase, 2),
      postgresAll: round(postgresAll, 2),
      otherProcesses: round(others, 2),
    },
    coresBusy: {
      server: cores(server),
      loadGenerator: cores(loadGenerator),
      postgresThisDatabase: cores(postgresDatabase),
      postgresAll: cores(postgresAll),
      otherProcesses: cores(others),
      machine: cores(machine),
    },
  };
}

export function round(value: number | null, digits = 1): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
