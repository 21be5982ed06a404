import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { recordEvents } from '../../events/outbox.ts';
import type { EventInput } from '../../events/types.ts';
import { createWorkLoop, type WorkLoop } from '../../lib/work-loop.ts';
import { applyStatusUpdates, recordInboundBatch, type InboundItem, type StatusItem } from '../conversations/messages.ts';
import { parseWebhook } from './webhook-payload.ts';

interface ReceiptRow {
  id: string;
  account_id: string;
  channel_id: string;
  raw_body: string;
  attempts: number;
}

/** A receipt that keeps failing is set aside after this many tries (kept raw, with its error). */
const MAX_ATTEMPTS = 5;
const BATCH = 100;

/**
 * Processes receipts together, with the same outcome as one by one in their
 * order: messages, then statuses, each kind in a few statements for the whole
 * batch, and every event in arrival order in one insert.
 */
async function processReceipts(tx: Tx, receipts: ReceiptRow[], phoneNumberIdOf: (channelId: string) => Promise<string | undefined>, now: Date): Promise<void> {
  const arrival: Array<'message' | 'status'> = [];
  const inbound: InboundItem[] = [];
  const statuses: StatusItem[] = [];
  for (const receipt of receipts) {
    const phoneNumberId = await phoneNumberIdOf(receipt.channel_id);
    const parsed = parseWebhook(JSON.parse(receipt.raw_body));
    for (const message of parsed.messages) {
      if (phoneNumberId && message.phoneNumberId !== phoneNumberId) continue;
      inbound.push({ accountId: receipt.account_id, channelId: receipt.channel_id, message });
      arrival.push('message');
    }
    for (const update of parsed.statuses) {
      if (phoneNumberId && update.phoneNumberId !== phoneNumberId) continue;
      statuses.push({ accountId: receipt.account_id, update });
      arrival.push('status');
    }
  }
  const stored = await recordInboundBatch(tx, inbound, now);
  const applied = await applyStatusUpdates(tx, statuses);
  const events: EventInput[] = [];
  let m = 0;
  let s = 0;
  for (const kind of arrival) {
    if (kind === 'message') events.push(...stored[m++]!.events);
    else {
      const event = applied[s++];
      if (event) events.push(event);
    }
  }
  await recordEvents(tx, events);
}

/**
 * Turns stored webhook receipts into contacts, messages and statuses, in
 * arrival order, a batch per transaction. Any node may run it: SKIP LOCKED
 * hands each receipt to one of them.
 */
export function createWebhookProcessor(deps: Pick<Deps, 'database' | 'clock' | 'log'>): WorkLoop {
  const phoneNumberIds = new Map<string, string>();
  async function phoneNumberIdOf(tx: Tx, channelId: string): Promise<string | undefined> {
    const known = phoneNumberIds.get(channelId);
    if (known) return known;
    const { rows } = await tx.sql.query<{ phone_number_id: string }>('SELECT phone_number_id FROM channels WHERE id = $1', [channelId]);
    if (rows[0]) phoneNumberIds.set(channelId, rows[0].phone_number_id);
    return rows[0]?.phone_number_id;
  }

  async function claim(tx: Tx, limit: number): Promise<ReceiptRow[]> {
    const { rows } = await tx.sql.query<ReceiptRow>(
      `SELECT id, account_id, channel_id, raw_body, attempts FROM webhook_receipts
        WHERE processed_at IS NULL AND (retry_at IS NULL OR retry_at <= now())
        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows;
  }

  async function markProcessed(tx: Tx, ids: string[]): Promise<void> {
    await tx.sql.query('UPDATE webhook_receipts SET processed_at = now(), attempts = attempts + 1 WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** One bad receipt must not hold back the others: after a failed batch, each goes alone. */
  async function processOneByOne(ids: string[]): Promise<void> {
    for (const id of ids) {
      try {
        await deps.database.transaction(async (tx) => {
          const { rows } = await tx.sql.query<ReceiptRow>(
            'SELECT id, account_id, channel_id, raw_body, attempts FROM webhook_receipts WHERE id = $1 AND processed_at IS NULL FOR UPDATE SKIP LOCKED',
            [id],
          );
          const receipt = rows[0];
          if (!receipt) return;
          await processReceipts(tx, [receipt], (channelId) => phoneNumberIdOf(tx, channelId), deps.clock.now());
          await markProcessed(tx, [receipt.id]);
        });
      } catch (err) {
        deps.log.error({ err, receiptId: id }, 'webhook receipt failed');
        await deps.database.sql.query(
          `UPDATE webhook_receipts SET attempts = attempts + 1, last_error = $2,
                  retry_at = now() + make_interval(secs => 5 * power(4, attempts)),
                  processed_at = CASE WHEN attempts + 1 >= $3 THEN now() ELSE NULL END
            WHERE id = $1`,
          [id, String(err instanceof Error ? err.message : err).slice(0, 1000), MAX_ATTEMPTS],
        );
      }
    }
  }

  async function pass(): Promise<number> {
    let claimed: string[] = [];
    try {
      return await deps.database.transaction(async (tx) => {
        const receipts = await claim(tx, BATCH);
        claimed = receipts.map((r) => r.id);
        const now = deps.clock.now();
        if (receipts.length === 0) return 0;
        await processReceipts(tx, receipts, (channelId) => phoneNumberIdOf(tx, channelId), now);
        await markProcessed(tx, claimed);
        return receipts.length;
      });
    } catch (err) {
      if (claimed.length === 0) throw err;
      deps.log.warn({ err, receipts: claimed.length }, 'webhook batch failed; processing its receipts one by one');
      await processOneByOne(claimed);
      return claimed.length;
    }
  }

  return createWorkLoop({ name: 'webhook-processor', pass, pollMs: 1000, log: deps.log });
}
