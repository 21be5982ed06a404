import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../server/src/db/client.ts';
import { serializeLikeMeta, signHubSignature } from '../server/src/lib/hub-signature.ts';
import type { Definition } from '../server/src/modules/automations/definition.ts';
import { advance } from '../server/src/modules/automations/engine/advance.ts';
import { insertRuns, timelineRows, type NewRun } from '../server/src/modules/automations/engine/runs.ts';
import { newRunState, type RunState, type VisitChange } from '../server/src/modules/automations/engine/state.ts';
import { parseDefinition } from '../server/src/modules/automations/validate.ts';
import { sampleActivity, type ActivityReport } from './lib/activity.ts';
import { cpuBetween, cpuSnapshot, processCpuSeconds, round } from './lib/cpu.ts';
import { createBenchDatabase } from './lib/database.ts';
import { benchAdminUrl, intEnv } from './lib/env.ts';
import { processMemory, sampleMemory, type MemorySummary } from './lib/memory.ts';
import { buildBodies, customerWaId, type BenchBody } from './lib/payloads.ts';
import { freePort, log, onCleanup, relayOutput, runTs, spawnTs, stopChild, waitForExit, waitForHealthy } from './lib/processes.ts';
import type { LatencySummary } from './lib/stats.ts';

const SERVER_ENTRY = 'server/src/main.ts';
const API = '/api/v1';
const WEBHOOK_PATH = '/webhooks/whatsapp';
/** The benchmark's own connections, left out of the database's CPU share and of the activity samples. */
const APPLICATION_NAME = 'sportello-bench';
const TARGETS = { runsStartedPerSecond: 1000, timeoutLagP99Seconds: 2, rssGrowthMb: 32 };

/** The reply wait of the waiting-runs automation: runs that started up to a day ago are all still waiting. */
const WAIT_TIMEOUT = 'PT24H';
const WAIT_TIMEOUT_MS = 24 * 3600 * 1000;

type FlowName = 'message' | 'internal';

interface Settings {
  adminUrl: string;
  messages: number;
  concurrency: number;
  flows: FlowName[];
  effectRuns: number;
  waiting: number;
  expiring: number;
  windowSeconds: number;
  drainTimeoutSeconds: number;
  seed: number;
}

function readSettings(): Settings {
  const raw = process.env.AUTOMATION_BENCH_FLOWS || 'message,internal';
  const flows = raw === 'none' ? [] : raw.split(',').map((f) => f.trim());
  for (const f of flows) if (f !== 'message' && f !== 'internal') throw new Error(`AUTOMATION_BENCH_FLOWS takes message and/or internal (or none), not "${f}"`);
  const waiting = intEnv('AUTOMATION_BENCH_WAITING', 1_000_000, 1);
  const expiring = intEnv('AUTOMATION_BENCH_EXPIRING', Math.min(100_000, waiting), 1);
  if (expiring > waiting) throw new Error('AUTOMATION_BENCH_EXPIRING cannot exceed AUTOMATION_BENCH_WAITING');
  return {
    adminUrl: benchAdminUrl(),
    messages: intEnv('AUTOMATION_BENCH_MESSAGES', 10_000, 1),
    concurrency: intEnv('AUTOMATION_BENCH_CONCURRENCY', 64, 1),
    flows: flows as FlowName[],
    effectRuns: intEnv('AUTOMATION_BENCH_EFFECT_RUNS', 5_000, 0),
    waiting,
    expiring,
    windowSeconds: intEnv('AUTOMATION_BENCH_WINDOW_S', 60, 1),
    drainTimeoutSeconds: intEnv('AUTOMATION_BENCH_DRAIN_TIMEOUT_S', 600, 1),
    seed: intEnv('BENCH_SEED', 1),
  };
}

// ---- the automations ---------------------------------------------------------------

/** A dynamic field the flows write (set_field needs a defined field). */
const FIELD = { key: 'LAST_REQUEST', label: 'Last request', type: 'text' };

/** (a) Three steps started by a phrase: one sends a WhatsApp message (a Graph call after commit), or all three stay inside Sportello. */
const FLOWS: Record<FlowName, { phrase: string; definition: unknown }> = {
  message: {
    phrase: 'INFO',
    definition: {
      trigger: { type: 'message_phrase', phrase: 'INFO' },
      start: 'hello',
      steps: {
        hello: { type: 'send_message', message: { type: 'text', text: 'Hi %%FIRST_NAME%%, here is what you asked for.' }, next: 'tag' },
        tag: { type: 'add_tag', tag: 'info-requested', next: 'field' },
        field: { type: 'set_field', field: FIELD.key, value: 'INFO' },
      },
    },
  },
  internal: {
    phrase: 'PING',
    definition: {
      trigger: { type: 'message_phrase', phrase: 'PING' },
      start: 'tag',
      steps: {
        tag: { type: 'add_tag', tag: 'pinged', next: 'list' },
        list: { type: 'add_to_list', list: 'Pinged', next: 'field' },
        field: { type: 'set_field', field: FIELD.key, value: 'PING' },
      },
    },
  },
};

/** (c) Five internal effects in a row, started through the engine's own insert (the api trigger). */
const CHAIN = {
  trigger: { type: 'api' },
  start: 'a',
  steps: {
    a: { type: 'add_tag', tag: 'chain-a', next: 'b' },
    b: { type: 'set_field', field: FIELD.key, value: 'CHAIN', next: 'c' },
    c: { type: 'add_to_list', list: 'Chain', next: 'd' },
    d: { type: 'remove_tag', tag: 'chain-a', next: 'e' },
    e: { type: 'add_tag', tag: 'chain-b' },
  },
};

/** (b) The CONTRACT example's shape: a question, a reply wait, a tag either way (no Graph call on expiry). */
const WAITING = {
  trigger: { type: 'message_phrase', phrase: 'WAIT' },
  start: 'ask',
  steps: {
    ask: { type: 'send_message', message: { type: 'text', text: 'Can we help you with your order?' }, next: 'wait' },
    wait: { type: 'customer_response', timeout: WAIT_TIMEOUT, next: 'engaged', noResponse: 'silent' },
    engaged: { type: 'add_tag', tag: 'engaged' },
    silent: { type: 'add_tag', tag: 'silent' },
  },
};

// ---- HTTP -----------------------------------------------------------------------------

async function call(baseUrl: string, method: string, pathname: string, apiKey: string | null, body?: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}${pathname}`, {
    method,
    headers: { ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${pathname} answered ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

async function createAutomation(baseUrl: string, apiKey: string, name: string, definition: unknown): Promise<string> {
  const created = (await call(baseUrl, 'POST', `${API}/automations`, apiKey, { name, definition })) as { id: string };
  await call(baseUrl, 'POST', `${API}/automations/${created.id}/activate`, apiKey);
  return created.id;
}

// ---- processes and sampling ------------------------------------------------------------

interface Server {
  pid: number | undefined;
  baseUrl: string;
  stop(): Promise<void>;
}

async function startServer(env: NodeJS.ProcessEnv, label: string): Promise<Server> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // BENCH_CPU_PROFILE=DIR leaves a V8 CPU profile of each Sportello process there when it stops.
  const profileDir = process.env.BENCH_CPU_PROFILE ? path.resolve(process.env.BENCH_CPU_PROFILE) : undefined;
  const child = spawnTs(SERVER_ENTRY, ['start'], {
    env: { ...env, PORT: String(port) },
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, label)}`] : [],
  });
  relayOutput(child, label, (line) => line.startsWith('{'));
  log(`starting Sportello on ${baseUrl} (pid ${String(child.pid)})`);
  await waitForHealthy(`${baseUrl}/healthz`, child);
  return { pid: child.pid, baseUrl, stop: () => stopChild(child) };
}

/** The WhatsApp simulator's process, standing in for Meta: its CPU is reported apart from Sportello's. */
let sandboxPid: number | undefined;

/** CPU of the server, of the simulator and of PostgreSQL, and pg_stat_activity, between start and stop. */
function meter(serverPid: number | undefined, observer: pg.Client, database: string) {
  const before = cpuSnapshot(serverPid, undefined);
  const sandboxBefore = processCpuSeconds(sandboxPid);
  const activity = sampleActivity(observer, database, { excludeApplication: APPLICATION_NAME });
  return {
    async stop(): Promise<{ cpu: Record<string, unknown>; dbActivity: ActivityReport }> {
      const after = cpuSnapshot(serverPid, undefined);
      const sandboxAfter = processCpuSeconds(sandboxPid);
      const { rows } = await observer.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name <> $2', [
        database,
        APPLICATION_NAME,
      ]);
      const cpu = cpuBetween(before, after, rows.map((r) => r.pid));
      // The simulator is one of the machine's other processes; shown on its own, it is taken out of them.
      const wall = (after.at - before.at) / 1000;
      const sandbox = sandboxBefore !== null && sandboxAfter !== null ? sandboxAfter - sandboxBefore : null;
      const seconds = cpu.seconds as Record<string, number | null>;
      const cores = cpu.coresBusy as Record<string, number | null>;
      if (sandbox !== null && wall > 0) {
        seconds.sandbox = round(sandbox, 2);
        cores.sandbox = round(sandbox / wall, 2);
        if (seconds.otherProcesses !== null) seconds.otherProcesses = round(Math.max(0, seconds.otherProcesses! - sandbox), 2);
        if (cores.otherProcesses !== null) cores.otherProcesses = round(Math.max(0, cores.otherProcesses! - sandbox / wall), 2);
      }
      return { cpu, dbActivity: await activity.stop() };
    },
  };
}

interface LoadResult {
  requests: number;
  ok: number;
  nonOk: number;
  errors: number;
  firstError: string | null;
  okTotal: number;
  failedIndices: number[];
  seconds: number;
  acceptedPerSecond: number;
  latencyMs: LatencySummary;
}

/** Posts pre-signed bodies from a separate process (bench/load.ts) at a fixed concurrency. */
async function postWebhooks(url: string, file: string, concurrency: number): Promise<LoadResult> {
  const child = spawnTs('bench/load.ts', ['--url', url, '--file', file, '--concurrency', String(concurrency), '--warmup', '0']);
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => process.stderr.write(chunk));
  const code = await waitForExit(child);
  if (code !== 0) throw new Error(`the load generator exited with ${String(code)}`);
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as LoadResult;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `done` answers true or the time is up; true when done. */
async function until(done: () => Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return true;
    if (Date.now() > deadline) return false;
    await sleep(everyMs);
  }
}

/** Waits until every stored webhook is processed and every event dispatched. */
async function drainPipeline(pool: pg.Pool, timeoutMs: number): Promise<boolean> {
  return until(async () => {
    const { rows } = await pool.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM webhook_receipts WHERE processed_at IS NULL) + (SELECT count(*) FROM events WHERE dispatched_at IS NULL) AS n`,
    );
    return Number(rows[0]!.n) === 0;
  }, timeoutMs);
}

// ---- (a) runs started by inbound messages ----------------------------------------------

/**
 * Every customer says hello through the simulator first, as customers who
 * wrote earlier today: the simulator, like Meta, delivers a free-form reply
 * only inside the 24-hour window it saw the customer open. Also warms the
 * server up.
 */
async function openWindows(sandboxUrl: string, phoneNumberId: string, customers: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < customers; i = next++) {
      await call(sandboxUrl, 'POST', '/v1/inbound', null, { phoneNumberId, from: `+${customerWaId(i, customers)}`, name: `Cliente ${i}`, text: 'Hello' });
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

/** The ingest benchmark's inbound webhooks, with the text replaced by the phrase and signed again. */
function phraseBodies(options: { count: number; phrase: string; channel: Parameters<typeof buildBodies>[0]['channel']; runTag: string; seed: number }): BenchBody[] {
  const bodies = buildBodies({
    total: options.count,
    messageShare: 1,
    seeded: [],
    channel: options.channel,
    customers: options.count,
    knownCustomers: options.count,
    runTag: options.runTag,
    seed: options.seed,
  });
  return bodies.map((b) => {
    const payload = JSON.parse(b.body) as { entry: Array<{ changes: Array<{ value: { messages: Array<{ text: { body: string } }> } }> }> };
    payload.entry[0]!.changes[0]!.value.messages[0]!.text.body = options.phrase;
    const body = serializeLikeMeta(payload);
    return { ...b, body, signature: signHubSignature(body, options.channel.appSecret) };
  });
}

interface PercentileRow {
  p50: number | null;
  p99: number | null;
  max: number | null;
}

const pct = (column: string) =>
  `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${column}) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ${column}) AS p99, max(${column}) AS max`;

const seconds3 = (r: PercentileRow) => ({ p50: round(num(r.p50), 3), p99: round(num(r.p99), 3), max: round(num(r.max), 3) });
/** numeric columns arrive as strings. */
const num = (value: number | string | null) => (value === null ? null : Number(value));

async function runFlow(options: {
  flow: FlowName;
  automationId: string;
  server: Server;
  pool: pg.Pool;
  observer: pg.Client;
  database: string;
  channel: Parameters<typeof buildBodies>[0]['channel'];
  workDir: string;
  settings: Settings;
}): Promise<Record<string, unknown>> {
  const { flow, automationId, server, pool, settings } = options;
  const phrase = FLOWS[flow].phrase;
  const bodies = phraseBodies({ count: settings.messages, phrase, channel: options.channel, runTag: `${options.database}.${flow}`, seed: settings.seed });
  const file = path.join(options.workDir, `${flow}.ndjson`);
  writeFileSync(file, bodies.map((b) => JSON.stringify({ b: b.body, s: b.signature })).join('\n') + '\n');

  log(`(a) ${flow}: posting ${bodies.length} signed "${phrase}" webhooks at concurrency ${settings.concurrency}`);
  const metering = meter(server.pid, options.observer, options.database);
  const phaseStart = new Date();
  const load = await postWebhooks(`${server.baseUrl}${WEBHOOK_PATH}`, file, settings.concurrency);
  log(`(a) ${flow}: ${load.acceptedPerSecond} webhooks/s accepted (p99 ${load.latencyMs.p99} ms); waiting for the runs`);
  const expected = load.okTotal;
  const finished = await until(async () => {
    const { rows } = await pool.query<{ total: string; live: string }>(
      `SELECT count(*) AS total, count(*) FILTER (WHERE status IN ('running', 'waiting')) AS live FROM automation_runs WHERE automation_id = $1`,
      [automationId],
    );
    return Number(rows[0]!.total) >= expected && Number(rows[0]!.live) === 0;
  }, settings.drainTimeoutSeconds * 1000);
  const phaseEnd = new Date();
  const measured = await metering.stop();
  log(`(a) ${flow}: ${finished ? 'all runs ended' : `not all runs ended within ${settings.drainTimeoutSeconds} s`}`);

  const { rows } = await pool.query<{
    runs: string;
    completed: string;
    failed: string;
    first_start: Date;
    last_start: Date;
    last_end: Date;
    first_reason: string | null;
  }>(
    `SELECT count(*) AS runs, count(*) FILTER (WHERE status = 'completed') AS completed, count(*) FILTER (WHERE status = 'failed') AS failed,
            min(started_at) AS first_start, max(started_at) AS last_start, max(ended_at) AS last_end,
            min(reason) FILTER (WHERE status = 'failed') AS first_reason
       FROM automation_runs WHERE automation_id = $1`,
    [automationId],
  );
  const r = rows[0]!;
  const runs = Number(r.runs);
  const completed = Number(r.completed);
  const startSpan = (r.last_start.getTime() - r.first_start.getTime()) / 1000;
  const endSpan = (r.last_end.getTime() - r.first_start.getTime()) / 1000;
  const lag = await pool.query<PercentileRow & { kind: string }>(
    `SELECT 'messageToStart' AS kind, ${pct('extract(epoch FROM r.started_at - m.created_at)')}
       FROM automation_runs r JOIN messages m ON m.id = (r.state -> 'data' ->> 'MESSAGE_ID')::uuid
      WHERE r.automation_id = $1
     UNION ALL
     SELECT 'startToEnd', ${pct('extract(epoch FROM r.ended_at - r.started_at)')} FROM automation_runs r WHERE r.automation_id = $1
     UNION ALL
     SELECT 'webhookToEnd', ${pct(`extract(epoch FROM r.ended_at - $2::timestamptz)`)} FROM automation_runs r WHERE r.automation_id = $1`,
    [automationId, phaseStart.toISOString()],
  );
  const latency = Object.fromEntries(lag.rows.map((x) => [x.kind, seconds3(x)]));
  // Runs are inserted by the event consumer a batch at a time: how big the batches were and how far apart.
  const { rows: batchRows } = await pool.query<{ batches: string; size: string | null; gap: string | null }>(
    `SELECT count(*) AS batches, avg(n) AS size, extract(epoch FROM max(t) - min(t)) * 1000 / nullif(count(*) - 1, 0) AS gap
       FROM (SELECT started_at AS t, count(*) AS n FROM automation_runs WHERE automation_id = $1 GROUP BY started_at) x`,
    [automationId],
  );
  const startBatches = { count: Number(batchRows[0]!.batches), averageSize: round(num(batchRows[0]!.size), 1), averageGapMs: round(num(batchRows[0]!.gap), 0) };
  const sent =
    flow === 'message'
      ? (
          await pool.query<{ status: string; n: string }>(
            `SELECT status, count(*) AS n FROM messages WHERE direction = 'outbound' AND sent_by_type = 'automation' AND sent_by_id = $1 GROUP BY status`,
            [automationId],
          )
        ).rows.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x.status]: Number(x.n) }), {})
      : undefined;
  const sendFailures =
    flow === 'message'
      ? (
          await pool.query<{ error_code: number | null; error_title: string | null; error_detail: string | null; n: string }>(
            `SELECT error_code, error_title, error_detail, count(*) AS n FROM messages
              WHERE direction = 'outbound' AND sent_by_id = $1 AND status = 'failed' GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 3`,
            [automationId],
          )
        ).rows.map((x) => ({ code: x.error_code, title: x.error_title, detail: x.error_detail, count: Number(x.n) }))
      : [];
  // Jobs of the job queue not yet done when the runs are: the send queue's recovery jobs, one per message.
  const { rows: jobRows } = await pool.query<{ name: string; n: string }>(
    `SELECT name, count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') GROUP BY name ORDER BY name`,
  );
  const pendingJobs = Object.fromEntries(jobRows.map((j) => [j.name, Number(j.n)]));
  const steps = Object.values((FLOWS[flow].definition as { steps: Record<string, { type: string }> }).steps).map((s) => s.type);
  return {
    flow,
    steps,
    webhooks: { posted: load.requests, acceptedPerSecond: load.acceptedPerSecond, latencyMs: load.latencyMs, nonOk: load.nonOk, errors: load.errors },
    runs,
    completed,
    failed: Number(r.failed),
    ...(r.first_reason ? { firstFailure: r.first_reason } : {}),
    allEnded: finished,
    runsStartedPerSecond: startSpan > 0 ? Math.round(runs / startSpan) : null,
    runsCompletedPerSecond: endSpan > 0 ? Math.round(completed / endSpan) : null,
    effectsPerSecond: endSpan > 0 ? Math.round((completed * steps.length) / endSpan) : null,
    endToEndRunsPerSecond: Math.round(completed / ((r.last_end.getTime() - phaseStart.getTime()) / 1000)),
    seconds: { posting: load.seconds, firstToLastStart: round(startSpan, 2), firstStartToLastEnd: round(endSpan, 2), phase: round((phaseEnd.getTime() - phaseStart.getTime()) / 1000, 2) },
    latencySeconds: latency,
    startBatches,
    pendingJobs,
    ...(sent ? { outboundMessages: sent } : {}),
    ...(sendFailures.length > 0 ? { sendFailures } : {}),
    cpu: measured.cpu,
    dbActivity: measured.dbActivity,
  };
}

// ---- (c) internal effects per second ---------------------------------------------------

async function runEffects(options: {
  dbUrl: string;
  accountId: string;
  automationId: string;
  server: Server;
  pool: pg.Pool;
  observer: pg.Client;
  database: string;
  settings: Settings;
}): Promise<Record<string, unknown>> {
  const { pool, automationId, settings } = options;
  const contacts = await pool.query<{ id: string }>(`SELECT id FROM contacts WHERE account_id = $1 ORDER BY phone LIMIT $2`, [options.accountId, settings.effectRuns]);
  const engineDb = await openDatabase({ kind: 'postgres', url: options.dbUrl, poolSize: 1 });
  const metering = meter(options.server.pid, options.observer, options.database);
  const started = performance.now();
  try {
    // The engine's own insert (as the api trigger and the event consumer use it), 2,000 runs a transaction.
    for (let i = 0; i < contacts.rows.length; i += 2000) {
      const batch: NewRun[] = contacts.rows.slice(i, i + 2000).map((c) => ({
        accountId: options.accountId,
        automationId,
        version: 1,
        contactId: c.id,
        triggerType: 'api',
        triggerKey: `api:${randomUUID()}`,
        data: {},
        depth: 0,
      }));
      await engineDb.transaction((tx) => insertRuns(tx, batch, new Date()));
    }
  } finally {
    await engineDb.close();
  }
  const insertSeconds = (performance.now() - started) / 1000;
  log(`(c) inserted ${contacts.rows.length} runs of ${Object.keys(CHAIN.steps).length} internal effects in ${insertSeconds.toFixed(1)} s; waiting for them`);
  const finished = await until(async () => {
    const { rows } = await pool.query<{ live: string }>(`SELECT count(*) AS live FROM automation_runs WHERE automation_id = $1 AND status IN ('running', 'waiting')`, [
      automationId,
    ]);
    return Number(rows[0]!.live) === 0;
  }, settings.drainTimeoutSeconds * 1000);
  const measured = await metering.stop();
  const { rows } = await pool.query<{ effects: string; runs: string; failed: string; first: Date; last: Date }>(
    `SELECT count(*) FILTER (WHERE s.status = 'completed') AS effects, count(DISTINCT s.run_id) AS runs,
            (SELECT count(*) FROM automation_runs WHERE automation_id = $1 AND status = 'failed') AS failed,
            min(s.entered_at) AS first, max(s.finished_at) AS last
       FROM automation_run_steps s WHERE s.automation_id = $1`,
    [automationId],
  );
  const r = rows[0]!;
  const span = (r.last.getTime() - r.first.getTime()) / 1000;
  log(`(c) ${r.effects} effects in ${span.toFixed(1)} s`);
  return {
    steps: Object.values(CHAIN.steps).map((s) => s.type),
    runs: Number(r.runs),
    failed: Number(r.failed),
    allEnded: finished,
    effects: Number(r.effects),
    effectsPerSecond: span > 0 ? Math.round(Number(r.effects) / span) : null,
    runsPerSecond: span > 0 ? Math.round(Number(r.runs) / span) : null,
    seconds: round(span, 2),
    cpu: measured.cpu,
    dbActivity: measured.dbActivity,
  };
}

// ---- (b) a million waiting runs ---------------------------------------------------------

interface TimelineRow {
  seq: number;
  step_id: string;
  status: string;
  outcome: string | null;
  reason: string | null;
  entered_at: string | null;
  finished_at: string | null;
}

/**
 * What the executor stores for a run of WAITING started by a customer's
 * "WAIT" at `at`: the event consumer's run data, the start and the message
 * step applied in one transaction (the pure `advance`, the send_message
 * effect's output), and the timeline changes folded per visit as `saveVisits`
 * folds them.
 */
function waitingRunAt(definition: Definition, at: Date, ids: { messageId: string; sentId: string }): { state: RunState; timeline: TimelineRow[] } {
  // The run data of a message_phrase start (AutomationEngine.onMessage).
  const data = { MESSAGE: 'WAIT', LAST_MESSAGE: 'WAIT', MESSAGE_ID: ids.messageId, BUTTON_ID: '', BUTTON_TITLE: '' };
  let state = newRunState(data);
  const visits: VisitChange[] = [];
  let result = advance(definition, state, { type: 'timer_fired' }, at);
  for (;;) {
    if (!result.applied) throw new Error('the waiting automation did not advance as expected');
    state = result.state;
    visits.push(...result.visits);
    const effect = result.effects[0];
    if (!effect) break;
    if (effect.kind !== 'send_message') throw new Error(`unexpected effect ${effect.kind}`);
    result = advance(definition, state, { type: 'effect_done', key: effect.key, result: { ok: true, output: { LAST_SENT_MESSAGE_ID: ids.sentId } } }, at);
  }
  if (state.phase !== 'reply') throw new Error(`the waiting automation should wait for a reply, not be in phase ${state.phase}`);
  return { state, timeline: timelineRows(visits) };
}

/** Sentinels in the template that each seeded row replaces with its own values. */
const SENTINEL = {
  at: '2001-02-03T04:05:06.789Z',
  messageId: '00000000-0000-7000-8000-0000000000a1',
  sentId: '00000000-0000-7000-8000-0000000000b2',
};

/** A UUIDv7 (as `newId()` makes them) for the time `ts`: the time in the first 48 bits, random bits after. */
const uuid7 = (ts: string) => `(lpad(to_hex((extract(epoch FROM ${ts}) * 1000)::bigint), 12, '0') || '7' || substr(replace(gen_random_uuid()::text, '-', ''), 14))::uuid`;
/** `Date.prototype.toISOString()` in SQL. */
const iso = (ts: string) => `to_char((${ts}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Contacts who wrote "WAIT", and their runs waiting for a reply with the
 * engine's state and timeline: rows lo..hi-1, the i-th started at
 * `firstStart + (i - lo) * stepMs`. One statement per batch.
 */
const SEED_WAITING = `
WITH t AS MATERIALIZED (
  SELECT i, date_trunc('milliseconds', $5::timestamptz + (i - $3) * $6::float8 * interval '1 millisecond') AS started
    FROM generate_series($3::int, $4::int - 1) AS i
), g AS MATERIALIZED (
  SELECT i, started, started + $7::float8 * interval '1 millisecond' AS due,
         ${uuid7('started')} AS contact_id, ${uuid7('started')} AS run_id, ${uuid7('started')} AS event_id,
         ${uuid7('started')} AS message_id, ${uuid7('started')} AS sent_id, ${iso('started')} AS started_iso,
         ${iso(`started + $7::float8 * interval '1 millisecond'`)} AS due_iso
    FROM t
), c AS (
  INSERT INTO contacts (id, account_id, phone, name, last_inbound_at, last_message_at, created_at, updated_at)
  SELECT contact_id, $1, '+39335' || lpad(i::text, 7, '0'), 'Cliente ' || i, started, started, started, started FROM g
), r AS (
  INSERT INTO automation_runs (id, account_id, automation_id, version, contact_id, status, current_step, waiting_for, wake_at, revision, state,
                               depth, trigger_type, trigger_key, reason, started_at, ended_at)
  SELECT run_id, $1, $2, 1, contact_id, $11, $12, $13, due, 1,
         replace(replace(replace(replace($8::text, $10::text, started_iso), $14::text, due_iso), '${SENTINEL.messageId}', message_id::text),
                 '${SENTINEL.sentId}', sent_id::text)::jsonb,
         0, 'message_phrase', 'event:' || event_id, NULL, started, NULL
    FROM g
)
INSERT INTO automation_run_steps (account_id, run_id, automation_id, seq, step_id, status, outcome, reason, entered_at, finished_at)
SELECT $1, g.run_id, $2, v.seq, v.step_id, v.status, v.outcome, v.reason, v.entered_at, v.finished_at
  FROM g, LATERAL jsonb_to_recordset(replace($9::text, $10::text, g.started_iso)::jsonb)
       AS v(seq int, step_id text, status text, outcome text, reason text, entered_at timestamptz, finished_at timestamptz)`;

interface WaitingSeed {
  accountId: string;
  automationId: string;
  definition: Definition;
}

/** Seeds rows lo..hi-1 in batches on two connections; returns rows per second. */
async function seedWaiting(pool: pg.Pool, seed: WaitingSeed, lo: number, hi: number, firstStart: Date, stepMs: number, label: string): Promise<number> {
  const template = waitingRunAt(seed.definition, new Date(SENTINEL.at), { messageId: SENTINEL.messageId, sentId: SENTINEL.sentId });
  const due = new Date(new Date(SENTINEL.at).getTime() + WAIT_TIMEOUT_MS).toISOString();
  // The due time is the start plus the timeout: written from the start time, checked here once.
  if (template.state.wakeAt !== due || template.state.deadline !== due) throw new Error('the waiting state does not wake at its deadline');
  const timelineText = JSON.stringify(template.timeline);
  if (timelineText.includes(due)) throw new Error('the timeline of a waiting run names its due time: the seed does not replace it');
  const batch = 25_000;
  const started = performance.now();
  let next = lo;
  let done = 0;
  let lastLog = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      for (;;) {
        const from = next;
        if (from >= hi) return;
        const to = Math.min(hi, from + batch);
        next = to;
        const batchStart = new Date(firstStart.getTime() + (from - lo) * stepMs);
        await client.query(SEED_WAITING, [
          seed.accountId,
          seed.automationId,
          from,
          to,
          batchStart.toISOString(),
          stepMs,
          WAIT_TIMEOUT_MS,
          JSON.stringify(template.state),
          timelineText,
          SENTINEL.at,
          template.state.status,
          template.state.step,
          template.state.phase === 'reply' ? 'reply' : null,
          due,
        ]);
        done += to - from;
        if (done - lastLog >= 100_000 || done === hi - lo) {
          lastLog = done;
          log(`${label}: ${done}/${hi - lo} waiting runs`);
        }
      }
    } finally {
      client.release();
    }
  };
  await Promise.all([worker(), worker()]);
  return (hi - lo) / ((performance.now() - started) / 1000);
}

/** Recomputes one seeded run with the engine and compares state, columns and timeline with what was stored. */
async function checkSeededRun(pool: pg.Pool, definition: Definition, automationId: string): Promise<void> {
  const { rows } = await pool.query<{ id: string; status: string; current_step: string; waiting_for: string; wake_at: Date; revision: number; state: RunState; started_at: Date }>(
    `SELECT id, status, current_step, waiting_for, wake_at, revision, state, started_at FROM automation_runs WHERE automation_id = $1 AND status = 'waiting' LIMIT 1`,
    [automationId],
  );
  const row = rows[0];
  if (!row) throw new Error('no seeded run to check');
  const data = row.state.data as { MESSAGE_ID: string; LAST_SENT_MESSAGE_ID: string };
  const expected = waitingRunAt(definition, row.started_at, { messageId: data.MESSAGE_ID, sentId: data.LAST_SENT_MESSAGE_ID });
  const steps = await pool.query<TimelineRow & { entered_at: Date | null; finished_at: Date | null }>(
    `SELECT seq, step_id, status, outcome, reason, entered_at, finished_at FROM automation_run_steps WHERE run_id = $1 ORDER BY seq`,
    [row.id],
  );
  const stored = steps.rows.map((s) => ({ ...s, entered_at: s.entered_at?.toISOString() ?? null, finished_at: s.finished_at?.toISOString() ?? null }));
  const problems = [
    !isDeepStrictEqual(row.state, expected.state) && `state ${JSON.stringify(row.state)} ≠ ${JSON.stringify(expected.state)}`,
    row.status !== expected.state.status && 'status',
    row.current_step !== expected.state.step && 'current_step',
    row.waiting_for !== 'reply' && 'waiting_for',
    row.wake_at.toISOString() !== expected.state.wakeAt && 'wake_at',
    !isDeepStrictEqual(stored, expected.timeline) && `timeline ${JSON.stringify(stored)} ≠ ${JSON.stringify(expected.timeline)}`,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`a seeded run differs from what the engine stores: ${problems.join('; ')}`);
}

async function databaseSizeMb(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n');
  return round(Number(rows[0]!.n) / 1048576, 1)!;
}

async function tableSizesMb(pool: pg.Pool): Promise<Record<string, number | null>> {
  const { rows } = await pool.query<{ t: string; n: string }>(
    `SELECT t, pg_total_relation_size(t::regclass) AS n FROM unnest(ARRAY['automation_runs', 'automation_run_steps', 'contacts']) AS t`,
  );
  return Object.fromEntries(rows.map((r) => [r.t, round(Number(r.n) / 1048576, 1)]));
}

/**
 * A worker's RSS is sampled from this age on, for this long. V8 gives back
 * start-up memory some 20-40 s after start (when it sees the process idle),
 * so the floor of the window (min) is what the two workers are compared by.
 */
const RSS_SETTLE_MS = 20_000;
const RSS_SAMPLE_MS = 30_000;

async function idleRss(pid: number | undefined, ms: number): Promise<MemorySummary> {
  const sampler = sampleMemory(pid, 250);
  await sleep(ms);
  return sampler.stop();
}

/** RSS of an idle process `RSS_SETTLE_MS` after it became healthy (at `startedAt`), sampled for RSS_SAMPLE_MS or until `notAfter`. */
async function rssAtAge(pid: number | undefined, startedAt: number, notAfter = Infinity): Promise<MemorySummary & { ageSeconds: number }> {
  await sleep(Math.max(0, startedAt + RSS_SETTLE_MS - performance.now()));
  const ageSeconds = round((performance.now() - startedAt) / 1000, 1)!;
  const summary = await idleRss(pid, Math.max(2000, Math.min(RSS_SAMPLE_MS, notAfter - Date.now())));
  return { ...summary, ageSeconds };
}

async function runWaiting(options: {
  accountId: string;
  automationId: string;
  serverEnv: NodeJS.ProcessEnv;
  pool: pg.Pool;
  observer: pg.Client;
  database: string;
  settings: Settings;
}): Promise<Record<string, unknown>> {
  const { pool, settings, automationId } = options;
  const parsed = parseDefinition(WAITING);
  if (!parsed.ok) throw new Error(`the waiting automation is invalid: ${JSON.stringify(parsed.problems)}`);
  const seed: WaitingSeed = { accountId: options.accountId, automationId, definition: parsed.definition };

  // Two fresh worker processes, measured at the same age: one with no waiting runs, one with all of them.
  const workerEmpty = await startServer(options.serverEnv, 'worker-empty');
  const rssNone = await rssAtAge(workerEmpty.pid, performance.now());
  const sizeNone = await databaseSizeMb(pool);
  const tablesNone = await tableSizesMb(pool);
  await workerEmpty.stop();
  log(`(b) worker RSS with 0 waiting runs: ${rssNone.minMb}–${rssNone.maxMb} MiB; database ${sizeNone} MiB`);

  // Runs that started over the last 23 hours and wait up to a day: due between 1 and 24 hours from now.
  const longWaiting = settings.waiting - settings.expiring;
  const seedStarted = performance.now();
  let rate = 20_000;
  if (longWaiting > 0) {
    const from = new Date(Date.now() - 23 * 3600_000);
    rate = await seedWaiting(pool, seed, 0, longWaiting, from, (22 * 3600_000) / longWaiting, '(b) seeding');
    await pool.query('VACUUM (ANALYZE) contacts, automation_runs, automation_run_steps');
    log(`(b) seeded ${longWaiting} waiting runs at ${Math.round(rate)}/s, vacuumed and analysed in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`);
  }

  // The ones that expire: their day of waiting ends in one window, T0 … T0 + window. T0 leaves time to
  // insert them, then to start the second worker and measure it at the first one's age.
  const leadSeconds = Math.ceil((settings.expiring / rate) * 1.5) + 15 + (RSS_SETTLE_MS + RSS_SAMPLE_MS) / 1000 + 5;
  const t0 = new Date(Date.now() + leadSeconds * 1000);
  const windowMs = settings.windowSeconds * 1000;
  await seedWaiting(pool, seed, longWaiting, settings.waiting, new Date(t0.getTime() - WAIT_TIMEOUT_MS), windowMs / settings.expiring, '(b) seeding the expiring');
  const seededAt = Date.now();
  const seedSeconds = round((performance.now() - seedStarted) / 1000, 1);
  await checkSeededRun(pool, parsed.definition, automationId);
  const { rows: counted } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM automation_runs WHERE automation_id = $1 AND status = 'waiting'`, [automationId]);
  const waitingNow = Number(counted[0]!.n);
  const sizeWaiting = await databaseSizeMb(pool);
  const tablesWaiting = await tableSizesMb(pool);
  const insertedBeforeDue = seededAt < t0.getTime() - 3000;
  log(`(b) ${waitingNow} runs waiting; database ${sizeWaiting} MiB; the first timeout is due in ${((t0.getTime() - Date.now()) / 1000).toFixed(1)} s`);

  const worker = await startServer(options.serverEnv, 'worker');
  onCleanup(() => worker.stop());
  const rssWaiting = await rssAtAge(worker.pid, performance.now(), t0.getTime() - 1000);
  log(`(b) worker RSS with ${waitingNow} waiting runs: ${rssWaiting.minMb}–${rssWaiting.maxMb} MiB`);

  // The expiry: measured until every expiring run has taken its noResponse step.
  const metering = meter(worker.pid, options.observer, options.database);
  const memory = sampleMemory(worker.pid, 500);
  const expiredAll = await until(
    async () => {
      const { rows } = await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM automation_run_steps WHERE automation_id = $1 AND step_id = 'silent'`,
        [automationId],
      );
      return Number(rows[0]!.n) >= settings.expiring;
    },
    windowMs + (t0.getTime() - Date.now()) + settings.drainTimeoutSeconds * 1000,
    1000,
  );
  const rssExpiry = memory.stop();
  const measured = await metering.stop();
  log(`(b) ${expiredAll ? 'every expiring run took its noResponse step' : 'not every expiring run took its noResponse step in time'}`);
  const rssAfter = await idleRss(worker.pid, 5_000);

  // Lag: when the noResponse step was entered, minus the due time (the wait's start plus the timeout).
  const { rows: lagRows } = await pool.query<PercentileRow & { n: string; first: Date | null; last: Date | null; finish_p99: number | null }>(
    `SELECT count(*) AS n, ${pct('lag')}, percentile_cont(0.99) WITHIN GROUP (ORDER BY finish_lag) AS finish_p99, min(entered) AS first, max(entered) AS last
       FROM (SELECT extract(epoch FROM n.entered_at - (w.entered_at + $2::float8 * interval '1 millisecond')) AS lag,
                    extract(epoch FROM w.finished_at - (w.entered_at + $2::float8 * interval '1 millisecond')) AS finish_lag,
                    n.entered_at AS entered
               FROM automation_run_steps w JOIN automation_run_steps n ON n.run_id = w.run_id AND n.seq = w.seq + 1
              WHERE w.automation_id = $1 AND w.step_id = 'wait' AND w.outcome = 'no_response') x`,
    [automationId, WAIT_TIMEOUT_MS],
  );
  const lag = lagRows[0]!;
  const { rows: states } = await pool.query<{ status: string; n: string }>(`SELECT status, count(*) AS n FROM automation_runs WHERE automation_id = $1 GROUP BY status`, [
    automationId,
  ]);
  const span = lag.first && lag.last ? (lag.last.getTime() - lag.first.getTime()) / 1000 : 0;
  const peak = processMemory(worker.pid)?.peakRssMb ?? null;
  await worker.stop();
  return {
    waitingRuns: waitingNow,
    expiring: settings.expiring,
    windowSeconds: settings.windowSeconds,
    timeout: WAIT_TIMEOUT,
    seedSeconds,
    seededRowsPerSecond: Math.round(rate),
    insertedBeforeDue,
    expired: Number(lag.n),
    allExpired: expiredAll,
    timeoutLagSeconds: { ...seconds3(lag), waitFinishedP99: round(lag.finish_p99, 3) },
    expiredPerSecond: span > 0 ? Math.round(Number(lag.n) / span) : null,
    runsByStatus: Object.fromEntries(states.map((s) => [s.status, Number(s.n)])),
    databaseSizeMb: { zeroWaiting: sizeNone, waiting: sizeWaiting },
    tableSizesMb: { zeroWaiting: tablesNone, waiting: tablesWaiting },
    bytesPerWaitingRun: Math.round(((sizeWaiting - sizeNone) * 1048576) / Math.max(1, waitingNow)),
    workerRssMb: { zeroWaiting: rssNone, waiting: rssWaiting, duringExpiry: rssExpiry, afterExpiry: rssAfter, peak },
    cpu: measured.cpu,
    dbActivity: measured.dbActivity,
  };
}

// ---- the whole benchmark ----------------------------------------------------------------

export async function runAutomations(): Promise<Record<string, unknown>> {
  const settings = readSettings();
  const environment: Record<string, unknown> = { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg().map((x) => round(x, 2)) };
  const workDir = mkdtempSync(path.join(tmpdir(), 'sportello-bench-'));
  onCleanup(async () => rmSync(workDir, { recursive: true, force: true }));
  const db = await createBenchDatabase(settings.adminUrl, APPLICATION_NAME);
  environment.postgres = db.postgresVersion;
  // The simulator runs as its own process, as Meta's servers are not in Sportello's process.
  const sandboxPort = await freePort();
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}/sandbox`;
  const sandbox = spawnTs('server/src/sandbox/main.ts', [], { env: { SANDBOX_PORT: String(sandboxPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn' } });
  relayOutput(sandbox, 'sandbox', (line) => line.startsWith('{'));
  await waitForHealthy(`${sandboxUrl}/v1/phone-numbers`, sandbox);
  sandboxPid = sandbox.pid;
  const serverEnv = { DATABASE_URL: db.url, HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: path.join(workDir, 'data'), SANDBOX_URL: sandboxUrl };

  // The account first: the server registers its sandbox number with the in-process sandbox at start-up.
  const created = JSON.parse(
    (await runTs(SERVER_ENTRY, ['account:create', '--name', 'Bench', '--email', `bench-${db.name}@example.com`, '--password', randomBytes(12).toString('hex'), '--sandbox', '--json'], serverEnv))
      .trim()
      .split('\n')
      .pop() ?? '',
  ) as { accountId: string; apiKey: string; channel: { id: string; phoneNumberId: string; wabaId: string; appSecret: string } };
  const server = await startServer(serverEnv, 'sportello');
  const pool = new pg.Pool({ connectionString: db.url, max: 3, application_name: APPLICATION_NAME });
  pool.on('error', () => undefined);
  onCleanup(() => pool.end());
  const observer = new pg.Client({ connectionString: db.url, application_name: APPLICATION_NAME });
  observer.on('error', () => undefined);
  await observer.connect();
  onCleanup(() => observer.end());
  environment.sharedBuffers = (await pool.query<{ v: string }>("SELECT current_setting('shared_buffers') AS v")).rows[0]!.v;

  // Meta allows 80 messages a second per number; the simulator is told to allow the benchmark's rate.
  await call(sandboxUrl, 'PUT', '/v1/settings', null, { throughputMps: 100_000 });
  await call(server.baseUrl, 'POST', `${API}/fields`, created.apiKey, FIELD);
  const flowIds: Partial<Record<FlowName, string>> = {};
  for (const flow of settings.flows) flowIds[flow] = await createAutomation(server.baseUrl, created.apiKey, `Bench ${flow}`, FLOWS[flow].definition);
  const chainId = await createAutomation(server.baseUrl, created.apiKey, 'Bench chain', CHAIN);
  const waitingId = await createAutomation(server.baseUrl, created.apiKey, 'Bench waiting', WAITING);

  // Customers who write in: contacts already (they wrote before), one message each per flow.
  const customers = Math.max(settings.messages, settings.effectRuns);
  await pool.query(
    `INSERT INTO contacts (id, account_id, phone, name, last_inbound_at, last_message_at, created_at, updated_at)
     SELECT ${uuid7('now()')}, $1, '+39333' || lpad(i::text, 7, '0'), 'Cliente ' || i, now() - interval '1 day', now() - interval '1 day', now() - interval '30 days', now() - interval '1 day'
       FROM generate_series(0, $2::int - 1) AS i`,
    [created.accountId, customers],
  );
  await pool.query('ANALYZE contacts');
  log(`account ${created.accountId}: ${customers} contacts, automations ${settings.flows.join(', ')}, chain, waiting`);
  const display = await pool.query<{ display_phone_number: string }>('SELECT display_phone_number FROM channels WHERE id = $1', [created.channel.id]);
  const channel = {
    phoneNumberId: created.channel.phoneNumberId,
    wabaId: created.channel.wabaId,
    displayPhoneNumber: display.rows[0]?.display_phone_number ?? '15550000000',
    appSecret: created.channel.appSecret,
  };

  if (settings.flows.length > 0) {
    const warmStarted = performance.now();
    await openWindows(sandboxUrl, channel.phoneNumberId, settings.messages);
    await drainPipeline(pool, 120_000);
    log(`${settings.messages} customers said hello through the sandbox in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s`);
  }

  const starts: Record<string, unknown>[] = [];
  for (const flow of settings.flows) {
    starts.push(
      await runFlow({ flow, automationId: flowIds[flow]!, server, pool, observer, database: db.name, channel, workDir, settings }),
    );
    // Status webhooks of the messages sent, and events, settle before the next measurement.
    await drainPipeline(pool, 120_000);
  }

  let effects: Record<string, unknown> | null = null;
  if (settings.effectRuns > 0) {
    log(`(c) effects per second: ${settings.effectRuns} runs of the chain`);
    effects = await runEffects({ dbUrl: db.url, accountId: created.accountId, automationId: chainId, server, pool, observer, database: db.name, settings });
    await drainPipeline(pool, 120_000);
  }
  await server.stop();

  log(`(b) ${settings.waiting} waiting runs, ${settings.expiring} expiring within ${settings.windowSeconds} s`);
  const waiting = await runWaiting({ accountId: created.accountId, automationId: waitingId, serverEnv, pool, observer, database: db.name, settings });

  const headline = (starts.find((s) => s.flow === 'message') ?? starts[0]) as Record<string, number | null> | undefined;
  const rss = waiting.workerRssMb as { zeroWaiting: MemorySummary; waiting: MemorySummary };
  const rssGrowthMb = rss.waiting.minMb !== null && rss.zeroWaiting.minMb !== null ? round(rss.waiting.minMb - rss.zeroWaiting.minMb, 1) : null;
  const lag = waiting.timeoutLagSeconds as { p50: number | null; p99: number | null };
  return {
    benchmark: 'automations',
    database: 'postgresql',
    runsStartedPerSecond: headline?.runsStartedPerSecond ?? null,
    runsCompletedPerSecond: headline?.runsCompletedPerSecond ?? null,
    headlineFlow: headline?.flow ?? null,
    timeoutLagSeconds: { p50: lag.p50, p99: lag.p99 },
    effectsPerSecond: effects?.effectsPerSecond ?? null,
    waitingRuns: waiting.waitingRuns,
    databaseSizeMb: waiting.databaseSizeMb,
    workerRssMb: { zeroWaiting: rss.zeroWaiting.minMb, waiting: rss.waiting.minMb, growth: rssGrowthMb },
    targets: TARGETS,
    met: {
      runsStartedPerSecond: (headline?.runsStartedPerSecond ?? 0) >= TARGETS.runsStartedPerSecond,
      timeoutLagP99Seconds: lag.p99 !== null && lag.p99 < TARGETS.timeoutLagP99Seconds && waiting.allExpired === true,
      rssFlat: rssGrowthMb !== null && rssGrowthMb < TARGETS.rssGrowthMb,
    },
    settings: {
      messages: settings.messages,
      concurrency: settings.concurrency,
      effectRuns: settings.effectRuns,
      waiting: settings.waiting,
      expiring: settings.expiring,
      windowSeconds: settings.windowSeconds,
    },
    starts,
    effects,
    waiting,
    environment,
  };
}
