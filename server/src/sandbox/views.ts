import { inboundText, outboundText } from './message-text.ts';
import { digitsOf } from './phone-digits.ts';
import type { SandboxState } from './state.ts';
import type { InboundEntry, MailEntry, OutboxEntry, WebhookLogEntry } from './types.ts';

/**
 * Read models of the sandbox's own API. Lists come newest first (the
 * conversation oldest first, like a chat), dates as ISO strings.
 */

export function outboxView(entry: OutboxEntry): Record<string, unknown> {
  return {
    id: entry.id,
    phoneNumberId: entry.phoneNumberId,
    to: entry.to,
    type: entry.type,
    body: entry.body,
    status: entry.status,
    createdAt: entry.createdAt.toISOString(),
    ...(entry.error ? { error: { code: entry.error.code, title: entry.error.title } } : {}),
  };
}

/** Newest first; takes from the end so a large outbox is not copied. */
function newestFirst<T>(list: readonly T[], keep: (item: T) => boolean, limit: number): T[] {
  const out: T[] = [];
  for (let i = list.length - 1; i >= 0 && out.length < limit; i--) {
    const item = list[i] as T;
    if (keep(item)) out.push(item);
  }
  return out;
}

export interface OutboxQuery {
  /** "+39…" or digits. */
  to?: string;
  phoneNumberId?: string;
  limit: number;
}

export function listOutbox(state: SandboxState, query: OutboxQuery): Array<Record<string, unknown>> {
  const waId = query.to !== undefined ? digitsOf(query.to) : undefined;
  return newestFirst(
    state.outbox,
    (entry) =>
      (waId === undefined || entry.waId === waId) && (query.phoneNumberId === undefined || entry.phoneNumberId === query.phoneNumberId),
    query.limit,
  ).map(outboxView);
}

export function mailView(entry: MailEntry): Record<string, unknown> {
  return { ...entry, createdAt: entry.createdAt.toISOString() };
}

export function listMail(state: SandboxState, query: { to?: string; limit: number }): Array<Record<string, unknown>> {
  const to = query.to?.toLowerCase();
  return newestFirst(state.mail, (mail) => to === undefined || mail.to.some((address) => address.toLowerCase() === to), query.limit).map(
    mailView,
  );
}

export function listWebhookLog(
  state: SandboxState,
  query: { phoneNumberId?: string; limit: number },
): Array<Record<string, unknown>> {
  return newestFirst(
    state.webhookLog,
    (row: WebhookLogEntry) => query.phoneNumberId === undefined || row.phoneNumberId === query.phoneNumberId,
    query.limit,
  ).map((row) => ({ ...row, at: row.at.toISOString() }));
}

export interface ConversationItem {
  id: string;
  phoneNumberId: string;
  direction: 'inbound' | 'outbound';
  type: string;
  text: string;
  /** Outbound: the Graph request body. Inbound: the webhook message object. */
  body: Record<string, unknown>;
  status: string;
  createdAt: string;
  error?: { code: number; title: string };
  name?: string;
}

function inboundItem(entry: InboundEntry): ConversationItem {
  return {
    id: entry.id,
    phoneNumberId: entry.phoneNumberId,
    direction: 'inbound',
    type: entry.type,
    text: inboundText(entry.message),
    body: entry.message,
    status: entry.status,
    createdAt: entry.createdAt.toISOString(),
    name: entry.name,
  };
}

function outboundItem(entry: OutboxEntry): ConversationItem {
  return {
    id: entry.id,
    phoneNumberId: entry.phoneNumberId,
    direction: 'outbound',
    type: entry.type,
    text: outboundText(entry.type, entry.body),
    body: entry.body,
    status: entry.status,
    createdAt: entry.createdAt.toISOString(),
    ...(entry.error ? { error: { code: entry.error.code, title: entry.error.title } } : {}),
  };
}

/**
 * Both directions of one customer's chat, oldest first: the latest `limit`
 * messages. Messages with equal times keep the order they reached the sandbox.
 */
export function conversation(
  state: SandboxState,
  query: { customer: string; phoneNumberId?: string; limit: number },
): ConversationItem[] {
  const waId = digitsOf(query.customer);
  const matches = (entry: { waId: string; phoneNumberId: string }) =>
    entry.waId === waId && (query.phoneNumberId === undefined || entry.phoneNumberId === query.phoneNumberId);
  const inbound = newestFirst(state.inbound, matches, query.limit).map((entry) => ({ entry, item: inboundItem(entry) }));
  const outbound = newestFirst(state.outbox, matches, query.limit).map((entry) => ({ entry, item: outboundItem(entry) }));
  return [...inbound, ...outbound]
    .sort((a, b) => a.entry.createdAt.getTime() - b.entry.createdAt.getTime() || a.entry.seq - b.entry.seq)
    .slice(-query.limit)
    .map(({ item }) => item);
}
