import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyHubSignature } from '../lib/hub-signature.ts';
import { createSandboxClient, type SandboxClient } from './client.ts';
import { addMail, createSandboxState, sandboxPlugin, type SandboxState } from './plugin.ts';

/**
 * The whole sandbox over real HTTP: a Fastify server with the plugin mounted
 * under /sandbox, and a plain node:http receiver standing in for the
 * product's webhook endpoint, which checks every signature on the raw bytes.
 */

type Json = Record<string, any>;

interface Delivery {
  path: string;
  raw: Buffer;
  json: Json;
  signatureValid: boolean;
}

interface Receiver {
  url: string;
  deliveries: Delivery[];
  /** Answer the next `times` requests on `path` with HTTP `status`. */
  failNext(path: string, times: number, status?: number): void;
  close(): Promise<void>;
}

const APP_SECRET = 'app-secret-è';

async function startReceiver(): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  const failures = new Map<string, { times: number; status: number }>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const path = request.url ?? '/';
      const header = request.headers['x-hub-signature-256'];
      const signatureValid = verifyHubSignature(raw, typeof header === 'string' ? header : undefined, APP_SECRET);
      deliveries.push({ path, raw, json: JSON.parse(raw.toString('utf8')) as Json, signatureValid });
      const failure = failures.get(path);
      if (!signatureValid) {
        response.statusCode = 401;
      } else if (failure && failure.times > 0) {
        failure.times--;
        response.statusCode = failure.status;
      } else {
        response.statusCode = 200;
      }
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deliveries,
    failNext: (path, times, status = 500) => failures.set(path, { times, status }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let app: FastifyInstance;
let state: SandboxState;
let receiver: Receiver;
let base: string;
let sandbox: SandboxClient;
let numberSeq = 0;

interface Business {
  phoneNumberId: string;
  display: string;
  token: string;
  hookPath: string;
  deliveries(): Delivery[];
  statuses(): Json[];
  messages(): Json[];
}

/** A fresh business number per test, with its own webhook path on the receiver. */
async function newBusiness(display = `1555${String(1_000_000 + ++numberSeq)}`): Promise<Business> {
  const phoneNumberId = `10654035224${String(1000 + numberSeq)}`;
  const token = `token-${phoneNumberId}`;
  const hookPath = `/hook/${phoneNumberId}`;
  await sandbox.registerPhoneNumber(phoneNumberId, {
    wabaId: `WABA${phoneNumberId}`,
    displayPhoneNumber: display,
    accessToken: token,
    appSecret: APP_SECRET,
    webhookUrl: `${receiver.url}${hookPath}`,
  });
  const deliveries = () => receiver.deliveries.filter((d) => d.path === hookPath);
  const values = () => deliveries().map((d) => d.json.entry[0].changes[0].value as Json);
  return {
    phoneNumberId,
    display,
    token,
    hookPath,
    deliveries,
    statuses: () => values().flatMap((v) => (v.statuses as Json[] | undefined) ?? []),
    messages: () => values().flatMap((v) => (v.messages as Json[] | undefined) ?? []),
  };
}

async function graph(business: Business, body: unknown, token: string | null = business.token) {
  const response = await fetch(`${base}/graph/v21.0/${business.phoneNumberId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Json };
}

const text = (to: string, body: string, extra: Json = {}) => ({ messaging_product: 'whatsapp', to, type: 'text', text: { body }, ...extra });

beforeAll(async () => {
  receiver = await startReceiver();
  state = createSandboxState({ settings: { webhookRetryDelaysMs: [50, 100], statusDelaysMs: { sent: 10, delivered: 30, read: 60 } } });
  // Mounted the way the product mounts it: in an app with zod compilers and an OpenAPI document.
  app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(swagger, { openapi: { info: { title: 'host', version: '1' } }, transform: jsonSchemaTransform });
  await app.register(sandboxPlugin, { prefix: '/sandbox', state });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  base = `${address}/sandbox`;
  sandbox = createSandboxClient(base);
});

afterAll(async () => {
  await app.close();
  await receiver.close();
});

beforeEach(async () => {
  await sandbox.updateSettings({ throughputMps: 80, pairRateBurst: 45, rateLimitHttpStatus: 400, autoRead: true });
});

describe('mounting', () => {
  it("stays out of the host's API document", async () => {
    await app.ready();
    const document = app.swagger() as { paths?: Record<string, unknown> };
    expect(Object.keys(document.paths ?? {}).filter((path) => path.startsWith('/sandbox'))).toEqual([]);
  });
});

describe('phone-number registry', () => {
  it('registers and lists numbers without echoing secrets, and replaces on re-PUT', async () => {
    const business = await newBusiness();
    const again = await sandbox.registerPhoneNumber(business.phoneNumberId, {
      wabaId: 'W2',
      displayPhoneNumber: business.display,
      verifiedName: 'Acme Srl',
      accessToken: business.token,
      appSecret: APP_SECRET,
      webhookUrl: `${receiver.url}${business.hookPath}`,
    });
    expect(again).toEqual({
      phoneNumberId: business.phoneNumberId,
      wabaId: 'W2',
      displayPhoneNumber: business.display,
      verifiedName: 'Acme Srl',
      webhookUrl: `${receiver.url}${business.hookPath}`,
    });
    const listed = (await sandbox.phoneNumbers()).find((n) => n.phoneNumberId === business.phoneNumberId);
    expect(listed).toMatchObject({ wabaId: 'W2', verifiedName: 'Acme Srl' });
    expect(JSON.stringify(listed)).not.toContain(business.token);
    expect(JSON.stringify(listed)).not.toContain(APP_SECRET);

    const bad = await fetch(`${base}/v1/phone-numbers/${business.phoneNumberId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ wabaId: 'W' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.code).toBe('malformed_request');
  });
});

describe('a conversation', () => {
  it('delivers the customer message signed, then reports sent → delivered → read for the reply', async () => {
    const business = await newBusiness();
    const inbound = await sandbox.inbound({ phoneNumberId: business.phoneNumberId, from: '+393331234567', name: 'Zoë Rossi', text: 'Caffè? ☕' });
    expect(inbound).toEqual({ waMessageId: expect.stringMatching(/^wamid\./), delivered: true, webhookStatus: 200 });

    const [delivery] = business.deliveries();
    expect(delivery?.signatureValid).toBe(true);
    expect(/[\u0080-\uffff]/.test(delivery?.raw.toString('latin1') ?? '')).toBe(false);
    expect(delivery?.json).toEqual({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: `WABA${business.phoneNumberId}`,
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: business.display, phone_number_id: business.phoneNumberId },
                contacts: [{ profile: { name: 'Zoë Rossi' }, wa_id: '393331234567' }],
                messages: [
                  { from: '393331234567', id: inbound.waMessageId, timestamp: expect.stringMatching(/^\d{10}$/), type: 'text', text: { body: 'Caffè? ☕' } },
                ],
              },
            },
          ],
        },
      ],
    });

    const sent = await graph(business, text('+393331234567', 'Certo!', { biz_opaque_callback_data: 'msg-1' }));
    expect(sent.status).toBe(200);
    expect(sent.json).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: '+393331234567', wa_id: '393331234567' }],
      messages: [{ id: expect.stringMatching(/^wamid\./) }],
    });
    const wamid = sent.json.messages[0].id as string;

    const statuses = await waitFor(() => business.statuses().length === 3 && business.statuses(), 'three statuses');
    expect(statuses.map((s) => s.status)).toEqual(['sent', 'delivered', 'read']);
    for (const status of statuses) {
      expect(status).toMatchObject({ id: wamid, recipient_id: '393331234567', biz_opaque_callback_data: 'msg-1' });
      expect(status.timestamp).toMatch(/^\d{10}$/);
      expect(status.errors).toBeUndefined();
    }
    expect(statuses[0]?.pricing).toEqual({ billable: false, pricing_model: 'PMP', type: 'free_customer_service', category: 'service' });
    expect(statuses[1]?.pricing).toBeDefined();
    expect(statuses[2]?.pricing).toBeUndefined();
    expect(business.deliveries().every((d) => d.signatureValid)).toBe(true);

    const [outboxEntry] = await sandbox.outbox({ to: '+393331234567', phoneNumberId: business.phoneNumberId });
    expect(outboxEntry).toMatchObject({ id: wamid, to: '+393331234567', type: 'text', status: 'read', body: text('+393331234567', 'Certo!', { biz_opaque_callback_data: 'msg-1' }) });
    expect(await sandbox.outbox({ to: '393331234567', phoneNumberId: business.phoneNumberId })).toHaveLength(1);

    const chat = await sandbox.conversation({ customer: '+393331234567', phoneNumberId: business.phoneNumberId });
    expect(chat.map((m) => [m.direction, m.text])).toEqual([
      ['inbound', 'Caffè? ☕'],
      ['outbound', 'Certo!'],
    ]);

    const log = await sandbox.webhookLog({ phoneNumberId: business.phoneNumberId });
    expect(log.map((row) => row.kind).sort()).toEqual(['inbound', 'status.delivered', 'status.read', 'status.sent']);
    expect(log.every((row) => row.statusCode === 200 && row.attempt === 1 && row.url === `${receiver.url}${business.hookPath}`)).toBe(true);

    const read = await graph(business, { messaging_product: 'whatsapp', status: 'read', message_id: inbound.waMessageId });
    expect(read).toEqual({ status: 200, json: { success: true } });
    expect((await sandbox.conversation({ customer: '393331234567', phoneNumberId: business.phoneNumberId }))[0]?.status).toBe('read');
  });

  it('stops at delivered when autoRead is off', async () => {
    const business = await newBusiness();
    await sandbox.updateSettings({ autoRead: false });
    await sandbox.inbound({ phoneNumberId: business.phoneNumberId, from: '393331111111', text: 'hi' });
    await graph(business, text('393331111111', 'hello'));
    await waitFor(() => business.statuses().length === 2, 'two statuses');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(business.statuses().map((s) => s.status)).toEqual(['sent', 'delivered']);
  });
});

describe('Graph errors', () => {
  it('refuse missing or wrong tokens with 401/190 and unknown numbers with 400/100', async () => {
    const business = await newBusiness();
    for (const token of [null, 'wrong']) {
      const answer = await graph(business, text('393331234567', 'x'), token);
      expect(answer.status).toBe(401);
      expect(answer.json.error).toMatchObject({ code: 190, type: 'OAuthException' });
    }
    const unknown = await graph({ ...business, phoneNumberId: '999' }, text('393331234567', 'x'));
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.code).toBe(100);
    expect(unknown.json.error.message).toMatch(/^Unsupported post request. Object with ID '999' does not exist/);
  });

  it("validate bodies and answer in Meta's error shape", async () => {
    const business = await newBusiness();
    const answer = await graph(business, {
      messaging_product: 'whatsapp',
      to: '393331234567',
      type: 'interactive',
      interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'x'.repeat(21) } }] } },
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      error: {
        message: '(#131009) Parameter value is not valid',
        type: 'OAuthException',
        code: 131009,
        error_data: { messaging_product: 'whatsapp', details: 'Button title length invalid. Min length: 1, Max length: 20' },
        fbtrace_id: expect.any(String),
      },
    });
    const malformed = await fetch(`${base}/graph/v21.0/${business.phoneNumberId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${business.token}` },
      body: '{"messaging_product":',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as Json).error.code).toBe(100);
    expect(await sandbox.outbox({ phoneNumberId: business.phoneNumberId })).toHaveLength(0);
  });

  it('refuse sending to the business own number with 131021', async () => {
    const business = await newBusiness();
    const answer = await graph(business, text(`+${business.display}`, 'me?'));
    expect(answer.status).toBe(400);
    expect(answer.json.error.code).toBe(131021);
  });
});

describe('the customer-service window', () => {
  it('accepts a free-form message to a customer who never wrote, then fails it with 131047', async () => {
    const business = await newBusiness();
    const answer = await graph(business, text('393332222222', 'Hello?', { biz_opaque_callback_data: 'cb-9' }));
    expect(answer.status).toBe(200);
    const wamid = answer.json.messages[0].id as string;
    const [failed] = await waitFor(() => business.statuses().length >= 1 && business.statuses(), 'a failed status');
    expect(failed).toEqual({
      id: wamid,
      status: 'failed',
      timestamp: expect.stringMatching(/^\d{10}$/),
      recipient_id: '393332222222',
      biz_opaque_callback_data: 'cb-9',
      errors: [
        {
          code: 131047,
          title: 'Re-engagement message',
          message: 'Re-engagement message',
          error_data: { details: 'More than 24 hours have passed since the recipient last replied to the sender number.' },
          href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
        },
      ],
    });
    await waitFor(async () => (await sandbox.outbox({ phoneNumberId: business.phoneNumberId }))[0]?.status === 'failed', 'outbox failed');
  });

  it('stays closed for a customer whose last message is 25 hours old, but lets templates through', async () => {
    const business = await newBusiness();
    const old = Math.floor(Date.now() / 1000) - 25 * 3600;
    await sandbox.inbound({ phoneNumberId: business.phoneNumberId, from: '393333333333', text: 'yesterday', timestamp: old });
    expect(business.messages()[0]?.timestamp).toBe(String(old));
    await graph(business, text('393333333333', 'late reply'));
    await waitFor(() => business.statuses().some((s) => s.status === 'failed'), 'a 131047 failure');

    const template = await graph(business, {
      messaging_product: 'whatsapp',
      to: '393333333333',
      type: 'template',
      template: { name: 'order_update', language: { code: 'it' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }] },
    });
    expect(template.status).toBe(200);
    expect(template.json.messages).toEqual([{ id: expect.stringMatching(/^wamid\./), message_status: 'accepted' }]);
    const sent = await waitFor(
      () => business.statuses().find((s) => s.id === template.json.messages[0].id && s.status === 'sent'),
      'the template sent status',
    );
    expect(sent.pricing).toEqual({ billable: true, pricing_model: 'PMP', type: 'regular', category: 'utility' });
  });
});

describe('replies to interactive and template messages', () => {
  it('quote the latest business message of the matching kind unless told which', async () => {
    const business = await newBusiness();
    const customer = '393334444444';
    await sandbox.inbound({ phoneNumberId: business.phoneNumberId, from: customer, text: 'menu' });
    const buttons = await graph(business, {
      messaging_product: 'whatsapp',
      to: customer,
      type: 'interactive',
      interactive: { type: 'button', body: { text: 'Confirm?' }, action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] } },
    });
    const template = await graph(business, {
      messaging_product: 'whatsapp',
      to: customer,
      type: 'template',
      template: { name: 'track', language: { code: 'it' } },
    });
    await graph(business, text(customer, 'one more thing'));

    await sandbox.inbound({ phoneNumberId: business.phoneNumberId, from: customer, buttonReply: { id: 'yes', title: 'Yes' } });
    await sandbox.inbound({ phoneNumberId: business.phoneNumberId, from: customer, templateButton: { text: 'Track', payload: 'TRACK_1' } });
    await sandbox.inbound({ phoneNumberId: business.phoneNumberId, from: customer, listReply: { id: 'r1', title: 'Row' }, contextMessageId: 'wamid.GIVEN' });

    const [, buttonReply, templateReply, listReply] = business.messages();
    expect(buttonReply).toMatchObject({
      type: 'interactive',
      interactive: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } },
      context: { from: business.display, id: buttons.json.messages[0].id },
    });
    expect(templateReply).toMatchObject({ type: 'button', button: { text: 'Track', payload: 'TRACK_1' }, context: { id: template.json.messages[0].id } });
    expect(listReply).toMatchObject({ type: 'interactive', context: { id: 'wamid.GIVEN' } });
  });
});

describe('injected failures', () => {
  it('fail the next sends in the call or by webhook, as Meta reports each code', async () => {
    const business = await newBusiness();
    const customer = '393335555555';
    await sandbox.inbound({ phoneNumberId: business.phoneNumberId, from: customer, text: 'hi' });

    await sandbox.failNext({ phoneNumberId: business.phoneNumberId, code: 131000, times: 2 });
    for (let i = 0; i < 2; i++) {
      const answer = await graph(business, text(customer, 'x'));
      expect(answer.status).toBe(500);
      expect(answer.json.error).toMatchObject({ code: 131000, message: '(#131000) Something went wrong' });
    }
    await sandbox.failNext({ phoneNumberId: business.phoneNumberId, code: 132001, httpStatus: 400 });
    expect((await graph(business, text(customer, 'x'))).status).toBe(400);

    await sandbox.failNext({ phoneNumberId: business.phoneNumberId, code: 131026 });
    const undeliverable = await graph(business, text(customer, 'x'));
    expect(undeliverable.status).toBe(200);
    const failed = await waitFor(() => business.statuses().find((s) => s.status === 'failed'), 'a failed status');
    expect(failed).toMatchObject({ id: undeliverable.json.messages[0].id, errors: [{ code: 131026, title: 'Message undeliverable' }] });

    const normal = await graph(business, text(customer, 'fine'));
    expect(normal.status).toBe(200);
    await waitFor(() => business.statuses().some((s) => s.id === normal.json.messages[0].id && s.status === 'read'), 'a normal read');

    const unknown = await fetch(`${base}/v1/fail-next`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phoneNumberId: 'nope', code: 131000 }),
    });
    expect(unknown.status).toBe(404);
  });
});

describe('rate limits', () => {
  it('refuse sends over the throughput with 130429 at the configured HTTP status', async () => {
    const business = await newBusiness();
    await sandbox.updateSettings({ throughputMps: 3, rateLimitHttpStatus: 429 });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await graph(business, text(`39333600000${i}`, 'promo')));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[3]?.json.error).toMatchObject({ code: 130429, message: '(#130429) Rate limit hit' });
  });

  it('refuse a burst to one customer with 131056', async () => {
    const business = await newBusiness();
    await sandbox.updateSettings({ pairRateBurst: 2 });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await graph(business, text('393337777777', `n${i}`)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 400]);
    expect(answers[2]?.json.error.code).toBe(131056);
    expect((await graph(business, text('393337777778', 'other customer'))).status).toBe(200);
  });
});

describe('webhook delivery', () => {
  it('retries a failed delivery in the background without holding the caller', async () => {
    const business = await newBusiness();
    receiver.failNext(business.hookPath, 2, 503);
    const answer = await sandbox.inbound({ phoneNumberId: business.phoneNumberId, from: '393338888888', text: 'anyone?' });
    expect(answer).toMatchObject({ delivered: false, webhookStatus: 503 });
    await waitFor(() => business.deliveries().length === 3, 'two retries');
    const log = await waitFor(async () => {
      const rows = await sandbox.webhookLog({ phoneNumberId: business.phoneNumberId });
      return rows.length === 3 && rows;
    }, 'three log rows');
    expect(log.map((row) => [row.attempt, row.statusCode])).toEqual([
      [3, 200],
      [2, 503],
      [1, 503],
    ]);
    expect(new Set(business.deliveries().map((d) => d.raw.toString()))).toHaveLength(1);
  });

  it('reports an unreachable receiver as not delivered', async () => {
    const business = await newBusiness();
    await sandbox.registerPhoneNumber(business.phoneNumberId, {
      wabaId: 'W',
      displayPhoneNumber: business.display,
      accessToken: business.token,
      appSecret: APP_SECRET,
      webhookUrl: 'http://127.0.0.1:1/unreachable',
    });
    const answer = await sandbox.inbound({ phoneNumberId: business.phoneNumberId, from: '393338888889', text: 'x' });
    expect(answer).toMatchObject({ delivered: false, webhookStatus: null });
  });

  it('wraps raw values in the signed envelope', async () => {
    const business = await newBusiness();
    const value = {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: business.display, phone_number_id: business.phoneNumberId },
      errors: [{ code: 130429, title: 'Rate limit hit' }],
    };
    expect(await sandbox.rawWebhook(business.phoneNumberId, value)).toEqual({ delivered: true, webhookStatus: 200 });
    const [delivery] = business.deliveries();
    expect(delivery?.signatureValid).toBe(true);
    expect(delivery?.json).toEqual({ object: 'whatsapp_business_account', entry: [{ id: `WABA${business.phoneNumberId}`, changes: [{ field: 'messages', value }] }] });
  });
});

describe('the sandbox API', () => {
  it('answers bad input and unknown numbers in the product error shape', async () => {
    const bad = await fetch(`${base}/v1/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phoneNumberId: 'x', from: 'abc', text: 'hi' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error).toMatchObject({ code: 'malformed_request', message: expect.any(String), details: expect.anything() });
    const unknown = await fetch(`${base}/v1/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phoneNumberId: 'nope', from: '393331234567', text: 'hi' }),
    });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as Json).error.code).toBe('not_found');
  });

  it('serves the dev mailbox, settings, the phone page and a reset', async () => {
    addMail(state, { from: 'noreply@sportello.local', to: ['ops@acme.it'], subject: 'Ticket T-1 opened', text: 'A new ticket' });
    const mails = await sandbox.mail({ to: 'ops@acme.it' });
    expect(mails[0]).toMatchObject({ subject: 'Ticket T-1 opened', to: ['ops@acme.it'], createdAt: expect.any(String) });

    const settings = await sandbox.updateSettings({ statusDelaysMs: { read: 70 } });
    expect(settings.statusDelaysMs).toEqual({ sent: 10, delivered: 30, read: 70 });
    expect((await sandbox.settings()).statusDelaysMs.read).toBe(70);
    const refused = await fetch(`${base}/v1/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ throughputMps: -1 }),
    });
    expect(refused.status).toBe(400);

    const page = await fetch(`${base}/phone`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('v1/conversation');
    expect(html).not.toMatch(/(src|href)="https?:/);

    await sandbox.reset();
    expect(await sandbox.mail()).toEqual([]);
    expect(await sandbox.outbox()).toEqual([]);
    expect(await sandbox.webhookLog()).toEqual([]);
    expect((await sandbox.phoneNumbers()).length).toBeGreaterThan(0);
  });
});
