import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import {
  apiClient,
  createTestAccount,
  createTestDatabase,
  eventually,
  startTestSportello,
  testDatabaseKind,
  type ApiClient,
  type TestDatabase,
  type TestSportello,
} from './harness.ts';

/**
 * Exactly-once and scale-out of the automation engine: a reply and its
 * timeout racing, a worker killed mid-run, two workers sharing the runs.
 * Success is read where the customer would see it: the sandbox's outbox.
 */

let phoneCounter = 0;
const phonePrefix = String(Date.now() % 1000).padStart(3, '0');
function newCustomer(): string {
  phoneCounter += 1;
  return `+39347${phonePrefix}${String(phoneCounter).padStart(4, '0')}`;
}

interface OutboxMessage {
  id: string;
  to: string;
  type: string;
  body: any;
  createdAt: string;
}

/** What one business number sent, oldest first. */
async function outboxOf(sandbox: ApiClient, phoneNumberId: string): Promise<OutboxMessage[]> {
  const res = await sandbox.get(`/v1/outbox?phoneNumberId=${phoneNumberId}&limit=10000`);
  expect(res.status).toBe(200);
  return (res.body.data as OutboxMessage[]).slice().reverse();
}

function byRecipient(messages: OutboxMessage[], label: (m: OutboxMessage) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const m of messages) map.set(m.to, [...(map.get(m.to) ?? []), label(m)]);
  return map;
}

const textOf = (m: OutboxMessage): string => m.body.text?.body ?? m.body.template?.name ?? m.type;

/** Asks and waits: the reply goes to "thanks", the timeout to "nudge" — never both, never neither. */
function raceDefinition(phrase: string, timeout: string) {
  return {
    trigger: { type: 'message_phrase', phrase },
    start: 'ask',
    steps: {
      ask: { type: 'send_message', message: { type: 'text', text: 'Shall we go on?' }, next: 'wait' },
      wait: { type: 'customer_response', timeout, next: 'thanks', noResponse: 'nudge' },
      thanks: { type: 'send_message', message: { type: 'text', text: 'Thanks for your answer' } },
      nudge: { type: 'send_message', message: { type: 'text', text: 'Still there?' } },
    },
  };
}

async function activeAutomation(api: ApiClient, definition: unknown): Promise<string> {
  const created = await api.post('/api/v1/automations', { name: `Automation ${randomUUID().slice(0, 8)}`, definition });
  expect(created.status).toBe(201);
  expect((await api.post(`/api/v1/automations/${created.body.id}/activate`)).status).toBe(200);
  return created.body.id as string;
}

async function inChunks<T, R>(items: readonly T[], size: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)))));
  return out;
}

describe.concurrent('a reply and the timeout at the same moment', () => {
  // Real time, which a test may move forward at once past a deadline.
  let ahead = 0;
  const clock = { now: () => new Date(Date.now() + ahead) };
  let sportello: TestSportello;
  beforeAll(async () => {
    sportello = await startTestSportello({ clock });
  });
  afterAll(async () => {
    await sportello?.close();
  });

  it.sequential('fired together on 20 waiting runs, exactly one of reply and timeout moves each run, and each customer gets exactly one of the two messages', async ({ expect }) => {
    const { api, channel } = await createTestAccount(sportello);
    const automationId = await activeAutomation(api, raceDefinition('RACE', 'PT1M'));
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const customers = Array.from({ length: 20 }, newCustomer);
    await Promise.all(customers.map((from) => sandbox.post('/v1/inbound', { phoneNumberId: channel!.phoneNumberId, from, text: 'race' })));

    const waiting = await eventually(
      async () => {
        const res = await api.get(`/api/v1/automations/${automationId}/runs?status=waiting&limit=200`);
        return res.body.data.length === customers.length ? (res.body.data as Array<{ id: string; currentStep: string; waitingUntil: string }>) : null;
      },
      15_000,
      'every run waiting for the answer',
    );
    for (const run of waiting) expect(run.currentStep).toBe('wait');

    // The executor's own loop would be a third contender; with it stopped exactly these two race.
    const executor = sportello.services.automations.executor;
    await executor.stop();
    // Both are true now: each reply was written half a minute before its deadline, and every deadline has passed.
    ahead += Math.max(...waiting.map((r) => Date.parse(r.waitingUntil))) + 1000 - Date.now();
    const moved = await Promise.all(
      waiting.map(async (run, i) => {
        const receivedAt = new Date(Date.parse(run.waitingUntil) - 30_000).toISOString();
        const reply = () =>
          executor.process(run.id, {
            type: 'customer_replied',
            message: { id: randomUUID(), type: 'text', text: 'yes', buttonId: null, buttonTitle: null, receivedAt },
          });
        const timeout = () => executor.process(run.id, { type: 'timer_fired' });
        // Half the runs hear the reply first, half the timeout, so both orders race.
        const [replied, timedOut] = i % 2 === 0 ? await Promise.all([reply(), timeout()]) : (await Promise.all([timeout(), reply()])).reverse();
        return { runId: run.id, replied: replied!, timedOut: timedOut! };
      }),
    );
    executor.start();
    for (const m of moved) expect(m.replied !== m.timedOut, `run ${m.runId}: reply moved it ${m.replied}, timeout moved it ${m.timedOut}`).toBe(true);

    await sportello.drain();
    for (const m of moved) {
      const run = (await api.get(`/api/v1/automation-runs/${m.runId}`)).body;
      const [outcome, exit] = m.replied ? ['replied', 'thanks'] : ['no_response', 'nudge'];
      expect(run).toMatchObject({ status: 'completed', path: ['ask', 'wait', exit] });
      expect(run.timeline.map((t: any) => [t.stepId, t.status, t.outcome])).toEqual([
        ['ask', 'completed', 'next'],
        ['wait', 'completed', outcome],
        [exit, 'completed', 'next'],
      ]);
    }
    const expected = new Map(
      await Promise.all(
        moved.map(async (m) => {
          const run = (await api.get(`/api/v1/automation-runs/${m.runId}`)).body;
          const contact = (await api.get(`/api/v1/contacts/${run.contactId}`)).body;
          return [contact.phone as string, ['Shall we go on?', m.replied ? 'Thanks for your answer' : 'Still there?']] as const;
        }),
      ),
    );
    const sent = await eventually(
      async () => {
        const messages = await outboxOf(sandbox, channel!.phoneNumberId);
        return messages.length >= 2 * customers.length ? messages : null;
      },
      10_000,
      'the answers in the outbox',
    );
    expect(byRecipient(sent, textOf)).toEqual(expected);
    const report = (await api.get(`/api/v1/automations/${automationId}/report`)).body;
    const entered = Object.fromEntries(report.steps.map((s: any) => [s.stepId, s.entered]));
    expect(entered.wait).toBe(20);
    expect(entered.thanks + entered.nudge).toBe(20);
  }, 60_000);

  it.sequential('through the sandbox, with the answer sent around the 1 s timeout, each of 10 customers gets exactly one of the two outcomes', async ({ expect }) => {
    const { api, channel } = await createTestAccount(sportello);
    const automationId = await activeAutomation(api, raceDefinition('CLOSE CALL', 'PT1S'));
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const customers = Array.from({ length: 10 }, newCustomer);
    await Promise.all(
      customers.map(async (from, i) => {
        await sandbox.post('/v1/inbound', { phoneNumberId: channel!.phoneNumberId, from, text: 'Close call' });
        const question = await eventually(
          async () => (await sandbox.get(`/v1/outbox?to=${encodeURIComponent(from)}`)).body.data.find((m: OutboxMessage) => textOf(m) === 'Shall we go on?'),
          10_000,
          'the question',
        );
        // The wait began just before the question left: answers written from 0.7 s before its end to 0.2 s after.
        const answerAt = new Date(question.createdAt).getTime() + 300 + i * 100;
        await new Promise((r) => setTimeout(r, Math.max(0, answerAt - clock.now().getTime())));
        await sandbox.post('/v1/inbound', { phoneNumberId: channel!.phoneNumberId, from, text: 'yes' });
      }),
    );

    const runs = await eventually(
      async () => {
        const res = await api.get(`/api/v1/automations/${automationId}/runs?status=completed&limit=200`);
        return res.body.data.length === customers.length ? (res.body.data as Array<{ contactId: string; path: string[] }>) : null;
      },
      15_000,
      'every run completed',
    ).catch(async (err: Error) => {
      const all = (await api.get(`/api/v1/automations/${automationId}/runs?limit=200`)).body.data as Array<{ status: string; path: string[]; reason: string | null }>;
      const unfinished = all.filter((r) => r.status !== 'completed').map((r) => ({ status: r.status, path: r.path, reason: r.reason }));
      throw new Error(`${err.message}: ${all.length} runs, unfinished ${JSON.stringify(unfinished)}`, { cause: err });
    });
    const pathByPhone = new Map(
      await Promise.all(runs.map(async (r) => [(await api.get(`/api/v1/contacts/${r.contactId}`)).body.phone as string, r.path] as const)),
    );
    // Longer than the timeout: a late second outcome would show up meanwhile.
    await new Promise((r) => setTimeout(r, 1500));
    await sportello.drain();
    const received = byRecipient(await outboxOf(sandbox, channel!.phoneNumberId), textOf);
    expect([...received.keys()].sort()).toEqual([...customers].sort());
    for (const customer of customers) {
      const path = pathByPhone.get(customer)!;
      expect(path.slice(0, 2)).toEqual(['ask', 'wait']);
      expect(path).toHaveLength(3);
      expect(received.get(customer), customer).toEqual(['Shall we go on?', path[2] === 'thanks' ? 'Thanks for your answer' : 'Still there?']);
    }
  }, 60_000);
});

// ---------------------------------------------------------------------------
// Real processes: a worker killed with SIGKILL, and two workers side by side.
// ---------------------------------------------------------------------------

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Child {
  process: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** `node --import tsx`, not the tsx command: that one runs the program in a child process, which a SIGKILL of the parent would leave running. */
function spawnServer(children: Child[], args: string[], env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: serverDir,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const child = { process: proc, output: () => out, exited };
  children.push(child);
  return child;
}

const isRunning = (child: Child) => child.process.exitCode === null && child.process.signalCode === null;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once the process answers at `url`; fails with its output if it exits first. */
async function answering(child: Child, url: string): Promise<void> {
  try {
    await eventually(
      async () => {
        if (!isRunning(child)) throw new Error('the process exited');
        return (await fetch(url)).ok;
      },
      60_000,
      `${url} to answer`,
    );
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${child.output()}`, { cause: err });
  }
}

/** Polls an expensive check (the whole outbox) less often than `eventually` does. */
const gently =
  <T>(check: () => Promise<T>) =>
  async () => {
    await new Promise((r) => setTimeout(r, 250));
    return check();
  };

/** The Sportello command against a database: PostgreSQL by URL, or a PGlite data directory. */
type Storage = { DATABASE_URL: string } | { DATA_DIR: string };

interface CliAccount {
  accountId: string;
  apiKey: string;
  channel: { phoneNumberId: string };
}

async function createAccountWithCli(children: Child[], storage: Storage): Promise<CliAccount> {
  const suffix = randomUUID().slice(0, 8);
  const cli = spawnServer(
    children,
    ['src/main.ts', 'account:create', '--name', `Exactly once ${suffix}`, '--email', `eo-${suffix}@example.test`, '--password', 'long-enough-pw', '--sandbox', '--json'],
    storage,
  );
  const code = await cli.exited;
  if (code !== 0) throw new Error(`account:create exited with ${code}: ${cli.output()}`);
  return JSON.parse(cli.output().trim().split('\n').at(-1)!) as CliAccount;
}

async function startSportelloProcess(children: Child[], env: Record<string, string>, role: 'all' | 'api' | 'worker' = 'all') {
  const port = env.PORT ?? String(await freePort());
  const child = spawnServer(children, ['src/main.ts', 'start', '--role', role], { ...env, PORT: port });
  const url = `http://127.0.0.1:${port}`;
  await answering(child, `${url}/healthz`);
  return { child, url };
}

/**
 * A door to the sandbox for one worker: it passes every request through and
 * notes the Sportello message id (echoed in biz_opaque_callback_data) of each
 * message WhatsApp accepted through it, which tells what each worker sent.
 */
async function sandboxDoor(servers: Server[], sandboxOrigin: string): Promise<{ url: string; accepted: Set<string> }> {
  const accepted = new Set<string>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    try {
      const answer = await fetch(`${sandboxOrigin}${req.url}`, { method: req.method, headers, body: body.length > 0 ? body : undefined });
      const text = await answer.text();
      if (answer.ok && req.method === 'POST' && /\/messages$/.test(req.url ?? '')) {
        const callback = (JSON.parse(body.toString()) as { biz_opaque_callback_data?: string }).biz_opaque_callback_data;
        if (callback) accepted.add(callback);
      }
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(text);
    } catch (err) {
      res.writeHead(502).end(String(err));
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sandbox`, accepted };
}

/** Contacts made through the API: they never wrote, so the automation's messages are templates. */
async function createContacts(api: ApiClient, n: number): Promise<Array<{ id: string; phone: string }>> {
  return inChunks(Array.from({ length: n }, newCustomer), 25, async (phone, i) => {
    const res = await api.post('/api/v1/contacts', { phone, name: `Customer ${i}` });
    if (res.status !== 201) throw new Error(`contact ${phone}: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id as string, phone: res.body.phone as string };
  });
}

async function startRuns(api: ApiClient, automationId: string, contacts: Array<{ id: string }>): Promise<void> {
  await inChunks(contacts, 25, async (c) => {
    const res = await api.post(`/api/v1/automations/${automationId}/start`, { contactId: c.id });
    if (res.status !== 201) throw new Error(`start for ${c.id}: ${res.status} ${JSON.stringify(res.body)}`);
  });
}

async function completedRuns(api: ApiClient, automationId: string, lastStep: string): Promise<number> {
  const report = (await api.get(`/api/v1/automations/${automationId}/report`)).body as { steps: Array<{ stepId: string; completed: number }> };
  return report.steps.find((s) => s.stepId === lastStep)?.completed ?? 0;
}

/** Outbound messages in the database: how many WhatsApp has not taken yet (a later attempt would send them), and how many each contact has. */
async function outboundInDatabase(db: Database, accountId: string): Promise<{ pending: number; perContact: Map<string, number> }> {
  const { rows } = await db.sql.query<{ contact_id: string; n: number; pending: number }>(
    `SELECT contact_id, count(*)::int AS n, (count(*) FILTER (WHERE status = 'queued' AND wa_message_id IS NULL))::int AS pending
       FROM messages WHERE account_id = $1 AND direction = 'outbound' GROUP BY contact_id`,
    [accountId],
  );
  return { pending: rows.reduce((n, r) => n + r.pending, 0), perContact: new Map(rows.map((r) => [r.contact_id, r.n])) };
}

const template = (name: string) => ({ name, language: 'en' });

describe.concurrent('automation workers as real processes', () => {
  const children: Child[] = [];
  const servers: Server[] = [];
  const databases: TestDatabase[] = [];
  const dataDirs: string[] = [];
  let sandboxOrigin: string;
  let sandbox: ApiClient;

  beforeAll(async () => {
    // Its own process: the simulator keeps what was sent in memory, and it has to outlive the killed Sportello.
    const port = await freePort();
    const child = spawnServer(children, ['src/sandbox/main.ts'], { SANDBOX_PORT: String(port) });
    sandboxOrigin = `http://127.0.0.1:${port}`;
    await answering(child, `${sandboxOrigin}/sandbox/v1/settings`);
    sandbox = apiClient(`${sandboxOrigin}/sandbox`);
    // Hundreds of messages a second from one number: Meta's per-number rate is not what is tested here.
    // Status webhooks are retried for longer than a restart takes, as Meta does (for days), and more often than a
    // restarted Sportello waits before it takes over an attempt left in doubt (a lease).
    const settings = await sandbox.put('/v1/settings', { throughputMps: 10_000, autoRead: false, webhookRetryDelaysMs: [200, 1000, 2000, ...Array<number>(17).fill(5000)] });
    expect(settings.status).toBe(200);
  });

  afterAll(async () => {
    for (const child of children) if (isRunning(child)) child.process.kill('SIGKILL');
    await Promise.all(children.map((c) => c.exited));
    for (const server of servers) server.close();
    await Promise.all(databases.map((d) => d.drop()));
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it(
    `${testDatabaseKind}: a Sportello killed with SIGKILL mid-run and started again sends each of the 3 messages of every contact exactly once, and tags them all`,
    async ({ expect }) => {
      let storage: Storage;
      let testDatabase: TestDatabase | undefined;
      if (testDatabaseKind === 'postgres') {
        testDatabase = await createTestDatabase();
        databases.push(testDatabase);
        storage = { DATABASE_URL: testDatabase.url! };
      } else {
        const dataDir = mkdtempSync(path.join(tmpdir(), 'sportello-kill-'));
        dataDirs.push(dataDir);
        storage = { DATA_DIR: dataDir };
      }
      const account = await createAccountWithCli(children, storage);
      const env = { ...storage, SANDBOX_URL: `${sandboxOrigin}/sandbox`, PORT: String(await freePort()) };
      const first = await startSportelloProcess(children, env);
      const api = apiClient(first.url, account.apiKey);
      const phoneNumberId = account.channel.phoneNumberId;

      // PGlite runs one step at a time in its one process: half as many contacts keep it as quick.
      const n = testDatabaseKind === 'postgres' ? 200 : 100;
      const contacts = await createContacts(api, n);
      const automationId = await activeAutomation(api, {
        trigger: { type: 'api' },
        start: 'one',
        steps: {
          one: { type: 'send_template', template: template('sequence_one'), next: 'two' },
          two: { type: 'send_template', delay: 'PT1S', template: template('sequence_two'), next: 'three' },
          three: { type: 'send_template', delay: 'PT1S', template: template('sequence_three'), next: 'done' },
          done: { type: 'add_tag', tag: 'sequence_done' },
        },
      });
      await startRuns(api, automationId, contacts);

      // Killed while the second message of the sequence is going out.
      await eventually(async () => (await outboxOf(sandbox, phoneNumberId)).length >= n * 1.25, 60_000, 'the second messages going out');
      first.child.process.kill('SIGKILL');
      await first.child.exited;
      const sentBeforeKill = (await outboxOf(sandbox, phoneNumberId)).length;
      expect(sentBeforeKill).toBeLessThan(3 * n);

      const second = await startSportelloProcess(children, env);
      try {
        await eventually(
          gently(async () => (await completedRuns(api, automationId, 'done')) === n && (await outboxOf(sandbox, phoneNumberId)).length >= 3 * n),
          90_000,
          'every run completed and every message sent',
        );
      } catch (err) {
        const report = (await api.get(`/api/v1/automations/${automationId}/report`)).body;
        throw new Error(`${(err as Error).message}: report ${JSON.stringify(report.steps)}, outbox ${(await outboxOf(sandbox, phoneNumberId)).length}\n${second.child.output()}`, {
          cause: err,
        });
      }
      const tags = (await api.get('/api/v1/tags')).body.data as Array<{ name: string; contactCount: number }>;
      expect(tags.find((t) => t.name === 'sequence_done')?.contactCount).toBe(n);
      const report = (await api.get(`/api/v1/automations/${automationId}/report`)).body;
      expect(report.steps).toEqual(['one', 'two', 'three', 'done'].map((stepId) => ({ stepId, entered: n, waiting: 0, completed: n, failed: 0 })));

      // Stopped, nothing more can go out: what the customers got is final.
      second.child.process.kill('SIGTERM');
      expect(await second.child.exited).toBe(0);
      const received = byRecipient(await outboxOf(sandbox, phoneNumberId), textOf);
      expect(received.size).toBe(n);
      // Each exactly once, though not always in order: a message caught by the kill goes out once its attempt's lease ends, after the next one.
      for (const c of contacts) expect(received.get(c.phone)?.slice().sort(), c.phone).toEqual(['sequence_one', 'sequence_three', 'sequence_two']);
      const db = testDatabase?.database ?? (await openDatabase({ kind: 'pglite', dataDir: (storage as { DATA_DIR: string }).DATA_DIR }));
      try {
        const stored = await outboundInDatabase(db, account.accountId);
        expect(stored.pending).toBe(0);
        expect(contacts.filter((c) => stored.perContact.get(c.id) !== 3)).toEqual([]);
      } finally {
        if (!testDatabase) await db.close();
      }
    },
    150_000,
  );

  it.runIf(testDatabaseKind === 'postgres')(
    'two worker processes and an API process on one PostgreSQL: 300 runs, every message sent exactly once, and both workers sent some',
    async ({ expect }) => {
      const testDatabase = await createTestDatabase();
      databases.push(testDatabase);
      const storage = { DATABASE_URL: testDatabase.url! };
      const account = await createAccountWithCli(children, storage);
      const apiPort = String(await freePort());
      // Status webhooks go to the API process, whichever node registered the number last.
      const common = { ...storage, PUBLIC_URL: `http://127.0.0.1:${apiPort}` };
      const [doorA, doorB] = await Promise.all([sandboxDoor(servers, sandboxOrigin), sandboxDoor(servers, sandboxOrigin)]);
      // Started together on a fresh database, as an orchestrator would.
      const [apiNode] = await Promise.all([
        startSportelloProcess(children, { ...common, PORT: apiPort, SANDBOX_URL: `${sandboxOrigin}/sandbox` }, 'api'),
        startSportelloProcess(children, { ...common, SANDBOX_URL: doorA.url }, 'worker'),
        startSportelloProcess(children, { ...common, SANDBOX_URL: doorB.url }, 'worker'),
      ]);
      const api = apiClient(apiNode.url, account.apiKey);
      const phoneNumberId = account.channel.phoneNumberId;

      const contacts = await createContacts(api, 300);
      const automationId = await activeAutomation(api, {
        trigger: { type: 'api' },
        start: 'hello',
        steps: {
          hello: { type: 'send_template', delay: 'PT1S', template: template('shared_hello'), next: 'done' },
          done: { type: 'add_tag', tag: 'greeted' },
        },
      });
      await startRuns(api, automationId, contacts);

      await eventually(
        gently(async () => (await completedRuns(api, automationId, 'done')) === 300 && (await outboundInDatabase(testDatabase.database, account.accountId)).pending === 0),
        60_000,
        'every run completed and every message sent',
      );
      const sent = await outboxOf(sandbox, phoneNumberId);
      const received = byRecipient(sent, textOf);
      expect(received.size).toBe(300);
      expect(contacts.filter((c) => received.get(c.phone)?.join() !== 'shared_hello')).toEqual([]);
      const messageIds = new Set(sent.map((m) => m.body.biz_opaque_callback_data as string));
      expect(messageIds.size).toBe(300);
      expect(new Set([...doorA.accepted, ...doorB.accepted])).toEqual(messageIds);
      expect([...doorA.accepted].filter((id) => doorB.accepted.has(id))).toEqual([]);
      expect(doorA.accepted.size).toBeGreaterThan(0);
      expect(doorB.accepted.size).toBeGreaterThan(0);
      const tags = (await api.get('/api/v1/tags')).body.data as Array<{ name: string; contactCount: number }>;
      expect(tags.find((t) => t.name === 'greeted')?.contactCount).toBe(300);
    },
    120_000,
  );
});
