import { newId } from '../lib/ids.ts';
import type { Tx } from '../db/client.ts';
import type { EventInput } from './types.ts';

/** Wakes the dispatchers of every node when a transaction with events commits. */
export const OUTBOX_CHANNEL = 'sportello_outbox';

/** Events per INSERT: one JSON parameter carries them all. */
const EVENTS_PER_STATEMENT = 5000;

/**
 * Records events in the caller's transaction, so they exist if and only if the
 * change they describe was committed. However many there are, each statement
 * carries up to 5,000 of them as one JSON parameter.
 */
export async function recordEvents(tx: Tx, inputs: EventInput[]): Promise<void> {
  if (inputs.length === 0) return;
  for (let i = 0; i < inputs.length; i += EVENTS_PER_STATEMENT) {
    const rows = inputs
      .slice(i, i + EVENTS_PER_STATEMENT)
      .map((e) => ({ id: newId(), account_id: e.accountId, type: e.type, contact_id: e.contactId ?? null, payload: e.payload, caused_by_run: e.causedByRun ?? null }));
    // NOTIFY is delivered on commit only, and identical notifications in one transaction fold into one;
    // sent by the INSERT's own statement, it costs no round trip.
    await tx.sql.query(
      `WITH inserted AS (
         INSERT INTO events (id, account_id, type, contact_id, payload, caused_by_run)
         SELECT id, account_id, type, contact_id, payload, coalesce(caused_by_run, nullif(current_setting('sportello.cause_run', true), '')::uuid)
           FROM jsonb_to_recordset($1::jsonb) AS e(id uuid, account_id uuid, type text, contact_id uuid, payload jsonb, caused_by_run uuid)
         RETURNING 1)
       SELECT pg_notify('${OUTBOX_CHANNEL}', '') FROM (SELECT count(*) FROM inserted) AS done`,
      [JSON.stringify(rows)],
    );
  }
}

export function recordEvent(tx: Tx, input: EventInput): Promise<void> {
  return recordEvents(tx, [input]);
}
