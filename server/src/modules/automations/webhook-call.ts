import { STATUS_CODES } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { signHubSignature, verifyHubSignature } from '../../lib/hub-signature.ts';

/**
 * The HTTP side of the "Send webhook" automation step.
 *
 * Signing works like Meta's `X-Hub-Signature-256`: HMAC-SHA256 of the exact raw
 * body bytes, keyed by the secret the admin configured, sent as
 * `sha256=<hex>`. The timestamp and delivery id are sent as headers but are not
 * part of the signature, so a receiver verifies the bytes it read and nothing
 * else. The delivery id is the same on every retry, so a receiver drops
 * duplicates by it.
 */
export const SIGNATURE_HEADER = 'x-sportello-signature-256';
export const DELIVERY_HEADER = 'x-sportello-delivery';
/** Unix seconds when the attempt was sent; not signed. */
export const TIMESTAMP_HEADER = 'x-sportello-timestamp';

const USER_AGENT = 'Sportello-Webhooks/1';
/** Answers are read up to this many bytes; a bigger answer counts as "no JSON". */
const MAX_RESPONSE_BYTES = 1024 * 1024;
const BACKOFF_START_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
/** A `Retry-After` longer than this is ignored in favour of the normal back-off. */
const MAX_RETRY_AFTER_SECONDS = 30;

/**
 * Headers an admin's custom headers may not set: ours (a receiver must be able
 * to trust them) and those that describe the transport, which fetch computes.
 */
const PROTECTED_HEADERS = new Set([
  SIGNATURE_HEADER,
  DELIVERY_HEADER,
  TIMESTAMP_HEADER,
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'host',
  'connection',
  'keep-alive',
  'upgrade',
  'expect',
  'te',
  'trailer',
]);

export interface WebhookRequest {
  url: string;
  body: unknown;
  secret: string;
  /** Deterministic per (run, step): the same on every attempt. */
  deliveryId: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  /** Attempts after the first one. */
  retries: number;
}

export interface WebhookCallOptions {
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  now?: () => Date;
}

export type WebhookOutcome =
  | { ok: true; status: number; json: unknown; attempts: number }
  | { ok: false; reason: string; status: number | null; attempts: number };

export function signBody(secret: string, rawBody: string | Uint8Array): string {
  return signHubSignature(typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody), secret);
}

/** Checks a `sha256=<hex>` header against the exact bytes received, in constant time. */
export function verifySignature(secret: string, rawBody: string | Uint8Array, header: string | null | undefined): boolean {
  return verifyHubSignature(Buffer.from(rawBody), header ?? undefined, secret);
}

/** One attempt's result; `retry` says whether another attempt may help. */
type Attempt =
  | { kind: 'ok'; status: number; json: unknown }
  | { kind: 'status'; status: number; retry: boolean; retryAfterMs: number | null }
  | { kind: 'timeout' }
  | { kind: 'network'; message: string };

export async function callWebhook(request: WebhookRequest, options: WebhookCallOptions = {}): Promise<WebhookOutcome> {
  const sleep = options.sleep ?? ((ms: number) => delay(ms).then(() => undefined));
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());

  const url = parseUrl(request.url);
  if (typeof url === 'string') return { ok: false, reason: url, status: null, attempts: 0 };

  let rawBody: string;
  try {
    // undefined (or a bare function) has no JSON form; send null rather than an empty body.
    rawBody = (JSON.stringify(request.body) as string | undefined) ?? 'null';
  } catch (err) {
    return { ok: false, reason: `The data to send cannot be written as JSON: ${(err as Error).message}`, status: null, attempts: 0 };
  }

  const custom = new Headers();
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    try {
      custom.set(name, value);
    } catch {
      return { ok: false, reason: `The custom header "${name}" has a name or value HTTP does not allow`, status: null, attempts: 0 };
    }
  }
  for (const name of PROTECTED_HEADERS) custom.delete(name);
  const signature = signBody(request.secret, rawBody);

  const timeoutMs = Math.max(1, Math.trunc(request.timeoutMs) || 1);
  const maxAttempts = 1 + Math.max(0, Math.trunc(request.retries) || 0);
  let attempts = 0;
  for (;;) {
    attempts += 1;
    const headers = new Headers(custom);
    headers.set('user-agent', custom.get('user-agent') ?? USER_AGENT);
    headers.set('content-type', 'application/json');
    headers.set(SIGNATURE_HEADER, signature);
    headers.set(DELIVERY_HEADER, request.deliveryId);
    headers.set(TIMESTAMP_HEADER, String(Math.floor(now().getTime() / 1000)));

    const result = await attempt(doFetch, url, headers, rawBody, timeoutMs, now);
    if (result.kind === 'ok') return { ok: true, status: result.status, json: result.json, attempts };

    const retryable = result.kind !== 'status' || result.retry;
    if (!retryable || attempts >= maxAttempts) {
      return { ok: false, reason: describeFailure(result, timeoutMs, attempts), status: result.kind === 'status' ? result.status : null, attempts };
    }
    const backoff = Math.min(BACKOFF_START_MS * 2 ** (attempts - 1), BACKOFF_CAP_MS);
    await sleep(result.kind === 'status' && result.retryAfterMs !== null ? result.retryAfterMs : backoff);
  }
}

/** The URL to call, or the reason it cannot be called. */
function parseUrl(raw: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `The webhook URL is not a valid URL: ${raw}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `Only http and https URLs can be called, not ${url.protocol}`;
  }
  return url;
}

async function attempt(
  doFetch: typeof fetch,
  url: URL,
  headers: Headers,
  rawBody: string,
  timeoutMs: number,
  now: () => Date,
): Promise<Attempt> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    // Redirects are not followed: fetch would turn a POST into a GET on 301/302
    // and would carry the signed body to wherever the Location header points.
    response = await doFetch(url, { method: 'POST', headers, body: rawBody, redirect: 'manual', signal });
  } catch (err) {
    return isTimeout(err) ? { kind: 'timeout' } : { kind: 'network', message: describeNetworkError(err) };
  }

  const status = response.status;
  if (status >= 200 && status < 300) {
    // The receiver accepted the call; an answer that is slow, oversized or
    // cut off only means there is nothing to store.
    const text = await readLimited(response).catch(() => null);
    return { kind: 'ok', status, json: text === null ? null : parseJson(text) };
  }
  await response.body?.cancel().catch(() => undefined);
  const retry = status === 408 || status === 429 || status >= 500;
  return { kind: 'status', status, retry, retryAfterMs: status === 429 || status === 503 ? retryAfterMs(response, now) : null };
}

/** The answer as text, or null when it is bigger than MAX_RESPONSE_BYTES (not read beyond that). */
async function readLimited(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_RESPONSE_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** `Retry-After` in ms when it asks for at most 30 s (seconds or an HTTP date), else null. */
function retryAfterMs(response: Response, now: () => Date): number | null {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return null;
  let seconds: number;
  if (/^\d+$/.test(value)) {
    seconds = Number(value);
  } else {
    const at = Date.parse(value);
    if (Number.isNaN(at)) return null;
    seconds = Math.max(0, Math.ceil((at - now().getTime()) / 1000));
  }
  return seconds <= MAX_RETRY_AFTER_SECONDS ? seconds * 1000 : null;
}

function isTimeout(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (e.name === 'TimeoutError' || (e as { code?: unknown }).code === 'UND_ERR_HEADERS_TIMEOUT') return true;
  }
  return false;
}

/** "Could not connect: ECONNREFUSED 127.0.0.1:4000" from fetch's "fetch failed" and its cause. */
function describeNetworkError(err: unknown): string {
  let innermost: Error | null = null;
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) innermost = e;
  if (!innermost) return 'Could not connect: the request failed';
  const { code, address, port, hostname } = innermost as { code?: unknown; address?: unknown; port?: unknown; hostname?: unknown };
  if (typeof code !== 'string') return `Could not connect: ${innermost.message}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `Could not find the host: ${code}${typeof hostname === 'string' ? ` ${hostname}` : ''}`;
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return `The connection was closed before an answer came: ${code}`;
  }
  if (code.startsWith('CERT_') || code.includes('SELF_SIGNED') || code.startsWith('UNABLE_TO_') || code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `The server's TLS certificate was refused: ${code}`;
  }
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) return `The secure (TLS) connection failed: ${code}`;
  const where = typeof address === 'string' ? ` ${address}${typeof port === 'number' ? `:${port}` : ''}` : '';
  return `Could not connect: ${code}${where}`;
}

function describeFailure(result: Exclude<Attempt, { kind: 'ok' }>, timeoutMs: number, attempts: number): string {
  const after = attempts > 1 ? ` after ${attempts} attempts` : '';
  switch (result.kind) {
    case 'status': {
      const phrase = STATUS_CODES[result.status];
      const redirect = result.status >= 300 && result.status < 400 ? ' (redirects are not followed)' : '';
      return `The server answered ${result.status}${phrase ? ` ${phrase}` : ''}${redirect}${after}`;
    }
    case 'timeout':
      return `No answer within ${timeoutMs} ms${after}`;
    case 'network':
      return `${result.message}${after}`;
  }
}

/**
 * For each `FIELD_KEY → 'dotted.path'`, the value at that path of the JSON
 * answer (`items.0.sku` indexes arrays). Missing paths are left out; objects
 * and arrays are returned as they are. Only own properties are followed, so a
 * path like `constructor.name` finds nothing.
 */
export function pickStored(json: unknown, store: Record<string, string>): Record<string, unknown> {
  const found: Array<[string, unknown]> = [];
  for (const [key, path] of Object.entries(store)) {
    const value = valueAt(json, path);
    if (value.found) found.push([key, value.value]);
  }
  // fromEntries defines own properties, so a key named "__proto__" stays data.
  return Object.fromEntries(found);
}

function valueAt(json: unknown, path: string): { found: true; value: unknown } | { found: false } {
  let current = json;
  for (const segment of path.split('.')) {
    if (segment === '') return { found: false };
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment)) return { found: false };
      const index = Number(segment);
      if (index >= current.length) return { found: false };
      current = current[index];
    } else if (typeof current === 'object' && current !== null && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return { found: false };
    }
  }
  return current === undefined ? { found: false } : { found: true, value: current };
}
