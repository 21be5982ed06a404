import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DELIVERY_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  callWebhook,
  pickStored,
  signBody,
  verifySignature,
  type WebhookRequest,
} from './webhook-call.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Answers the n-th request with the n-th handler (the last one repeats). */
type Answer = (res: ServerResponse) => void;

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function receiver(...answers: Answer[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks) });
      const answer = answers[Math.min(received.length, answers.length) - 1];
      answer?.(res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
const text =
  (status: number, body: string): Answer =>
  (res) => {
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(body);
  };
/** Never answers: the caller's timeout has to end the attempt. */
const silent: Answer = () => {};

function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}

function request(url: string, overrides: Partial<WebhookRequest> = {}): WebhookRequest {
  return {
    url,
    body: { contact: { name: 'Zoë', phone: '+393331234567' }, fields: { ORDER: 'A-1' }, run: { note: 'Caffè ☕' } },
    secret: 'shh-secret',
    deliveryId: 'run-1:step-webhook',
    timeoutMs: 5_000,
    retries: 3,
    ...overrides,
  };
}

describe('signBody / verifySignature', () => {
  it('signs as sha256=<hex> and verifies only the same bytes with the same secret', () => {
    const body = '{"a":"è"}';
    const header = signBody('k', body);
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature('k', body, header)).toBe(true);
    expect(verifySignature('k', Buffer.from(body), header)).toBe(true);
    expect(verifySignature('other', body, header)).toBe(false);
    expect(verifySignature('k', '{"a":"e"}', header)).toBe(false);
    expect(verifySignature('k', body, undefined)).toBe(false);
    expect(verifySignature('k', body, header.slice(0, -2))).toBe(false);
    expect(verifySignature('k', body, header.replace('sha256=', ''))).toBe(false);
  });
});

describe('callWebhook', () => {
  it('posts JSON signed over the exact bytes the receiver reads', async () => {
    const target = await receiver(json(200, { order: { status: 'shipped' } }));
    const now = new Date('2026-03-01T10:00:00Z');
    const outcome = await callWebhook(request(target.url), { now: () => now });

    expect(outcome).toEqual({ ok: true, status: 200, json: { order: { status: 'shipped' } }, attempts: 1 });
    const [call] = target.received;
    expect(call?.headers['content-type']).toBe('application/json');
    expect(call?.headers['user-agent']).toBe('Sportello-Webhooks/1');
    expect(call?.headers[DELIVERY_HEADER]).toBe('run-1:step-webhook');
    expect(call?.headers[TIMESTAMP_HEADER]).toBe(String(now.getTime() / 1000));
    const signature = call?.headers[SIGNATURE_HEADER] as string;
    expect(verifySignature('shh-secret', call!.body, signature)).toBe(true);
    expect(verifySignature('another-secret', call!.body, signature)).toBe(false);
    expect(JSON.parse(call!.body.toString('utf8'))).toEqual(request(target.url).body);
  });

  it('retries a 500 with the same delivery id and succeeds on the second attempt', async () => {
    const target = await receiver(text(500, 'boom'), json(200, { ok: true }));
    const { sleep, delays } = recordingSleep();
    const outcome = await callWebhook(request(target.url), { sleep });

    expect(outcome).toEqual({ ok: true, status: 200, json: { ok: true }, attempts: 2 });
    expect(delays).toEqual([1000]);
    const ids = target.received.map((r) => r.headers[DELIVERY_HEADER]);
    expect(ids).toEqual(['run-1:step-webhook', 'run-1:step-webhook']);
    expect(target.received[0]?.body.equals(target.received[1]!.body)).toBe(true);
    expect(target.received[0]?.headers[SIGNATURE_HEADER]).toBe(target.received[1]?.headers[SIGNATURE_HEADER]);
  });

  it('backs off 1 s, 2 s, 4 s … capped at 30 s and reports the last answer', async () => {
    const target = await receiver(text(503, 'down'));
    const { sleep, delays } = recordingSleep();
    const outcome = await callWebhook(request(target.url, { retries: 7 }), { sleep });

    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(outcome).toEqual({ ok: false, reason: 'The server answered 503 Service Unavailable after 8 attempts', status: 503, attempts: 8 });
    expect(target.received).toHaveLength(8);
  });

  it('fails a 404 at once, without retrying', async () => {
    const target = await receiver(text(404, 'nope'));
    const { sleep, delays } = recordingSleep();
    const outcome = await callWebhook(request(target.url), { sleep });

    expect(outcome).toEqual({ ok: false, reason: 'The server answered 404 Not Found', status: 404, attempts: 1 });
    expect(delays).toEqual([]);
    expect(target.received).toHaveLength(1);
  });

  it('retries 408', async () => {
    const target = await receiver(text(408, 'slow'), json(201, { id: 7 }));
    const outcome = await callWebhook(request(target.url), recordingSleep());
    expect(outcome).toEqual({ ok: true, status: 201, json: { id: 7 }, attempts: 2 });
  });

  it('does not follow redirects', async () => {
    const target = await receiver((res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
      res.end();
    });
    const outcome = await callWebhook(request(target.url), recordingSleep());
    expect(outcome).toEqual({ ok: false, reason: 'The server answered 302 Found (redirects are not followed)', status: 302, attempts: 1 });
  });

  it('gives up on a server that never answers, saying how long it waited and how often', async () => {
    const target = await receiver(silent);
    const { sleep, delays } = recordingSleep();
    const outcome = await callWebhook(request(target.url, { timeoutMs: 200, retries: 1 }), { sleep });

    expect(outcome).toEqual({ ok: false, reason: 'No answer within 200 ms after 2 attempts', status: null, attempts: 2 });
    expect(delays).toEqual([1000]);
    expect(target.received.map((r) => r.headers[DELIVERY_HEADER])).toEqual(['run-1:step-webhook', 'run-1:step-webhook']);
  });

  it('reports a refused connection', async () => {
    const target = await receiver(json(200, {}));
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));
    const { sleep, delays } = recordingSleep();
    const outcome = await callWebhook(request(target.url, { retries: 2 }), { sleep });

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.status).toBeNull();
    expect(outcome.attempts).toBe(3);
    expect(outcome.reason).toMatch(/^Could not connect: ECONNREFUSED 127\.0\.0\.1:\d+ after 3 attempts$/);
    expect(delays).toEqual([1000, 2000]);
  });

  it('waits as long as Retry-After asks on 429 when that is at most 30 s', async () => {
    const target = await receiver(
      json(429, { error: 'slow down' }, { 'retry-after': '7' }),
      json(429, { error: 'slow down' }, { 'retry-after': '120' }),
      json(200, { accepted: true }),
    );
    const { sleep, delays } = recordingSleep();
    const outcome = await callWebhook(request(target.url), { sleep });

    expect(outcome).toEqual({ ok: true, status: 200, json: { accepted: true }, attempts: 3 });
    // 7 s as asked; 120 s is too long, so the normal back-off (2 s for the second retry) applies.
    expect(delays).toEqual([7000, 2000]);
  });

  it('reads a Retry-After date against the injected clock', async () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const target = await receiver(
      json(429, {}, { 'retry-after': new Date(now.getTime() + 12_000).toUTCString() }),
      json(200, {}),
    );
    const { sleep, delays } = recordingSleep();
    await callWebhook(request(target.url), { sleep, now: () => now });
    expect(delays).toEqual([12000]);
  });

  it('passes custom headers but never lets them replace its own', async () => {
    const target = await receiver(json(200, {}));
    const forged = 'sha256=' + '0'.repeat(64);
    await callWebhook(
      request(target.url, {
        headers: {
          Authorization: 'Bearer token-1',
          'X-Tenant': 'acme',
          'X-Sportello-Signature-256': forged,
          'x-sportello-delivery': 'forged-id',
          'Content-Type': 'text/plain',
        },
      }),
      recordingSleep(),
    );

    const [call] = target.received;
    expect(call?.headers.authorization).toBe('Bearer token-1');
    expect(call?.headers['x-tenant']).toBe('acme');
    expect(call?.headers[SIGNATURE_HEADER]).not.toBe(forged);
    expect(verifySignature('shh-secret', call!.body, call?.headers[SIGNATURE_HEADER] as string)).toBe(true);
    expect(call?.headers[DELIVERY_HEADER]).toBe('run-1:step-webhook');
    expect(call?.headers['content-type']).toBe('application/json');
  });

  it('accepts an answer that is not JSON, with json null', async () => {
    const target = await receiver(text(200, 'thanks!'));
    expect(await callWebhook(request(target.url), recordingSleep())).toEqual({ ok: true, status: 200, json: null, attempts: 1 });
  });

  it('accepts an empty answer, with json null', async () => {
    const target = await receiver((res) => {
      res.writeHead(204);
      res.end();
    });
    expect(await callWebhook(request(target.url), recordingSleep())).toEqual({ ok: true, status: 204, json: null, attempts: 1 });
  });

  it('does not read an answer bigger than 1 MiB', async () => {
    const big = JSON.stringify({ blob: 'x'.repeat(2 * 1024 * 1024) });
    const declared = await receiver((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(big);
    });
    const chunked = await receiver((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      for (let i = 0; i < big.length; i += 64 * 1024) res.write(big.slice(i, i + 64 * 1024));
      res.end();
    });
    expect(await callWebhook(request(declared.url), recordingSleep())).toEqual({ ok: true, status: 200, json: null, attempts: 1 });
    expect(await callWebhook(request(chunked.url), recordingSleep())).toEqual({ ok: true, status: 200, json: null, attempts: 1 });
  });

  it('refuses URLs that are not http or https, without calling anything', async () => {
    const calls: unknown[] = [];
    const options = { fetch: (async (...args: unknown[]) => void calls.push(args)) as unknown as typeof fetch };
    expect(await callWebhook(request('ftp://example.com/hook'), options)).toEqual({
      ok: false,
      reason: 'Only http and https URLs can be called, not ftp:',
      status: null,
      attempts: 0,
    });
    const notAUrl = await callWebhook(request('not a url'), options);
    expect(notAUrl).toMatchObject({ ok: false, status: null, attempts: 0 });
    expect(notAUrl.ok ? '' : notAUrl.reason).toContain('not a valid URL');
    const badHeader = await callWebhook(request('https://example.com/hook', { headers: { 'x-note': 'a\nb' } }), options);
    expect(badHeader).toEqual({
      ok: false,
      reason: 'The custom header "x-note" has a name or value HTTP does not allow',
      status: null,
      attempts: 0,
    });
    expect(calls).toEqual([]);
  });
});

describe('pickStored', () => {
  const answer = {
    order: { status: 'shipped', total: 42.5, paid: false, note: null },
    items: [
      { sku: 'A-1', qty: 2 },
      { sku: 'B-7', qty: 1 },
    ],
    tags: ['vip'],
  };

  it('finds values by dotted path, indexing arrays', () => {
    expect(
      pickStored(answer, {
        ORDER_STATUS: 'order.status',
        ORDER_TOTAL: 'order.total',
        PAID: 'order.paid',
        NOTE: 'order.note',
        FIRST_SKU: 'items.0.sku',
        SECOND_QTY: 'items.1.qty',
      }),
    ).toEqual({ ORDER_STATUS: 'shipped', ORDER_TOTAL: 42.5, PAID: false, NOTE: null, FIRST_SKU: 'A-1', SECOND_QTY: 1 });
  });

  it('keeps objects and arrays as they are', () => {
    expect(pickStored(answer, { ORDER: 'order', ITEMS: 'items', TAGS: 'tags' })).toEqual({
      ORDER: answer.order,
      ITEMS: answer.items,
      TAGS: ['vip'],
    });
  });

  it('leaves out keys whose path is missing', () => {
    expect(
      pickStored(answer, {
        MISSING: 'order.carrier',
        PAST_END: 'items.5.sku',
        NOT_INDEX: 'items.first',
        THROUGH_SCALAR: 'order.status.length',
        EMPTY_SEGMENT: 'order..status',
        INHERITED: 'order.constructor',
        FOUND: 'tags.0',
      }),
    ).toEqual({ FOUND: 'vip' });
  });

  it('finds nothing in an answer that is not JSON', () => {
    expect(pickStored(null, { A: 'a' })).toEqual({});
    expect(pickStored('text', { A: 'length' })).toEqual({});
  });

  it('keeps a key named __proto__ as plain data', () => {
    const store = JSON.parse('{"__proto__":"a"}') as Record<string, string>;
    const picked = pickStored({ a: { polluted: true } }, store);
    expect(Object.getPrototypeOf(picked)).toBe(Object.prototype);
    expect(Object.keys(picked)).toEqual(['__proto__']);
    expect((picked as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
