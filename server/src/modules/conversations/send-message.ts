import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { recordEvent } from '../../events/outbox.ts';
import { bossDb } from '../../jobs/boss.ts';
import { newId } from '../../lib/ids.ts';
import { normalizePhone, waIdOf } from '../../lib/phone.ts';
import type { Services } from '../../services.ts';
import type { Principal } from '../accounts/principal.ts';
import { ChannelError } from '../channels/errors.ts';
import { sendGraphMessage } from '../channels/graph-client.ts';
import { classifySendFailure } from '../channels/graph-errors.ts';
import { graphTargetFor } from '../channels/graph-target.ts';
import { graphTypeOf, outboundText, toGraphBody, type OutboundContent } from '../channels/outbound-content.ts';
import { checkSendRules } from '../channels/send-rules.ts';
import { defaultChannel, getChannel } from '../channels/service.ts';
import { createContact } from '../contacts/contact-changes.ts';
import { ContactsError } from '../contacts/errors.ts';
import { findContactRowByPhone, getContactRow, touchContactOutbound, type ContactRow } from '../contacts/service.ts';
import { ConversationsError } from './errors.ts';
import { toMessageView, touchConversation, type MessageRow, type MessageView } from './messages.ts';
import { messages, type SenderType } from './schema.ts';

export const SEND_QUEUE = 'message-send';

/** A send whose first attempt died with its process is picked up after this long. */
const RECOVERY_DELAY_S = 30;
/** An attempt under way holds the message for this long before another may try. */
const ATTEMPT_LEASE_S = 20;
const MAX_ATTEMPTS = 8;

export interface SendRequest {
  contactId?: string;
  phone?: string;
  content: OutboundContent;
  /** Sportello message id or WhatsApp id of the message this one answers. */
  replyTo?: string;
  idempotencyKey?: string;
  sender: { type: SenderType; id: string | null };
}

/** The recipient: a contact by id, or by number — created on the spot for a number never seen before. */
async function resolveContact(deps: Pick<Deps, 'database' | 'clock'>, principal: Principal, request: SendRequest): Promise<ContactRow> {
  if (request.contactId) return getContactRow(deps.database.db, principal, request.contactId);
  const phone = normalizePhone(request.phone ?? '');
  if (!phone.ok) throw new ContactsError('invalid_phone', phone.reason, { field: 'phone' });
  const existing = await findContactRowByPhone(deps.database.db, principal, phone.e164);
  if (existing) return existing;
  try {
    const { contact } = await createContact(deps, principal, { phone: phone.e164 });
    return getContactRow(deps.database.db, principal, contact.id);
  } catch (err) {
    // Another request created it a moment ago.
    if (!(err instanceof ContactsError && err.code === 'phone_taken')) throw err;
    const created = await findContactRowByPhone(deps.database.db, principal, phone.e164);
    if (!created) throw err;
    return created;
  }
}

async function findByIdempotencyKey(deps: Pick<Deps, 'database'>, accountId: string, key: string): Promise<MessageRow | undefined> {
  const [row] = await deps.database.db.select().from(messages).where(and(eq(messages.accountId, accountId), eq(messages.idempotencyKey, key)));
  return row;
}

/**
 * Sends a WhatsApp message: WhatsApp's rules are checked first, the message
 * is stored as queued together with a recovery job, then Graph is called.
 * The same Idempotency-Key returns the first message instead of sending again.
 */
export async function sendMessage(
  deps: Deps,
  services: Services,
  principal: Principal,
  request: SendRequest,
): Promise<{ message: MessageView; replayed: boolean }> {
  if (request.idempotencyKey) {
    const existing = await findByIdempotencyKey(deps, principal.accountId, request.idempotencyKey);
    if (existing) return { message: toMessageView(existing), replayed: true };
  }
  const contact = await resolveContact(deps, principal, request);
  const channel = await defaultChannel(deps, principal.accountId);
  const now = deps.clock.now();
  const refusal = checkSendRules({ content: request.content, blocked: contact.blocked, lastInboundAt: contact.lastInboundAt, now });
  if (refusal) throw new ChannelError(refusal.code, refusal.message, 'details' in refusal ? refusal.details : undefined);
  if (!services.throughput.tryTake(channel.id, channel.throughputMps, now.getTime())) {
    throw new ChannelError('throughput_exceeded', `This number may send ${channel.throughputMps} messages a second: try again in a moment`);
  }
  const contextWaMessageId = request.replyTo ? await contextFor(deps, principal.accountId, contact.id, request.replyTo) : null;
  const id = newId();
  const graphBody = toGraphBody(request.content, { to: waIdOf(contact.phone), contextWaMessageId, callbackData: id });

  let row: MessageRow;
  try {
    row = await deps.database.transaction((tx) =>
      insertOutbound(tx, deps, {
        id,
        accountId: principal.accountId,
        contactId: contact.id,
        channelId: channel.id,
        content: request.content,
        graphBody,
        contextWaMessageId,
        sender: request.sender,
        idempotencyKey: request.idempotencyKey ?? null,
        now,
        // This request makes the first attempt itself: it holds the lease from the start.
        attemptNow: true,
      }),
    );
  } catch (err) {
    // Two requests with one Idempotency-Key at the same moment: the second gets the first's message.
    if (request.idempotencyKey && isUniqueViolation(err)) {
      const existing = await findByIdempotencyKey(deps, principal.accountId, request.idempotencyKey);
      if (existing) return { message: toMessageView(existing), replayed: true };
    }
    throw err;
  }
  const after = await attemptSend(deps, services, row);
  return { message: toMessageView(after), replayed: false };
}

interface OutboundRow {
  id: string;
  accountId: string;
  contactId: string;
  channelId: string;
  content: OutboundContent;
  graphBody: Record<string, unknown>;
  contextWaMessageId: string | null;
  sender: { type: SenderType; id: string | null };
  idempotencyKey: string | null;
  now: Date;
  /** The caller calls Graph right after commit and holds the attempt lease; otherwise the send job does it at once. */
  attemptNow: boolean;
}

/** Stores an outbound message as queued, with the job that sends it (or recovers the caller's attempt). */
async function insertOutbound(tx: Tx, deps: Pick<Deps, 'jobs'>, m: OutboundRow): Promise<MessageRow> {
  const [inserted] = await tx.db
    .insert(messages)
    .values({
      id: m.id,
      accountId: m.accountId,
      contactId: m.contactId,
      channelId: m.channelId,
      direction: 'outbound',
      type: graphTypeOf(m.content),
      text: outboundText(m.content),
      content: { request: m.content, graph: m.graphBody },
      status: 'queued',
      contextWaMessageId: m.contextWaMessageId,
      sentByType: m.sender.type,
      sentById: m.sender.id,
      idempotencyKey: m.idempotencyKey,
      sendAttempts: m.attemptNow ? 1 : 0,
      lastAttemptAt: m.attemptNow ? m.now : null,
      createdAt: m.now,
      updatedAt: m.now,
    })
    .returning();
  // The contact before the conversation, in the order an inbound message takes them: a send and a
  // reply of the same customer at the same moment would otherwise deadlock.
  await touchContactOutbound(tx, m.accountId, m.contactId, m.now);
  await touchConversation(tx, {
    accountId: m.accountId,
    contactId: m.contactId,
    messageId: m.id,
    at: m.now,
    preview: outboundText(m.content) ?? `[${graphTypeOf(m.content)}]`,
    direction: 'outbound',
    unreadDelta: 0,
    clearUnread: m.sender.type === 'user',
  });
  await recordEvent(tx, {
    accountId: m.accountId,
    type: 'message.sent',
    contactId: m.contactId,
    payload: { messageId: m.id, contactId: m.contactId, type: inserted!.type, text: inserted!.text, sentBy: m.sender },
  });
  // If the caller dies before Graph answers, the job sends it later (or finds it sent).
  await deps.jobs.send(SEND_QUEUE, { messageId: m.id }, {
    db: bossDb(tx.sql),
    startAfter: m.attemptNow ? RECOVERY_DELAY_S : 0,
    singletonKey: `${m.id}:recovery`,
  } as never);
  return inserted!;
}

/**
 * Queues a message inside the caller's transaction (an automation step): the
 * rules are checked, the message is stored with its send job, and it exists
 * if and only if the caller commits. The same idempotency key gives back the
 * message stored before instead of a second one. The send job sends it
 * at once; the caller may also call `runSendJob` after commit to save the
 * job's polling delay — the attempt lease keeps the two from both sending.
 * `deps.database` is the caller's transaction (see joinTransaction).
 */
export async function queueMessageInTransaction(
  deps: Pick<Deps, 'database' | 'jobs' | 'clock'>,
  principal: Principal,
  request: { contactId: string; content: OutboundContent; sender: { type: SenderType; id: string | null }; idempotencyKey: string },
): Promise<{ messageId: string; created: boolean }> {
  const tx: Tx = deps.database;
  const accountId = principal.accountId;
  const [existing] = await tx.db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.accountId, accountId), eq(messages.idempotencyKey, request.idempotencyKey)));
  if (existing) return { messageId: existing.id, created: false };
  const contact = await getContactRow(tx.db, principal, request.contactId);
  const channel = await defaultChannel(deps, accountId);
  const now = deps.clock.now();
  const refusal = checkSendRules({ content: request.content, blocked: contact.blocked, lastInboundAt: contact.lastInboundAt, now });
  if (refusal) throw new ChannelError(refusal.code, refusal.message, 'details' in refusal ? refusal.details : undefined);
  const id = newId();
  const graphBody = toGraphBody(request.content, { to: waIdOf(contact.phone), callbackData: id });
  await insertOutbound(tx, deps, {
    id,
    accountId,
    contactId: contact.id,
    channelId: channel.id,
    content: request.content,
    graphBody,
    contextWaMessageId: null,
    sender: request.sender,
    idempotencyKey: request.idempotencyKey,
    now,
    attemptNow: false,
  });
  return { messageId: id, created: true };
}

async function contextFor(deps: Pick<Deps, 'database'>, accountId: string, contactId: string, replyTo: string): Promise<string> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(replyTo);
  const [row] = await deps.database.db
    .select({ waMessageId: messages.waMessageId })
    .from(messages)
    .where(and(eq(messages.accountId, accountId), eq(messages.contactId, contactId), isUuid ? eq(messages.id, replyTo) : eq(messages.waMessageId, replyTo)));
  if (!row?.waMessageId) throw new ConversationsError('message_not_found', 'The message to reply to is not in this chat', { field: 'replyTo' });
  return row.waMessageId;
}

/**
 * One call to Graph for a message this process holds the lease of. Accepted:
 * the WhatsApp id is stored. Temporary failure: stays queued, retried later.
 * Permanent failure: marked failed, and the caller gets the reason.
 */
async function attemptSend(deps: Deps, services: Services, row: MessageRow): Promise<MessageRow> {
  const channel = await getChannel(deps, row.accountId, row.channelId);
  const graphBody = (row.content as { graph: Record<string, unknown> }).graph;
  try {
    const result = await sendGraphMessage(graphTargetFor(channel, deps.config, services), graphBody);
    const [updated] = await deps.database.db
      .update(messages)
      .set({ waMessageId: sql`coalesce(${messages.waMessageId}, ${result.waMessageId})`, updatedAt: deps.clock.now() })
      .where(eq(messages.id, row.id))
      .returning();
    return updated!;
  } catch (err) {
    const failure = classifySendFailure(err);
    if (failure.retry) {
      if (row.sendAttempts >= MAX_ATTEMPTS) {
        return markFailed(deps, row, { code: failure.code, title: 'Not sent', details: `Gave up after ${row.sendAttempts} attempts: ${failure.reason}` });
      }
      const delay = Math.min(600, 5 * 2 ** (row.sendAttempts - 1));
      // The attempt is over: release the lease so the retry job may claim the message.
      await deps.database.db.update(messages).set({ lastAttemptAt: null }).where(eq(messages.id, row.id));
      deps.log.warn({ messageId: row.id, reason: failure.reason, retryInSeconds: delay }, 'send failed for now; retrying');
      await deps.jobs.send(SEND_QUEUE, { messageId: row.id }, { startAfter: delay, singletonKey: `${row.id}:${row.sendAttempts}` } as never);
      return row;
    }
    await markFailed(deps, row, { code: failure.code, title: failure.title, details: failure.details });
    throw new ChannelError(failure.error.code, failure.error.message, { ...(failure.error.details as object), messageId: row.id });
  }
}

async function markFailed(deps: Pick<Deps, 'database' | 'clock'>, row: MessageRow, error: { code: number | null; title: string; details: string | null }): Promise<MessageRow> {
  return deps.database.transaction(async (tx) => {
    const [updated] = await tx.db
      .update(messages)
      .set({ status: 'failed', errorCode: error.code, errorTitle: error.title, errorDetail: error.details, failedAt: deps.clock.now(), updatedAt: deps.clock.now() })
      .where(and(eq(messages.id, row.id), eq(messages.status, 'queued')))
      .returning();
    if (!updated) return row;
    await recordEvent(tx, {
      accountId: row.accountId,
      type: 'message.status',
      contactId: row.contactId,
      payload: { messageId: row.id, contactId: row.contactId, status: 'failed', previous: 'queued', error },
    });
    return updated;
  });
}

/**
 * The send job: retries and crash recovery. It claims the message only when
 * no WhatsApp id is known yet and no attempt holds the lease, so a message
 * that was accepted (or whose status webhook already named it) is never sent twice.
 */
export async function runSendJob(deps: Deps, services: Services, messageId: string): Promise<void> {
  const { rows } = await deps.database.sql.query<{ id: string }>(
    `UPDATE messages SET send_attempts = send_attempts + 1, last_attempt_at = now()
      WHERE id = $1 AND direction = 'outbound' AND status = 'queued' AND wa_message_id IS NULL
        AND (last_attempt_at IS NULL OR greatest(last_attempt_at, $3::timestamptz) < now() - make_interval(secs => $2))
      RETURNING id`,
    [messageId, ATTEMPT_LEASE_S, services.startedAt.toISOString()],
  );
  if (rows.length === 0) {
    await comeBackAfterLease(deps, services, messageId);
    return;
  }
  const [row] = await deps.database.db.select().from(messages).where(eq(messages.id, messageId));
  if (!row) return;
  try {
    await attemptSend(deps, services, row);
  } catch (err) {
    // A permanent failure is recorded on the message; the job itself is done.
    if (!(err instanceof ChannelError)) throw err;
  }
}

/**
 * Another attempt holds the message (an automation's direct call and the send
 * job race for it). If that attempt's process dies before Meta answers, nothing
 * else would ever send the message: come back once its lease has run out (and,
 * in a process just started, once it has been up that long). By then a message
 * Meta accepted has its WhatsApp id (from the answer or the status webhook) and
 * is left alone.
 */
async function comeBackAfterLease(deps: Deps, services: Services, messageId: string): Promise<void> {
  const { rows } = await deps.database.sql.query<{ wait: number }>(
    `SELECT ceil(extract(epoch FROM greatest(last_attempt_at, $3::timestamptz) + make_interval(secs => $2) - now()))::int AS wait FROM messages
      WHERE id = $1 AND direction = 'outbound' AND status = 'queued' AND wa_message_id IS NULL AND last_attempt_at IS NOT NULL`,
    [messageId, ATTEMPT_LEASE_S, services.startedAt.toISOString()],
  );
  if (!rows[0]) return;
  await deps.jobs.send(SEND_QUEUE, { messageId }, { startAfter: Math.max(1, rows[0].wait + 1), singletonKey: `${messageId}:after-lease` } as never);
}

/**
 * Queued sends that nobody holds any more: never attempted, or whose attempt's
 * lease ran out, and older than the recovery delay. Their first attempt died
 * with a process, and so did the job meant to recover them when that process
 * had already fetched it (pg-boss frees such a job only at its expiry, many
 * minutes later). Messages waiting out a back-off are not touched: their
 * attempt released its lease and their job is due later.
 */
export async function sendOrphanedMessages(deps: Deps, services: Services, limit = 50): Promise<number> {
  const { rows } = await deps.database.sql.query<{ id: string }>(
    `SELECT id FROM messages
      WHERE status = 'queued' AND direction = 'outbound' AND wa_message_id IS NULL
        AND created_at < now() - make_interval(secs => $1)
        AND (send_attempts = 0 OR greatest(last_attempt_at, $4::timestamptz) < now() - make_interval(secs => $2))
      ORDER BY id LIMIT $3`,
    [RECOVERY_DELAY_S, ATTEMPT_LEASE_S, limit, services.startedAt.toISOString()],
  );
  for (const row of rows) await runSendJob(deps, services, row.id);
  return rows.length;
}
