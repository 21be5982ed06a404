import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createBenchDatabase } from './lib/database.ts';
import { KeepAliveClient } from './lib/http.ts';
import { freePort, log, onCleanup, relayOutput, runTs, spawnTs, waitForHealthy } from './lib/processes.ts';
import { tail, type TailSummary } from './lib/stats.ts';
import { benchAdminUrl, intEnv } from './lib/env.ts';

const SERVER_ENTRY = 'server/src/main.ts';
const API = '/api/v1';
const TARGETS = { listP95Ms: 50, searchP95Ms: 50, statsP95Ms: 300 };
const APPLICATION_NAME = 'sportello-bench';

/** The default statuses, as `ensureTicketSetup` creates them, in workflow order. */
const STATUSES = ['Open', 'In progress', 'Waiting', 'Resolved', 'Closed'] as const;
const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
const CATEGORIES = ['Fatturazione', 'Spedizioni', 'Resi', 'Assistenza tecnica', 'Pagamenti', 'Ordini', 'Garanzia', 'Account', 'Informazioni', 'Reclami'];
const OPERATORS_PER_ACCOUNT = 6;

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Vocabulary of titles, descriptions and notes, most frequent first: a word's
 * chance per draw falls with its rank (power 3), so the first few are in almost
 * every ticket and the last ones in a few percent.
 */
const WORDS = [
  'il', 'di', 'non', 'problema', 'ordine', 'cliente', 'the', 'order', 'per', 'consegna',
  'con', 'not', 'pacco', 'richiesta', 'fattura', 'pagamento', 'ancora', 'arrivato', 'delivery', 'invoice',
  'prodotto', 'rimborso', 'reso', 'account', 'accesso', 'password', 'errore', 'app', 'payment', 'refund',
  'spedizione', 'corriere', 'ritardo', 'danneggiato', 'sostituzione', 'garanzia', 'assistenza', 'tecnico', 'login', 'error',
  'carta', 'credito', 'addebito', 'doppio', 'sconto', 'codice', 'coupon', 'abbonamento', 'rinnovo', 'disdetta',
  'indirizzo', 'modifica', 'annullamento', 'cancel', 'subscription', 'damaged', 'missing', 'mancante', 'taglia', 'colore',
  'scarpe', 'giacca', 'telefono', 'batteria', 'schermo', 'caricatore', 'cavo', 'manuale', 'istruzioni', 'installazione',
  'urgente', 'sollecito', 'risposta', 'email', 'whatsapp', 'chiamata', 'appuntamento', 'preventivo', 'offerta', 'prezzo',
  'iva', 'partita', 'ricevuta', 'scontrino', 'bonifico', 'paypal', 'satispay', 'contrassegno', 'tracking', 'magazzino',
  'disponibilità', 'backorder', 'preordine', 'negozio', 'ritiro', 'locker', 'weekend', 'festivo', 'orario', 'chiuso',
  'lento', 'bloccato', 'crash', 'aggiornamento', 'versione', 'android', 'iphone', 'browser', 'notifica', 'sms',
  'privacy', 'gdpr', 'cancellazione', 'dati', 'newsletter', 'promozione', 'fedeltà', 'punti', 'regalo', 'buono',
];
/** Names that each ticket's description mentions at most once, in a quarter of the tickets: rare search terms. */
const RARE = [
  'Bergamo', 'Catania', 'Trieste', 'Perugia', 'Lecce', 'Cagliari', 'Brescia', 'Parma', 'Modena', 'Rimini',
  'Ancona', 'Pescara', 'Sassari', 'Trento', 'Bolzano', 'Udine', 'Vicenza', 'Treviso', 'Novara', 'Como',
  'Lucca', 'Pisa', 'Arezzo', 'Siena', 'Livorno', 'Ravenna', 'Ferrara', 'Piacenza', 'Cremona', 'Mantova',
  'Verona', 'Padova', 'Salerno', 'Foggia', 'Taranto', 'Brindisi', 'Matera', 'Potenza', 'Cosenza', 'Messina',
];

interface Settings {
  adminUrl: string;
  tickets: number;
  accounts: number;
  samples: number;
  warmup: number;
  seed: number;
}

function readSettings(): Settings {
  const accounts = intEnv('BENCH_ACCOUNTS', 50, 1);
  const tickets = intEnv('BENCH_TICKETS', 1_000_000, accounts);
  const samples = intEnv('BENCH_SAMPLES', 200, 1);
  return {
    adminUrl: benchAdminUrl(),
    tickets: Math.floor(tickets / accounts) * accounts,
    accounts,
    samples,
    warmup: intEnv('BENCH_WARMUP', Math.min(50, Math.ceil(samples / 4))),
    seed: intEnv('BENCH_SEED', 1),
  };
}

/** A small deterministic generator, so that two runs ask the same questions. */
function rng(seed: number): () => number {
  let a = seed >>> 0 || 1;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface BenchAccount {
  index: number;
  accountId: string;
  userId: string;
  apiKey: string;
  apiKeyId: string;
  statusIds: string[];
  categoryIds: string[];
  ownerIds: string[];
  /** An order number that one of the account's tickets mentions. */
  orderNumber?: string;
}

/** The 12 whole calendar months before the current one (UTC): tickets are created over them. */
function seedMonths(now = new Date()): Array<{ from: string; to: string; start: Date; end: Date }> {
  const months = [];
  for (let k = 12; k >= 1; k--) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - k, 1));
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - k + 1, 1));
    const last = new Date(end.getTime() - 86_400_000);
    months.push({ from: start.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10), start, end });
  }
  return months;
}

/** A UUIDv7 (as `newId()` makes them) for the time `ts`, in SQL. */
const uuid7 = (ts: string) =>
  `(lpad(to_hex((extract(epoch FROM ${ts}) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
    || to_hex(8 + floor(random() * 4)::int) || substr(md5(random()::text), 1, 15))::uuid`;

/** A word drawn from $7 (WORDS) with the frequency falling by rank. */
const word = () => `($7::text[])[1 + floor(power(random(), 3) * ${WORDS.length})::int]`;
/** `min` to `max` words; the optional ones are left out at random. */
const words = (min: number, max: number) => {
  const parts = [];
  for (let i = 0; i < max; i++) parts.push(i < min ? word() : `CASE WHEN random() < ${round(1 - (i - min + 0.5) / (max - min + 1), 3)} THEN ${word()} END`);
  return `concat_ws(' ', ${parts.join(', ')})`;
};

/**
 * One account's tickets in one statement, shaped as the API leaves them:
 * references TK-000001… in creation order, UUIDv7 ids, closed_at set for
 * terminated statuses, notes appended to notes_text (' ' || text each), a
 * `created` history row per ticket, a `status` row when it left Open, a
 * `note` row per note.
 *
 * $1 account, $2 tickets, $3 status ids (STATUSES order), $4 category ids,
 * $5 owner ids, $6 contact ids, $7 WORDS, $8/$9 creation span,
 * $10 API key id, $11 STATUSES, $12 RARE.
 */
const SEED_TICKETS = `
WITH r AS MATERIALIZED (
  SELECT n,
         $8::timestamptz + ((n - 1 + random()) / $2::float8) * ($9::timestamptz - $8::timestamptz) AS created_at,
         random() AS r_status, random() AS r_priority, random() AS r_category, random() AS r_owner,
         random() AS r_contact, random() AS r_close, random() AS r_notes, random() AS r_desc
    FROM generate_series(1, $2::int) AS n
),
d AS MATERIALIZED (
  SELECT r.*,
         CASE WHEN created_at > $9::timestamptz - interval '30 days' THEN
                CASE WHEN r_status < 0.35 THEN 1 WHEN r_status < 0.60 THEN 2 WHEN r_status < 0.75 THEN 3 WHEN r_status < 0.88 THEN 4 ELSE 5 END
              ELSE
                CASE WHEN r_status < 0.03 THEN 1 WHEN r_status < 0.06 THEN 2 WHEN r_status < 0.08 THEN 3 WHEN r_status < 0.30 THEN 4 ELSE 5 END
         END AS si,
         CASE WHEN r_priority < 0.30 THEN 1 WHEN r_priority < 0.75 THEN 2 WHEN r_priority < 0.93 THEN 3 ELSE 4 END AS pi
    FROM r
),
t0 AS MATERIALIZED (
  SELECT d.*,
         ${uuid7('d.created_at')} AS id,
         'TK-' || lpad(n::text, 6, '0') AS reference,
         (ARRAY['low', 'medium', 'high', 'urgent'])[pi] AS priority,
         ($3::uuid[])[si] AS status_id,
         CASE WHEN r_category < 0.08 THEN NULL ELSE ($4::uuid[])[1 + floor(power(random(), 1.6) * cardinality($4::uuid[]))::int] END AS category_id,
         CASE WHEN r_owner < 0.2 THEN NULL ELSE ($5::uuid[])[1 + floor(random() * cardinality($5::uuid[]))::int] END AS owner_id,
         ($6::uuid[])[1 + floor(r_contact * cardinality($6::uuid[]))::int] AS contact_id,
         ${words(3, 7)} AS title,
         CASE WHEN r_desc < 0.1 THEN NULL
              ELSE ${words(8, 16)}
                   || CASE WHEN r_desc < 0.45 THEN ' ordine ' || (1000000 + floor(random() * 9000000)::int)::text ELSE '' END
                   || CASE WHEN r_desc > 0.75 THEN ' ' || ($12::text[])[1 + floor(random() * cardinality($12::text[]))::int] ELSE '' END
         END AS description,
         CASE WHEN si = 1 THEN NULL
              ELSE least(now(), created_at + interval '1 minute' * (5 + power(r_close, 2) * 60 * 24 * 12 * (ARRAY[1.6, 1.0, 0.4, 0.15])[pi]))
         END AS changed_at,
         CASE WHEN r_notes < 0.15 THEN 1 WHEN r_notes < 0.20 THEN 2 ELSE 0 END AS note_count,
         ${words(4, 10)} AS note1,
         ${words(4, 10)} AS note2
    FROM d
),
t AS MATERIALIZED (
  SELECT t0.*, least(now(), created_at + (coalesce(changed_at, created_at + interval '2 days') - created_at) * 0.4) AS note1_at,
         least(now(), created_at + (coalesce(changed_at, created_at + interval '2 days') - created_at) * 0.8) AS note2_at
    FROM t0
),
n AS MATERIALIZED (
  SELECT t.id AS ticket_id, t.owner_id, t.note1 AS text, t.note1_at AS at FROM t WHERE t.note_count >= 1
  UNION ALL
  SELECT t.id, t.owner_id, t.note2, t.note2_at FROM t WHERE t.note_count = 2
),
ins_tickets AS (
  INSERT INTO tickets (id, account_id, reference, title, description, priority, status_id, category_id, owner_id, contact_id, notes_text, created_at, updated_at, closed_at)
  SELECT id, $1, reference, title, description, priority, status_id, category_id, owner_id, contact_id,
         CASE note_count WHEN 0 THEN '' WHEN 1 THEN ' ' || note1 ELSE ' ' || note1 || ' ' || note2 END,
         created_at,
         greatest(created_at, changed_at, CASE WHEN note_count >= 1 THEN note1_at END, CASE WHEN note_count = 2 THEN note2_at END),
         CASE WHEN si >= 4 THEN changed_at END
    FROM t
),
ins_notes AS (
  INSERT INTO ticket_notes (id, account_id, ticket_id, author_type, author_id, text, created_at)
  SELECT ${uuid7('n.at')}, $1, ticket_id, 'operator', coalesce(owner_id, ($5::uuid[])[1])::text, text, at FROM n
),
ins_history AS (
  INSERT INTO ticket_history (id, account_id, ticket_id, actor_type, actor_id, field, from_value, to_value, created_at)
  SELECT ${uuid7('h.at')}, $1, h.ticket_id, h.actor_type, h.actor_id, h.field, h.from_value, h.to_value, h.at
    FROM (SELECT id AS ticket_id, 'api' AS actor_type, $10::text AS actor_id, 'created' AS field, NULL AS from_value, reference AS to_value, created_at AS at FROM t
          UNION ALL
          SELECT id, 'operator', coalesce(owner_id, ($5::uuid[])[1])::text, 'status', ($11::text[])[1], ($11::text[])[si], changed_at FROM t WHERE si > 1
          UNION ALL
          SELECT ticket_id, 'operator', coalesce(owner_id, ($5::uuid[])[1])::text, 'note', NULL, text, at FROM n) AS h
)
SELECT (SELECT count(*) FROM t)::int AS tickets, (SELECT count(*) FROM n)::int AS notes`;

const SEEDED_TABLES = ['tickets', 'ticket_notes', 'ticket_history'];

/** Creates the accounts through the CLI, two at a time (each is a Node process with its own start-up). */
async function createAccounts(count: number, serverEnv: NodeJS.ProcessEnv, tag: string): Promise<Array<{ accountId: string; userId: string; apiKey: string }>> {
  const created: Array<{ accountId: string; userId: string; apiKey: string }> = new Array(count);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      const out = await runTs(
        SERVER_ENTRY,
        ['account:create', '--name', `Bench ${i + 1}`, '--email', `bench-${i + 1}-${tag}@example.com`, '--password', randomBytes(12).toString('hex'), '--json'],
        serverEnv,
      );
      created[i] = JSON.parse(out.trim().split('\n').pop() ?? '') as { accountId: string; userId: string; apiKey: string };
      if ((i + 1) % 10 === 0) log(`created ${i + 1} accounts`);
    }
  };
  await Promise.all([worker(), worker()]);
  return created;
}

async function expectOk(client: KeepAliveClient, pathname: string, apiKey: string): Promise<string> {
  const response = await client.get(pathname, { authorization: `Bearer ${apiKey}` });
  if (response.status !== 200) throw new Error(`GET ${pathname} answered ${response.status}: ${response.body.slice(0, 300)}`);
  return response.body;
}

async function postJson(baseUrl: string, pathname: string, apiKey: string, body: unknown): Promise<void> {
  const response = await fetch(`${baseUrl}${pathname}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST ${pathname} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
}

/** Statuses (created by the API on first use), categories (through the API), operators and contacts (SQL). */
async function prepareAccount(
  pool: pg.Pool,
  http: KeepAliveClient,
  baseUrl: string,
  index: number,
  created: { accountId: string; userId: string; apiKey: string },
  contacts: number,
  start: Date,
): Promise<BenchAccount & { contactIds: string[] }> {
  await expectOk(http, `${API}/ticket-statuses`, created.apiKey);
  for (const name of CATEGORIES) await postJson(baseUrl, `${API}/ticket-categories`, created.apiKey, { name });
  const statuses = await pool.query<{ id: string; name: string }>('SELECT id, name FROM ticket_statuses WHERE account_id = $1', [created.accountId]);
  const statusIds = STATUSES.map((name) => {
    const row = statuses.rows.find((s) => s.name === name);
    if (!row) throw new Error(`account ${created.accountId} has no status "${name}"`);
    return row.id;
  });
  const categories = await pool.query<{ id: string; name: string }>('SELECT id, name FROM ticket_categories WHERE account_id = $1', [created.accountId]);
  const categoryIds = CATEGORIES.map((name) => categories.rows.find((c) => c.name === name)!.id);
  const key = await pool.query<{ id: string }>('SELECT id FROM api_keys WHERE account_id = $1 ORDER BY created_at LIMIT 1', [created.accountId]);
  const operators = await pool.query<{ id: string }>(
    `INSERT INTO users (id, account_id, email, name, password_hash, role, created_at, updated_at)
     SELECT ${uuid7('$4::timestamptz')}, $1, 'operator' || i || '-' || $2 || '@bench.example', 'Operatore ' || i, '!', 'operator', $4, $4
       FROM generate_series(1, $3::int) AS i
     RETURNING id`,
    [created.accountId, created.accountId, OPERATORS_PER_ACCOUNT, start.toISOString()],
  );
  const contactRows = await pool.query<{ id: string }>(
    `INSERT INTO contacts (id, account_id, phone, name, created_at, updated_at, last_message_at)
     SELECT ${uuid7('c.at')}, $1, '+3933' || lpad(i::text, 8, '0'), 'Cliente ' || i, c.at, c.at, c.at
       FROM generate_series(1, $2::int) AS i, LATERAL (SELECT $3::timestamptz - interval '1 day' * (i % 400) AS at) AS c
     RETURNING id`,
    [created.accountId, contacts, start.toISOString()],
  );
  return {
    index,
    accountId: created.accountId,
    userId: created.userId,
    apiKey: created.apiKey,
    apiKeyId: key.rows[0]!.id,
    statusIds,
    categoryIds,
    ownerIds: [created.userId, ...operators.rows.map((r) => r.id)],
    contactIds: contactRows.rows.map((r) => r.id),
  };
}

/**
 * Seeds the tickets with the secondary indexes of the seeded tables dropped,
 * then builds them again from their own definitions (same schema, faster load).
 */
async function seedTickets(
  pool: pg.Pool,
  accounts: Array<BenchAccount & { contactIds: string[] }>,
  perAccount: number,
  span: { start: Date; end: Date },
  seed: number,
): Promise<{ notes: number }> {
  const { rows: indexes } = await pool.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = ANY($1::text[])
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [SEEDED_TABLES],
  );
  for (const index of indexes) await pool.query(`DROP INDEX "${index.indexname}"`);
  log(`dropped ${indexes.length} secondary indexes for the load`);
  let notes = 0;
  let done = 0;
  let next = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      for (;;) {
        const i = next++;
        if (i >= accounts.length) return;
        const a = accounts[i]!;
        await client.query('SELECT setseed($1)', [(((seed * 7919 + i) % 2000) - 1000) / 1000]);
        const { rows } = await client.query<{ tickets: number; notes: number }>(SEED_TICKETS, [
          a.accountId,
          perAccount,
          a.statusIds,
          a.categoryIds,
          a.ownerIds,
          a.contactIds,
          WORDS,
          span.start.toISOString(),
          span.end.toISOString(),
          a.apiKeyId,
          [...STATUSES],
          RARE,
        ]);
        await client.query('UPDATE ticket_counters SET last_number = $2 WHERE account_id = $1', [a.accountId, perAccount]);
        notes += rows[0]!.notes;
        done++;
        if (done % 5 === 0 || done === accounts.length) log(`seeded ${done}/${accounts.length} accounts (${done * perAccount} tickets)`);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all([worker(), worker()]);
  const started = performance.now();
  let nextIndex = 0;
  const builder = async () => {
    const client = await pool.connect();
    try {
      await client.query("SET maintenance_work_mem = '512MB'");
      for (;;) {
        const index = indexes[nextIndex++];
        if (!index) return;
        await client.query(index.indexdef);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all([builder(), builder()]);
  log(`rebuilt ${indexes.length} indexes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // A long-lived table has been vacuumed (visibility map set) and analysed.
  await pool.query(`VACUUM (ANALYZE) ${SEEDED_TABLES.join(', ')}, contacts, users, ticket_statuses, ticket_categories, ticket_counters`);
  return { notes };
}

type QueryKind = 'list' | 'search' | 'stats';

interface Sample {
  kind: QueryKind;
  path: string;
  apiKey: string;
  searchClass?: string;
}

/** Search terms of falling frequency, each with a label. */
function searchTerms(orderNumbers: string[]): Array<{ term: string; class: string }> {
  return [
    ...WORDS.slice(2, 5).map((term) => ({ term, class: 'common' })),
    ...WORDS.slice(14, 20).map((term) => ({ term, class: 'frequent' })),
    ...WORDS.slice(-8).map((term) => ({ term, class: 'uncommon' })),
    ...RARE.slice(0, 8).map((term) => ({ term, class: 'rare' })),
    ...orderNumbers.map((term) => ({ term, class: 'orderNumber' })),
  ];
}

function buildSamples(count: number, accounts: BenchAccount[], terms: Array<{ term: string; class: string }>, months: Array<{ from: string; to: string }>, seed: number): Sample[] {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const classes = [...new Set(terms.map((t) => t.class))];
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const a = pick(accounts);
    const status = encodeURIComponent(pick(STATUSES));
    samples.push({ kind: 'list', apiKey: a.apiKey, path: `${API}/tickets?status=${status}&priority=${pick(PRIORITIES)}&sort=-priority&limit=50` });
    const b = pick(accounts);
    const cls = classes[i % classes.length]!;
    // An order number is looked up in the account that has it.
    const term = cls === 'orderNumber' && b.orderNumber ? b.orderNumber : pick(terms.filter((t) => t.class === cls)).term;
    samples.push({ kind: 'search', apiKey: b.apiKey, searchClass: cls, path: `${API}/tickets?q=${encodeURIComponent(term)}&limit=50` });
    const c = pick(accounts);
    const month = pick(months);
    samples.push({ kind: 'stats', apiKey: c.apiKey, path: `${API}/tickets/stats?from=${month.from}&to=${month.to}` });
  }
  return samples;
}

interface Measured {
  latencies: Record<QueryKind, number[]>;
  searchByClass: Record<string, number[]>;
  nonOk: number;
  firstError: string | null;
  slowest: Record<QueryKind, { ms: number; path: string } | null>;
  emptySearches: number;
}

/** Sequential requests on one keep-alive connection, the three kinds interleaved. */
async function measure(http: KeepAliveClient, samples: Sample[], record: boolean, into: Measured): Promise<void> {
  for (const sample of samples) {
    const response = await http.get(sample.path, { authorization: `Bearer ${sample.apiKey}` });
    if (response.status !== 200) {
      into.nonOk++;
      into.firstError ??= `${sample.path} → ${response.status}: ${response.body.slice(0, 300)}`;
      continue;
    }
    if (!record) continue;
    into.latencies[sample.kind].push(response.ms);
    if (sample.searchClass) {
      (into.searchByClass[sample.searchClass] ??= []).push(response.ms);
      if ((JSON.parse(response.body) as { data: unknown[] }).data.length === 0) into.emptySearches++;
    }
    const slowest = into.slowest[sample.kind];
    if (!slowest || response.ms > slowest.ms) into.slowest[sample.kind] = { ms: round(response.ms, 2), path: sample.path };
  }
}

const p = (s: TailSummary) => ({ p50: s.p50, p95: s.p95, p99: s.p99 });

export async function runTickets(): Promise<Record<string, unknown>> {
  const settings = readSettings();
  const perAccount = settings.tickets / settings.accounts;
  const environment: Record<string, unknown> = { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg().map((x) => round(x, 2)) };
  const workDir = mkdtempSync(path.join(tmpdir(), 'sportello-bench-'));
  onCleanup(async () => rmSync(workDir, { recursive: true, force: true }));
  const db = await createBenchDatabase(settings.adminUrl, APPLICATION_NAME);
  environment.postgres = db.postgresVersion;

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const serverEnv = { DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: path.join(workDir, 'data') };
  const server = spawnTs(SERVER_ENTRY, ['start'], { env: serverEnv });
  relayOutput(server, 'sportello', (line) => line.startsWith('{'));
  log(`starting Sportello on ${baseUrl} (pid ${String(server.pid)})`);
  await waitForHealthy(`${baseUrl}/healthz`, server);

  const seedStarted = performance.now();
  const created = await createAccounts(settings.accounts, serverEnv, db.name);
  log(`created ${created.length} accounts in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  const pool = new pg.Pool({ connectionString: db.url, max: 2, application_name: APPLICATION_NAME });
  pool.on('error', () => undefined);
  onCleanup(() => pool.end());
  const http = new KeepAliveClient(baseUrl);
  onCleanup(async () => http.close());

  const months = seedMonths();
  const span = { start: months[0]!.start, end: months[months.length - 1]!.end };
  const contactsPerAccount = Math.max(1, Math.round(perAccount / 10));
  const accounts = [];
  for (const [i, c] of created.entries()) accounts.push(await prepareAccount(pool, http, baseUrl, i, c, contactsPerAccount, span.start));
  log(`prepared ${accounts.length} accounts (statuses, ${CATEGORIES.length} categories, ${OPERATORS_PER_ACCOUNT} operators, ${contactsPerAccount} contacts each)`);
  const { notes } = await seedTickets(pool, accounts, perAccount, span, settings.seed);
  const seedSeconds = round((performance.now() - seedStarted) / 1000, 1);
  log(`seeded ${settings.tickets} tickets and ${notes} notes in ${seedSeconds} s`);

  // Order numbers that exist (one per account for the first accounts), and how selective each search term is.
  const { rows: orders } = await pool.query<{ account_id: string; n: string | null }>(
    `SELECT a.account_id, (SELECT substring(t.description FROM 'ordine ([0-9]+)') FROM tickets t
              WHERE t.account_id = a.account_id AND t.description ~ 'ordine [0-9]+' ORDER BY t.reference DESC LIMIT 1) AS n
       FROM ticket_counters a`,
  );
  for (const a of accounts) a.orderNumber = orders.find((o) => o.account_id === a.accountId)?.n ?? undefined;
  const terms = searchTerms(accounts.flatMap((a) => (a.orderNumber ? [a.orderNumber] : [])).slice(0, 1));
  const first = accounts[0]!;
  const termShare: Record<string, number> = {};
  for (const cls of [...new Set(terms.map((t) => t.class))]) {
    const sample = terms.find((t) => t.class === cls)!;
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM tickets WHERE account_id = $1 AND search @@ websearch_to_tsquery('simple', $2)`,
      [first.accountId, sample.term],
    );
    termShare[`${cls}:${sample.term}`] = round(rows[0]!.n / perAccount, 5);
  }
  const sizes = await pool.query<{ tickets: string; total: string }>(
    `SELECT pg_size_pretty(pg_relation_size('tickets')) AS tickets, pg_size_pretty(pg_total_relation_size('tickets')) AS total`,
  );
  environment.ticketsTable = sizes.rows[0]!.tickets;
  environment.ticketsWithIndexes = sizes.rows[0]!.total;
  environment.sharedBuffers = (await pool.query<{ v: string }>("SELECT current_setting('shared_buffers') AS v")).rows[0]!.v;

  const measured: Measured = {
    latencies: { list: [], search: [], stats: [] },
    searchByClass: {},
    nonOk: 0,
    firstError: null,
    slowest: { list: null, search: null, stats: null },
    emptySearches: 0,
  };
  log(`warming up with ${settings.warmup} requests of each kind`);
  await measure(http, buildSamples(settings.warmup, accounts, terms, months, settings.seed + 1000), false, measured);
  log(`measuring ${settings.samples} requests of each kind, sequentially`);
  const measureStarted = performance.now();
  await measure(http, buildSamples(settings.samples, accounts, terms, months, settings.seed), true, measured);
  log(`measured in ${((performance.now() - measureStarted) / 1000).toFixed(1)} s`);
  if (measured.nonOk > 0) throw new Error(`${measured.nonOk} requests failed; first: ${measured.firstError}`);

  const list = tail(measured.latencies.list);
  const search = tail(measured.latencies.search);
  const stats = tail(measured.latencies.stats);
  return {
    benchmark: 'tickets',
    database: 'postgresql',
    tickets: settings.tickets,
    accounts: settings.accounts,
    samples: settings.samples,
    listMs: p(list),
    searchMs: p(search),
    statsMs: p(stats),
    targets: TARGETS,
    met: { listP95Ms: list.p95 < TARGETS.listP95Ms, searchP95Ms: search.p95 < TARGETS.searchP95Ms, statsP95Ms: stats.p95 < TARGETS.statsP95Ms },
    seedSeconds,
    maxMs: { list: list.max, search: search.max, stats: stats.max },
    searchByClassMs: Object.fromEntries(Object.entries(measured.searchByClass).map(([cls, l]) => [cls, p(tail(l))])),
    searchTermShare: termShare,
    emptySearches: measured.emptySearches,
    slowest: measured.slowest,
    seeded: { contactsPerAccount, operatorsPerAccount: OPERATORS_PER_ACCOUNT, categoriesPerAccount: CATEGORIES.length, notes, from: months[0]!.from, to: months[months.length - 1]!.to },
    environment,
  };
}
