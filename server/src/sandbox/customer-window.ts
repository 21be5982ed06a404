/**
 * Meta's customer-service window: for 24 hours after a customer's last
 * message, the business may send anything; after that (or if the customer
 * never wrote) only templates. A free-form send outside the window is still
 * accepted with a 200 and then fails by webhook with 131047.
 */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Customers tracked at most; the oldest entries go first, like the message log. */
const MAX_TRACKED_CUSTOMERS = 100_000;

export type LastInboundTimes = Map<string, number>;

export function customerKey(phoneNumberId: string, waId: string): string {
  return `${phoneNumberId}:${waId}`;
}

export function isServiceWindowOpen(lastInboundMs: number | undefined, nowMs: number): boolean {
  return lastInboundMs !== undefined && nowMs - lastInboundMs < CUSTOMER_SERVICE_WINDOW_MS;
}

/**
 * Records a customer message. The window runs from the latest message, so an
 * older timestamp (a test replaying the past) never shortens an open window.
 */
export function noteInbound(times: LastInboundTimes, key: string, atMs: number): void {
  const previous = times.get(key);
  times.delete(key);
  times.set(key, previous !== undefined && previous > atMs ? previous : atMs);
  if (times.size > MAX_TRACKED_CUSTOMERS) {
    const oldest = times.keys().next();
    if (!oldest.done) times.delete(oldest.value);
  }
}
