import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Meta signs each webhook with HMAC-SHA256 of the raw body, keyed by the app
 * secret, in the `X-Hub-Signature-256: sha256=<hex>` header.
 */
export function signHubSignature(rawBody: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** Checks the header against the exact bytes received, in constant time. */
export function verifyHubSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header || !header.startsWith('sha256=')) return false;
  const received = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/**
 * Meta serialises payloads with every non-ASCII character escaped as \uXXXX
 * (lowercase hex) and signs those bytes; the sandbox does the same so that
 * receivers are tested against the real byte layout.
 */
export function serializeLikeMeta(payload: unknown): string {
  return JSON.stringify(payload).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
