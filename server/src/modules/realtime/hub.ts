import type { ServerResponse } from 'node:http';
import type { Database } from '../../db/client.ts';
import { LIVE_EVENTS_CHANNEL, type LiveEventMessage } from '../../events/dispatcher.ts';
import type { Logger } from '../../lib/logger.ts';

export interface LiveClient {
  accountId: string;
  /** False when the event's contact is not visible to this client (chat operators). */
  canSee(event: LiveEventMessage): Promise<boolean>;
  response: ServerResponse;
}

const HEARTBEAT_MS = 15_000;

export function formatSse(event: LiveEventMessage): string {
  const data = JSON.stringify({ id: event.id, type: event.type, contactId: event.contactId, createdAt: event.createdAt, payload: event.payload ?? null });
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${data}\n\n`;
}

/**
 * Fans the account events every node hears on LISTEN out to the
 * Server-Sent-Events streams open on this node.
 */
export class LiveHub {
  private readonly clients = new Map<string, Set<LiveClient>>();
  private heartbeat: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  /** Notifications are handled one after another so that every stream keeps the events' order. */
  private delivering: Promise<void> = Promise.resolve();

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(LIVE_EVENTS_CHANNEL, (payload) => {
      this.delivering = this.delivering.then(() => this.onNotification(payload)).catch((err) => this.log.warn({ err }, 'live event dropped'));
    });
    this.heartbeat = setInterval(() => {
      for (const set of this.clients.values()) for (const c of set) c.response.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.unlisten?.();
    for (const set of this.clients.values()) for (const c of set) c.response.end();
    this.clients.clear();
  }

  add(client: LiveClient): () => void {
    let set = this.clients.get(client.accountId);
    if (!set) this.clients.set(client.accountId, (set = new Set()));
    set.add(client);
    return () => {
      set.delete(client);
      if (set.size === 0) this.clients.delete(client.accountId);
    };
  }

  get size(): number {
    let n = 0;
    for (const set of this.clients.values()) n += set.size;
    return n;
  }

  private async onNotification(text: string): Promise<void> {
    const clients = (() => {
      try {
        const event = JSON.parse(text) as LiveEventMessage;
        return { event, set: this.clients.get(event.accountId) };
      } catch {
        return null;
      }
    })();
    if (!clients?.set || clients.set.size === 0) return;
    let event = clients.event;
    if (event.payload === undefined) {
      // Too large for NOTIFY: the payload is read from the outbox.
      const { rows } = await this.database.sql.query<{ payload: Record<string, unknown> }>('SELECT payload FROM events WHERE id = $1', [event.id]);
      event = { ...event, payload: rows[0]?.payload ?? {} };
    }
    for (const client of clients.set) {
      try {
        if (await client.canSee(event)) client.response.write(formatSse(event));
      } catch (err) {
        this.log.warn({ err }, 'live event not delivered to a client');
      }
    }
  }
}
