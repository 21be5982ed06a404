import type { Database } from '../db/client.ts';
import { bossDb, type Jobs } from '../jobs/boss.ts';
import type { Logger } from '../lib/logger.ts';
import { createWorkLoop, type WorkLoop } from '../lib/work-loop.ts';
import { OUTBOX_CHANNEL } from './outbox.ts';
import type { EventType, StoredEvent } from './types.ts';

/** The channel every node LISTENs on to feed its real-time streams. */
export const LIVE_EVENTS_CHANNEL = 'sportello_events';

/** NOTIFY payloads are limited to 8000 bytes; larger events travel by id. */
const MAX_NOTIFY_BYTES = 7000;

/** A consumer of events, run in its own pg-boss queue with retries. */
export interface EventConsumer {
  name: string;
  types: readonly EventType[] | 'all';
  handle(event: StoredEvent): Promise<void>;
  /** When given, called once per batch of events instead of `handle` per event (set-based consumers). */
  handleBatch?(events: StoredEvent[]): Promise<void>;
}

export interface LiveEventMessage {
  id: string;
  accountId: string;
  type: EventType;
  contactId: string | null;
  createdAt: string;
  /** Absent when the payload was too large to travel by NOTIFY. */
  payload?: Record<string, unknown>;
}

interface EventRow {
  id: string;
  account_id: string;
  type: EventType;
  contact_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date | string;
  caused_by_run?: string | null;
}

export function consumerQueue(name: string): string {
  return `event-${name}`;
}

/**
 * Moves committed outbox events to their consumers: a NOTIFY for the live
 * streams of every node and one pg-boss job per interested consumer, both in
 * the transaction that marks the event dispatched, so nothing is lost or sent
 * twice when a process dies half-way.
 */
export function createDispatcher(deps: { database: Database; jobs: Jobs; log: Logger; consumers: EventConsumer[]; batchSize?: number }): WorkLoop & {
  subscribe(): Promise<void>;
  startConsumers(): Promise<void>;
} {
  const { database, jobs, log, consumers } = deps;
  const batchSize = deps.batchSize ?? 200;

  /** pg-boss worker ids of this process's consumers, by queue. */
  const workerIds = new Map<string, string>();

  async function pass(): Promise<number> {
    const queued = new Set<string>();
    const dispatched = await database.transaction(async (tx) => {
      const { rows } = await tx.sql.query<EventRow>(
        `SELECT id, account_id, type, contact_id, payload, created_at FROM events
          WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      const notifications = rows.map((row) => {
        const message: LiveEventMessage = {
          id: row.id,
          accountId: row.account_id,
          type: row.type,
          contactId: row.contact_id,
          createdAt: new Date(row.created_at).toISOString(),
          payload: row.payload,
        };
        const text = JSON.stringify(message);
        return Buffer.byteLength(text) > MAX_NOTIFY_BYTES ? JSON.stringify({ ...message, payload: undefined }) : text;
      });
      // One statement for the whole batch, queued in event order and delivered on commit. The texts
      // travel as one JSON array, cheaper to serialise than a text[] literal of JSON texts.
      await tx.sql.query('SELECT pg_notify($1, n.text) FROM json_array_elements_text($2::json) WITH ORDINALITY AS n(text, ord) ORDER BY n.ord', [
        LIVE_EVENTS_CHANNEL,
        JSON.stringify(notifications),
      ]);
      const jobsToSend = consumers.flatMap((c) =>
        rows.filter((r) => c.types === 'all' || c.types.includes(r.type)).map((r) => ({ name: consumerQueue(c.name), data: { eventId: r.id } })),
      );
      if (jobsToSend.length > 0) await jobs.insert(jobsToSend, { db: bossDb(tx.sql) } as never);
      for (const job of jobsToSend) queued.add(job.name);
      await tx.sql.query(`UPDATE events SET dispatched_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
    // This process's consumers take the new jobs now rather than at their next poll (up to
    // half a second away), which would otherwise cap a consumer at one batch per poll.
    for (const queue of queued) {
      const id = workerIds.get(queue);
      if (id) jobs.notifyWorker(id);
    }
    return dispatched;
  }

  const loop = createWorkLoop({ name: 'event-dispatcher', pass, pollMs: 1000, log });
  return {
    ...loop,
    async subscribe() {
      await database.listen(OUTBOX_CHANNEL, () => loop.wake());
    },
    async startConsumers() {
      for (const consumer of consumers) {
        const queue = consumerQueue(consumer.name);
        await jobs.createQueue(queue, { name: queue, retryLimit: 10, retryBackoff: true, retryDelay: 2 } as never);
        const workerId = await jobs.work<{ eventId: string }>(queue, { pollingIntervalSeconds: 0.5, batchSize: consumer.handleBatch ? 200 : 20 }, async (batch) => {
          const { rows } = await database.sql.query<EventRow>(
            'SELECT id, account_id, type, contact_id, payload, created_at, caused_by_run FROM events WHERE id = ANY($1::uuid[]) ORDER BY id',
            [batch.map((job) => job.data.eventId)],
          );
          const stored = rows.map(toStoredEvent);
          if (consumer.handleBatch) {
            await consumer.handleBatch(stored);
            return;
          }
          for (const event of stored) await consumer.handle(event);
        });
        workerIds.set(queue, workerId);
      }
    },
  };
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    accountId: row.account_id,
    type: row.type,
    contactId: row.contact_id,
    payload: row.payload,
    createdAt: new Date(row.created_at),
    causedByRun: row.caused_by_run ?? null,
  };
}
