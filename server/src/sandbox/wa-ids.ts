import { createHash, randomBytes, randomInt } from 'node:crypto';

/**
 * Meta's message ids are "wamid." followed by base64 of a small binary record
 * that starts with the customer's number and ends with a random hex key
 * (e.g. "wamid.HBgMOTE5…"). The sandbox builds ids of the same layout so that
 * code which stores, indexes or logs them meets realistic values; receivers
 * must still treat them as opaque.
 */
export function newWamid(waId: string): string {
  const number = Buffer.from(waId.slice(0, 20), 'ascii');
  const key = Buffer.from(randomBytes(16).toString('hex').toUpperCase(), 'ascii');
  const record = Buffer.concat([
    Buffer.from([0x1c, 0x18, number.length]),
    number,
    Buffer.from([0x15, 0x02, 0x00, 0x12, 0x18, key.length]),
    key,
    Buffer.from([0x00]),
  ]);
  return `wamid.${record.toString('base64')}`;
}

/** Graph errors carry an opaque trace id of about 23 URL-safe characters. */
export function newFbTraceId(): string {
  return randomBytes(18).toString('base64url').slice(0, 23);
}

/** Media ids in webhooks are long decimal strings. */
export function newMediaId(): string {
  return `${randomInt(1, 10)}${Array.from({ length: 15 }, () => randomInt(0, 10)).join('')}`;
}

/** Inbound media carry the base64 SHA-256 of the file; the sandbox has no file, so it hashes the media id. */
export function mediaSha256(mediaId: string): string {
  return createHash('sha256').update(mediaId).digest('base64');
}
