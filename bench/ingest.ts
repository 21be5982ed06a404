import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sampleActivity, type ActivityReport } from './lib/activity.ts';
import { cpuBetween, cpuSnapshot, round, type CpuSnapshot } from './lib/cpu.ts';
import { buildBodies, type BenchBody, type BenchChannel, type PostedStatus, type SeededMessage } from './lib/payloads.ts';
import { freePort, log, onCleanup, relayOutput, runTs, spawnTs, stopChild, waitForExit, waitForHealthy } from './lib/processes.ts';
import type { LatencySummary } from './lib/stats.ts';
import { benchAdminUrl, intEnv } from './lib/env.ts';

const SERVER_ENTRY = 'server/src/main.ts';
const WEBHOOK_PATH = '/webhooks/whatsapp';
const TARGETS = { acceptedPerSecond: 2000, p99Ms: 50, lost: 0, drainSeconds: 5 };
/** The benchmark's own connections, left out of the database's CPU share. */
const APPLICATION_NAME = 'sportello-bench';

interface Settings {
  adminUrl: string;
  requests: number;
  concurrency: number;
  warmup: number;
  messageShare: number;
  seededContacts: number;
  seededMessages: number;
  customers: number;
  drainTimeoutSeconds: number;
  seed: number;
  bare: boolean;
}

function readSettings(): Settings {
  const requests = intEnv('BENCH_REQUESTS', 40_000, 1);
  return {
    adminUrl: benchAdminUrl(),
    requests,
    concurrency: intEnv('BENCH_CONCURRENCY', 64, 1),
    warmup: intEnv('BENCH_WARMUP', Math.min(1000, Math.ceil(requests / 4))),
    messageShare: 0.3,
    seededContacts: intEnv('BENCH_CONTACTS', 5_000, 1),
    seededMessages: intEnv('BENCH_SEED_MESSAGES', 20_000, 1),
    customers: intEnv('BENCH_CUSTOMERS', 20_000, 1),
    drainTimeoutSeconds: intEnv('BENCH_DRAIN_TIMEOUT_S', 120, 1),
    seed: intEnv('BENCH_SEED', 1),
    bare: process.env.BENCH_SKIP_BARE !== '1',
  };
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

interface LoadResult {
  requests: number;
  ok: number;
  nonOk: number;
  errors: number;
  firstError: string | null;
  okTotal: number;
  failedIndices: number[];
  statusCodes: Record<string, number>;
  seconds: number;
  acceptedPerSecond: number;
  latencyMs: LatencySummary;
  cpuSeconds: number;
}

interface LoadRun {
  result: LoadResult;
  /** performance.now() when the last measured response arrived. */
  doneAt: number;
  cpu: Record<string, unknown> | null;
  activity: ActivityReport | null;
}

/** Backends of the database under test that serve Sportello (not the benchmark's own connections). */
async function databasePids(client: pg.Client, database: string): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name <> $2', [database, APPLICATION_NAME]);
  return rows.map((r) => r.pid);
}

/**
 * Runs the load generator against `url` in its own process. Between its
 * "measure" and "done" messages, CPU of the server, the generator and
 * PostgreSQL is metered, and pg_stat_activity sampled when a client is given.
 */
async function runLoad(options: { url: string; file: string; concurrency: number; warmup: number; serverPid: number | undefined; activity?: { client: pg.Client; database: string } }): Promise<LoadRun> {
  const child = spawnTs('bench/load.ts', ['--url', options.url, '--file', options.file, '--concurrency', String(options.concurrency), '--warmup', String(options.warmup)], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => process.stderr.write(chunk));
  let before: CpuSnapshot | undefined;
  let after: CpuSnapshot | undefined;
  let doneAt = 0;
  let sampler: ReturnType<typeof sampleActivity> | undefined;
  let activity: Promise<ActivityReport> | undefined;
  child.on('message', (message: { phase?: string }) => {
    if (message.phase === 'measure') {
      log('measuring');
      before = cpuSnapshot(options.serverPid, child.pid);
      if (options.activity) sampler = sampleActivity(options.activity.client, options.activity.database, { excludeApplication: APPLICATION_NAME });
    } else if (message.phase === 'done') {
      doneAt = performance.now();
      after = cpuSnapshot(options.serverPid, child.pid);
      activity = sampler?.stop();
    }
  });
  const code = await waitForExit(child);
  if (code !== 0) throw new Error(`the load generator exited with ${String(code)}`);
  const line = stdout.trim().split('\n').pop() ?? '';
  const result = JSON.parse(line) as LoadResult;
  const pids = options.activity ? await databasePids(options.activity.client, options.activity.database) : [];
  const cpu = before && after ? cpuBetween(before, after, pids) : null;
  return { result, doneAt: doneAt || performance.now(), cpu, activity: (await activity) ?? null };
}

/** Contacts and outbound messages, straight in SQL, for status webhooks to land on. */
async function seed(pool: pg.Pool, accountId: string, channelId: string, contacts: number, messageCount: number): Promise<SeededMessage[]> {
  await pool.query(
    `INSERT INTO contacts (id, account_id, phone, name, last_message_at)
     SELECT gen_random_uuid(), $1, '+39333' || lpad(i::text, 7, '0'), 'Bench customer ' || i, now()
       FROM generate_series(0, $2::int - 1) AS i`,
    [accountId, contacts],
  );
  await pool.query(
    `INSERT INTO messages (id, account_id, contact_id, channel_id, direction, type, text, content, status, wa_message_id, sent_by_type)
     SELECT gen_random_uuid(), $1, c.id, $2, 'outbound', 'text', 'Your order ' || m || ' has shipped', '{}'::jsonb, 'queued',
            'wamid.bench' || lpad(m::text, 8, '0'), 'api'
       FROM generate_series(0, $3::int - 1) AS m
       JOIN contacts c ON c.account_id = $1 AND c.phone = '+39333' || lpad((m % $4::int)::text, 7, '0')`,
    [accountId, channelId, messageCount, contacts],
  );
  await pool.query('ANALYZE contacts, messages');
  const { rows } = await pool.query<{ id: string; wa_message_id: string; phone: string }>(
    `SELECT m.id, m.wa_message_id, c.phone FROM messages m JOIN contacts c ON c.id = m.contact_id
      WHERE m.account_id = $1 AND m.direction = 'outbound' ORDER BY m.wa_message_id`,
    [accountId],
  );
  return rows.map((r) => ({ id: r.id, waMessageId: r.wa_message_id, recipient: r.phone.replace(/^\+/, '') }));
}

/** Waits until every stored receipt is processed and every event dispatched. */
async function drain(pool: pg.Pool, since: number, timeoutSeconds: number): Promise<{ drained: boolean; seconds: number; pendingReceipts: number; pendingEvents: number }> {
  const deadline = since + timeoutSeconds * 1000;
  for (;;) {
    const { rows } = await pool.query<{ receipts: string; events: string }>(
      `SELECT (SELECT count(*) FROM webhook_receipts WHERE processed_at IS NULL) AS receipts,
              (SELECT count(*) FROM events WHERE dispatched_at IS NULL) AS events`,
    );
    const now = performance.now();
    const pendingReceipts = Number(rows[0]!.receipts);
    const pendingEvents = Number(rows[0]!.events);
    if (pendingReceipts === 0 && pendingEvents === 0) return { drained: true, seconds: (now - since) / 1000, pendingReceipts, pendingEvents };
    if (now > deadline) return { drained: false, seconds: (now - since) / 1000, pendingReceipts, pendingEvents };
    await new Promise((r) => setTimeout(r, 100));
  }
}

const RANK: Record<PostedStatus, number> = { sent: 1, delivered: 2, read: 3 };

/** What was answered 200 but is missing from the database, by kind. */
async function countLost(pool: pg.Pool, accountId: string, bodies: BenchBody[], load: LoadResult): Promise<{ receipts: number; inboundMessages: number; statuses: number }> {
  const failed = new Set(load.failedIndices);
  const inbound = new Set<string>();
  const expected = new Map<string, PostedStatus>();
  bodies.forEach((body, index) => {
    if (failed.has(index)) return;
    if (body.kind === 'message') inbound.add(body.waMessageId);
    else if (body.status) {
      const current = expected.get(body.waMessageId);
      if (!current || RANK[body.status] > RANK[current]) expected.set(body.waMessageId, body.status);
    }
  });
  const receipts = await pool.query<{ n: string }>('SELECT count(*) AS n FROM webhook_receipts');
  const stored = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM messages WHERE account_id = $1 AND direction = 'inbound' AND wa_message_id = ANY($2::text[])`,
    [accountId, [...inbound]],
  );
  const wrong = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM unnest($2::text[], $3::text[]) AS e(wamid, status)
       LEFT JOIN messages m ON m.account_id = $1 AND m.direction = 'outbound' AND m.wa_message_id = e.wamid
      WHERE m.status IS DISTINCT FROM e.status`,
    [accountId, [...expected.keys()], [...expected.values()]],
  );
  return {
    receipts: load.okTotal - Number(receipts.rows[0]!.n),
    inboundMessages: inbound.size - Number(stored.rows[0]!.n),
    statuses: Number(wrong.rows[0]!.n),
  };
}

/** How the asynchronous side kept up: lag from receipt to processing, and what it produced. */
async function pipelineFacts(pool: pg.Pool): Promise<Record<string, unknown>> {
  const { rows } = await pool.query<Record<string, string | null>>(
    `SELECT count(*) AS receipts,
            count(*) FILTER (WHERE last_error IS NOT NULL) AS receipts_with_errors,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM processed_at - received_at)) AS lag_p50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM processed_at - received_at)) AS lag_p99,
            max(extract(epoch FROM processed_at - received_at)) AS lag_max,
            extract(epoch FROM max(processed_at) - min(received_at)) AS span
       FROM webhook_receipts`,
  );
  const r = rows[0]!;
  const events = await pool.query<{ type: string; n: string }>('SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY type');
  const counts = await pool.query<{ contacts: string; conversations: string }>(
    'SELECT (SELECT count(*) FROM contacts) AS contacts, (SELECT count(*) FROM conversations) AS conversations',
  );
  const span = Number(r.span ?? 0);
  return {
    receipts: Number(r.receipts),
    receiptsWithErrors: Number(r.receipts_with_errors),
    processedPerSecond: span > 0 ? Math.round(Number(r.receipts) / span) : null,
    processingLagSeconds: { p50: round(Number(r.lag_p50), 3), p99: round(Number(r.lag_p99), 3), max: round(Number(r.lag_max), 3) },
    events: Object.fromEntries(events.rows.map((e) => [e.type, Number(e.n)])),
    contacts: Number(counts.rows[0]!.contacts),
    conversations: Number(counts.rows[0]!.conversations),
  };
}

export async function runIngest(): Promise<Record<string, unknown>> {
  const settings = readSettings();
  const environment = { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg().map((x) => round(x, 2)), postgres: '' };
  const dbName = `sportello_bench_${randomBytes(5).toString('hex')}`;
  const dbUrl = databaseUrl(settings.adminUrl, dbName);
  const workDir = mkdtempSync(path.join(tmpdir(), 'sportello-bench-'));
  onCleanup(async () => rmSync(workDir, { recursive: true, force: true }));

  // Connections dropped by DROP DATABASE … WITH (FORCE) at clean-up are expected, not failures.
  const ignore = () => undefined;
  const admin = new pg.Client({ connectionString: settings.adminUrl, application_name: APPLICATION_NAME });
  admin.on('error', ignore);
  await admin.connect();
  environment.postgres = (await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
  await admin.query(`CREATE DATABASE "${dbName}"`);
  log(`created database ${dbName}`);
  onCleanup(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
    log(`dropped database ${dbName}`);
  });

  // Sportello, as its README starts it on PostgreSQL.
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const serverEnv = { DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: path.join(workDir, 'data') };
  // BENCH_CPU_PROFILE=DIR writes a V8 CPU profile of the server there when it stops.
  const profileDir = process.env.BENCH_CPU_PROFILE ? path.resolve(process.env.BENCH_CPU_PROFILE) : undefined;
  const server = spawnTs(SERVER_ENTRY, ['start'], { env: serverEnv, nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] });
  relayOutput(server, 'sportello', (line) => line.startsWith('{'));
  log(`starting Sportello on ${baseUrl} (pid ${String(server.pid)})`);
  await waitForHealthy(`${baseUrl}/healthz`, server);

  const created = JSON.parse(
    (await runTs(SERVER_ENTRY, ['account:create', '--name', 'Bench', '--email', `bench-${dbName}@example.com`, '--password', randomBytes(12).toString('hex'), '--sandbox', '--json'], serverEnv))
      .trim()
      .split('\n')
      .pop() ?? '',
  ) as { accountId: string; channel: { id: string; phoneNumberId: string; wabaId: string; appSecret: string } };
  log(`account ${created.accountId}, channel ${created.channel.phoneNumberId}`);

  const pool = new pg.Pool({ connectionString: dbUrl, max: 2, application_name: APPLICATION_NAME });
  pool.on('error', ignore);
  onCleanup(() => pool.end());
  const seedStarted = performance.now();
  const seeded = await seed(pool, created.accountId, created.channel.id, settings.seededContacts, settings.seededMessages);
  log(`seeded ${settings.seededContacts} contacts and ${seeded.length} outbound messages in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  const display = await pool.query<{ display_phone_number: string }>('SELECT display_phone_number FROM channels WHERE id = $1', [created.channel.id]);
  const channel: BenchChannel = {
    phoneNumberId: created.channel.phoneNumberId,
    wabaId: created.channel.wabaId,
    displayPhoneNumber: display.rows[0]?.display_phone_number ?? '15550000000',
    appSecret: created.channel.appSecret,
  };
  const total = settings.warmup + settings.requests;
  const bodies = buildBodies({
    total,
    messageShare: settings.messageShare,
    seeded,
    channel,
    customers: settings.customers,
    knownCustomers: Math.min(settings.seededContacts, settings.customers),
    runTag: dbName,
    seed: settings.seed,
  });
  const file = path.join(workDir, 'bodies.ndjson');
  writeFileSync(file, bodies.map((b) => JSON.stringify({ b: b.body, s: b.signature })).join('\n') + '\n');
  const inboundCount = bodies.filter((b) => b.kind === 'message').length;
  log(`built ${bodies.length} signed webhooks (${inboundCount} inbound messages, ${bodies.length - inboundCount} statuses; ${settings.warmup} for warm-up)`);

  const sampler = new pg.Client({ connectionString: dbUrl, application_name: APPLICATION_NAME });
  sampler.on('error', ignore);
  await sampler.connect();
  onCleanup(() => sampler.end());
  log(`posting ${settings.requests} webhooks to Sportello at concurrency ${settings.concurrency}`);
  const sportello = await runLoad({
    url: `${baseUrl}${WEBHOOK_PATH}`,
    file,
    concurrency: settings.concurrency,
    warmup: settings.warmup,
    serverPid: server.pid,
    activity: { client: sampler, database: dbName },
  });
  log(`Sportello: ${sportello.result.acceptedPerSecond} accepted/s, p99 ${sportello.result.latencyMs.p99} ms; draining`);
  const drainCpuBefore = cpuSnapshot(server.pid, undefined);
  const drainSampler = sampleActivity(sampler, dbName, { excludeApplication: APPLICATION_NAME });
  const drained = await drain(pool, sportello.doneAt, settings.drainTimeoutSeconds);
  const drainCpu = cpuBetween(drainCpuBefore, cpuSnapshot(server.pid, undefined), await databasePids(sampler, dbName));
  const drainActivity = await drainSampler.stop();
  log(drained.drained ? `drained in ${drained.seconds.toFixed(2)} s` : `not drained after ${settings.drainTimeoutSeconds} s`);
  const lostParts = await countLost(pool, created.accountId, bodies, sportello.result);
  const lost = Math.abs(lostParts.receipts) + Math.abs(lostParts.inboundMessages) + Math.abs(lostParts.statuses);
  const pipeline = await pipelineFacts(pool);
  log(`lost ${lost} (${JSON.stringify(lostParts)})`);
  await stopChild(server);

  let bare: LoadRun | null = null;
  if (settings.bare) {
    const barePort = await freePort();
    const bareServer = spawnTs('bench/bare-server.ts', [], { env: { PORT: String(barePort), HOST: '127.0.0.1', APP_SECRET: channel.appSecret } });
    relayOutput(bareServer, 'bare');
    await waitForHealthy(`http://127.0.0.1:${barePort}/healthz`, bareServer);
    log(`posting the same ${settings.requests} webhooks to the bare Fastify route`);
    bare = await runLoad({ url: `http://127.0.0.1:${barePort}${WEBHOOK_PATH}`, file, concurrency: settings.concurrency, warmup: settings.warmup, serverPid: bareServer.pid });
    log(`bare: ${bare.result.acceptedPerSecond} accepted/s, p99 ${bare.result.latencyMs.p99} ms`);
    await stopChild(bareServer);
  }

  const s = sportello.result;
  const drainSeconds = round(drained.seconds, 2);
  return {
    benchmark: 'ingest',
    database: 'postgresql',
    concurrency: settings.concurrency,
    requests: settings.requests,
    warmup: settings.warmup,
    mix: { messages: settings.messageShare, statuses: Math.round((1 - settings.messageShare) * 100) / 100 },
    acceptedPerSecond: s.acceptedPerSecond,
    latencyMs: s.latencyMs,
    nonOk: s.nonOk,
    errors: s.errors,
    ...(s.firstError ? { firstError: s.firstError } : {}),
    drainSeconds,
    drained: drained.drained,
    ...(drained.drained ? {} : { pending: { receipts: drained.pendingReceipts, events: drained.pendingEvents } }),
    lost,
    lostParts,
    bare: bare ? { acceptedPerSecond: bare.result.acceptedPerSecond, latencyMs: bare.result.latencyMs, nonOk: bare.result.nonOk, errors: bare.result.errors } : null,
    ratioToBare: bare && bare.result.acceptedPerSecond > 0 ? round(s.acceptedPerSecond / bare.result.acceptedPerSecond, 3) : null,
    targets: TARGETS,
    met: {
      acceptedPerSecond: s.acceptedPerSecond >= TARGETS.acceptedPerSecond,
      p99Ms: s.latencyMs.p99 < TARGETS.p99Ms,
      lost: lost === TARGETS.lost && s.nonOk === 0 && s.errors === 0,
      drainSeconds: drained.drained && drained.seconds <= TARGETS.drainSeconds,
    },
    seeded: { contacts: settings.seededContacts, outboundMessages: seeded.length, inboundCustomers: settings.customers },
    cpu: { load: sportello.cpu, drain: drainCpu, bareLoad: bare?.cpu ?? null },
    pipeline,
    dbActivity: { load: sportello.activity, drain: drainActivity },
    environment,
  };
}
