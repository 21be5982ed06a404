import { v5 as uuidv5 } from 'uuid';
import type { Deps } from '../../deps.ts';
import type { EventConsumer } from '../../events/dispatcher.ts';
import type { EventType, StoredEvent } from '../../events/types.ts';
import { listTicketEmailRecipients, listUsers } from '../accounts/service.ts';
import type { MailTransport } from './mail-transport.ts';
import { readTicketNotice, renderTicketMail } from './ticket-mail.ts';

/** The consumer's name; its events arrive on the queue `event-ticket-mail`. */
export const TICKET_MAIL_CONSUMER = 'ticket-mail';
/** One job per (event, recipient): the rendered e-mail, sent by the mail worker. */
export const TICKET_MAIL_QUEUE = 'ticket-mail-send';

/**
 * Which events send mail. `ticket.status_changed` and `ticket.note_added`
 * may be recorded together with a `ticket.updated` of the same ticket for the
 * same change; then only the `ticket.updated` mails, so a change is one e-mail.
 */
export const TICKET_MAIL_EVENTS = ['ticket.created', 'ticket.updated', 'ticket.status_changed', 'ticket.note_added', 'ticket.deleted'] as const satisfies readonly EventType[];
const COVERED_BY_UPDATE: ReadonlySet<EventType> = new Set<EventType>(['ticket.status_changed', 'ticket.note_added']);

/**
 * A down SMTP server delays mail, it does not lose it: each mail is retried
 * with exponential back-off (first delay MAIL_RETRY_DELAY_SECONDS, doubling,
 * with jitter) 16 times — about two to three weeks with the default 15 s —
 * and kept by the queue for 30 days.
 */
export const MAIL_RETRY_LIMIT = 16;
const MAIL_RETENTION_MINUTES = 30 * 24 * 60;
/** Namespace of the deterministic job ids (UUIDv5 of `eventId:userId`). */
const MAIL_JOB_NAMESPACE = '0b8f3c52-6a41-4e5e-9d0c-5f1f6e2b7a90';
/** Events of one transaction are recorded within this many milliseconds of each other. */
const SAME_TRANSACTION_WINDOW_MS = 10 * 60_000;

export interface TicketMailJob {
  eventId: string;
  userId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

type MailDeps = Pick<Deps, 'database' | 'jobs' | 'config' | 'log'>;

/** The same recipient of the same event always maps to the same job, so a replayed event enqueues nothing new. */
export function ticketMailJobId(eventId: string, userId: string): string {
  return uuidv5(`${eventId}:${userId}`, MAIL_JOB_NAMESPACE);
}

function uuidv7Bound(ms: number, fill: '0' | 'f'): string {
  const time = Math.max(0, Math.min(ms, 2 ** 48 - 1)).toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-${fill.repeat(4)}-${fill.repeat(4)}-${fill.repeat(12)}`;
}

/** True when a `ticket.updated` of the same ticket was committed in the same transaction (same `created_at`). */
async function coveredByUpdate(deps: MailDeps, event: StoredEvent, ticketId: string): Promise<boolean> {
  // Event ids are UUIDv7: a window around this one's time lets the (account_id, id) index find the siblings.
  const ms = Number.parseInt(event.id.replace(/-/g, '').slice(0, 12), 16);
  const { rows } = await deps.database.sql.query(
    `SELECT 1 FROM events u JOIN events e ON e.id = $1
      WHERE u.account_id = $2 AND u.id BETWEEN $3::uuid AND $4::uuid
        AND u.type = 'ticket.updated' AND u.created_at = e.created_at AND u.payload->>'ticketId' = $5
      LIMIT 1`,
    [event.id, event.accountId, uuidv7Bound(ms - SAME_TRANSACTION_WINDOW_MS, '0'), uuidv7Bound(ms + SAME_TRANSACTION_WINDOW_MS, 'f'), ticketId],
  );
  return rows.length > 0;
}

/**
 * Expands one ticket event into one mail job per active user of the account
 * whose switch is on, the actor included. Rendering happens here, in the
 * recipient's language; the job carries the finished e-mail.
 * Returns how many jobs were new.
 */
export async function enqueueTicketMails(deps: MailDeps, event: StoredEvent): Promise<number> {
  const notice = readTicketNotice(event);
  if (!notice) return 0;
  if (COVERED_BY_UPDATE.has(event.type) && (await coveredByUpdate(deps, event, notice.ticketId))) return 0;
  const recipients = await listTicketEmailRecipients(deps, event.accountId);
  if (recipients.length === 0) return 0;
  const userNames = new Map((await listUsers(deps, event.accountId)).map((u) => [u.id, u.name]));
  const ticketUrl = deps.config.publicUrl ? `${deps.config.publicUrl}/tickets/${encodeURIComponent(notice.ticketId)}` : null;
  const jobs = recipients.map((user) => {
    const mail = renderTicketMail(notice, { recipient: user, userNames, ticketUrl });
    const data: TicketMailJob = { eventId: event.id, userId: user.id, to: user.email, ...mail, messageId: `<${event.id}.${user.id}@sportello>` };
    return {
      id: ticketMailJobId(event.id, user.id),
      name: TICKET_MAIL_QUEUE,
      data,
      singletonKey: `${event.id}:${user.id}`,
      retryLimit: MAIL_RETRY_LIMIT,
      retryDelay: deps.config.mailRetryDelaySeconds,
      retryBackoff: true,
    };
  });
  // Job ids are deterministic and pg-boss inserts with ON CONFLICT DO NOTHING: a retried batch adds no duplicate.
  await deps.jobs.insert(jobs);
  return jobs.length;
}

export function ticketMailConsumer(deps: MailDeps): EventConsumer {
  return { name: TICKET_MAIL_CONSUMER, types: TICKET_MAIL_EVENTS, handle: async (event) => void (await enqueueTicketMails(deps, event)) };
}

/** Creates the mail queue (before any consumer may fill it) and, on worker nodes, works it with `transport`. */
export async function startTicketMailWorker(deps: MailDeps, transport: MailTransport): Promise<void> {
  await deps.jobs.createQueue(TICKET_MAIL_QUEUE, {
    name: TICKET_MAIL_QUEUE,
    retryLimit: MAIL_RETRY_LIMIT,
    retryDelay: deps.config.mailRetryDelaySeconds,
    retryBackoff: true,
    retentionMinutes: MAIL_RETENTION_MINUTES,
  } as never);
  await deps.jobs.work<TicketMailJob>(TICKET_MAIL_QUEUE, { pollingIntervalSeconds: 1, batchSize: 10 }, async (batch) => {
    const results = await Promise.allSettled(
      batch.map((job) =>
        transport.send({
          to: job.data.to,
          subject: job.data.subject,
          text: job.data.text,
          html: job.data.html,
          messageId: job.data.messageId,
          headers: { 'X-Sportello-Event': job.data.eventId },
        }),
      ),
    );
    const failed = batch.filter((_, i) => results[i]!.status === 'rejected');
    if (failed.length === 0) return;
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
    deps.log.warn({ failed: failed.length, error: reasons[0] }, 'ticket e-mails not accepted by the mail server; they will be retried');
    // Failed jobs go back to the queue with back-off; the others complete when this handler returns.
    await deps.jobs.fail(
      TICKET_MAIL_QUEUE,
      failed.map((job) => job.id),
      { message: reasons[0] } as never,
    );
  });
}
