import type { MessageStatus } from './schema.ts';

/**
 * Where each status stands in an outbound message's life. Webhooks arrive out
 * of order and more than once, so a status only ever moves forward: a late
 * "delivered" after "read" changes nothing. "failed" sits between sent and
 * delivered: a message the phone received cannot have failed.
 */
const RANK: Record<MessageStatus, number> = { received: 0, queued: 0, sent: 1, failed: 1.5, delivered: 2, read: 3 };

export function advancesStatus(current: MessageStatus, incoming: MessageStatus): boolean {
  return RANK[incoming] > RANK[current];
}
