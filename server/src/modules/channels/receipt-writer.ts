import type { Database } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';

export interface ReceiptInput {
  accountId: string;
  channelId: string;
  rawBody: string;
}

interface Pending {
  rows: ReceiptInput[];
  resolve(): void;
  reject(err: unknown): void;
}

/** Rows per INSERT; a flush takes what queued while the previous one committed. */
const MAX_BATCH = 500;
/** Flushes under way at once: one commits while the next fills. */
const MAX_IN_FLIGHT = 2;

/**
 * Stores webhook receipts with group commit: requests that arrive while an
 * INSERT is committing are written together by the next one, so a burst of
 * webhooks costs a few disk flushes instead of one each. Every caller is
 * answered only once its own rows are committed.
 */
export class ReceiptWriter {
  private readonly queue: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly database: Database,
    private readonly onStored: () => void,
  ) {}

  write(rows: ReceiptInput[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (this.inFlight < MAX_IN_FLIGHT) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.inFlight += 1;
    try {
      while (this.queue.length > 0) {
        const batch: Pending[] = [];
        let count = 0;
        while (this.queue.length > 0 && count < MAX_BATCH) {
          const next = this.queue.shift()!;
          batch.push(next);
          count += next.rows.length;
        }
        const rows = batch.flatMap((p) => p.rows);
        try {
          // One statement, so one implicit transaction and one commit for the whole group.
          await this.database.sql.query(
            `INSERT INTO webhook_receipts (id, account_id, channel_id, raw_body)
             SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[])`,
            [rows.map(() => newId()), rows.map((r) => r.accountId), rows.map((r) => r.channelId), rows.map((r) => r.rawBody)],
          );
          for (const p of batch) p.resolve();
          this.onStored();
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.inFlight -= 1;
    }
  }
}

/**
 * Tells the webhook processors of other nodes that receipts are waiting, at
 * most once per interval: a NOTIFY makes its transaction's commit wait for a
 * database-wide lock, so one per webhook would serialise the ingest.
 */
export function throttledSignal(send: () => Promise<unknown>, intervalMs: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let again = false;
  const fire = () => {
    send().catch(() => undefined);
    timer = setTimeout(() => {
      timer = undefined;
      if (again) {
        again = false;
        fire();
      }
    }, intervalMs);
    timer.unref();
  };
  return () => {
    if (timer) again = true;
    else fire();
  };
}
