/**
 * A fresh Idempotency-Key for one send. crypto.randomUUID exists only on
 * secure origins; a console opened over plain http on a LAN address still
 * has getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
