import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { recordEvents } from '../../events/outbox.ts';
import type { EventInput } from '../../events/types.ts';

const EVENTS_PER_INSERT = 1000;

/** Records many events with multi-row inserts small enough for any driver's parameter limit. */
export async function recordEventBatches(tx: Tx, inputs: EventInput[]): Promise<void> {
  for (let i = 0; i < inputs.length; i += EVENTS_PER_INSERT) await recordEvents(tx, inputs.slice(i, i + EVENTS_PER_INSERT));
}

/** PostgreSQL's unique_violation, whether the driver error comes bare or wrapped by Drizzle. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth += 1) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The rows of a raw statement run through Drizzle; both drivers answer with `rows`. */
export async function executeRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
