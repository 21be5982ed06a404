import { newId } from '../lib/ids.ts';
import type { Tx } from '../db/client.ts';
import { events } from './schema.ts';
import type { EventInput } from './types.ts';

/** Wakes the dispatchers of every node when a transaction with events commits. */
export const OUTBOX_CHANNEL = 'sportello_outbox';

/**
 * Records events in the caller's transaction, so they exist if and only if the
 * change they describe was committed.
 */
export async function recordEvents(tx: Tx, inputs: EventInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.db.insert(events).values(
    inputs.map((e) => ({ id: newId(), accountId: e.accountId, type: e.type, contactId: e.contactId ?? null, payload: e.payload })),
  );
  // NOTIFY is delivered on commit only, and identical notifications in one transaction fold into one.
  await tx.sql.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
}

export function recordEvent(tx: Tx, input: EventInput): Promise<void> {
  return recordEvents(tx, [input]);
}
