import type { DeliveryStatus, WhatsAppError } from '../channels/webhook-payload.ts';
import type { MessageStatus } from './schema.ts';

/**
 * Where each status stands in an outbound message's life. Webhooks arrive out
 * of order and more than once, so a status only ever moves forward: a late
 * "delivered" after "read" changes nothing. "failed" sits between sent and
 * delivered: a message the phone received cannot have failed.
 */
const RANK: Record<MessageStatus, number> = { received: 0, queued: 0, sent: 1, failed: 1.5, delivered: 2, read: 3 };

export function advancesStatus(current: MessageStatus, incoming: MessageStatus): boolean {
  return RANK[incoming] > RANK[current];
}

/** An outbound message as stored, before a run of status webhooks is applied to it. */
export interface StatusSnapshot {
  status: MessageStatus;
  waMessageId: string | null;
  /** The steps whose time is already recorded (sent_at, delivered_at… not null). */
  stamped: ReadonlySet<DeliveryStatus>;
}

/** One status webhook for the message. */
export interface IncomingStatus {
  status: DeliveryStatus;
  at: Date;
  waMessageId: string;
  error: WhatsAppError | null;
}

/** A status that moved the message forward: each one is a `message.status` event. */
export interface StatusTransition {
  /** Position of the update in the sequence that was folded. */
  index: number;
  previous: MessageStatus;
  status: DeliveryStatus;
}

/** The message after a run of status webhooks, and what changed on the way. */
export interface StatusFold {
  status: MessageStatus;
  waMessageId: string | null;
  stamped: ReadonlySet<DeliveryStatus>;
  /** Step times filled by this run: a time already recorded is never replaced. */
  stamps: Partial<Record<DeliveryStatus, Date>>;
  /** The WhatsApp id learned by this run, when the message had none. */
  learnedWaMessageId: string | null;
  /** Set when a failure moved the message forward: the error it carried (null when it carried none). */
  failure: { error: WhatsAppError | null } | null;
  transitions: StatusTransition[];
}

export function startFold(snapshot: StatusSnapshot): StatusFold {
  return { status: snapshot.status, waMessageId: snapshot.waMessageId, stamped: snapshot.stamped, stamps: {}, learnedWaMessageId: null, failure: null, transitions: [] };
}

/**
 * Applies one status webhook, exactly as if it were written on its own: the
 * step's time is filled if still empty, the WhatsApp id is learned if still
 * unknown, and the status (with a failure's error) changes only when it moves forward.
 */
export function foldStatus(fold: StatusFold, update: IncomingStatus, index: number): StatusFold {
  const next: StatusFold = { ...fold };
  if (!fold.stamped.has(update.status)) {
    next.stamped = new Set([...fold.stamped, update.status]);
    next.stamps = { ...fold.stamps, [update.status]: update.at };
  }
  if (fold.waMessageId === null) {
    next.waMessageId = update.waMessageId;
    next.learnedWaMessageId = update.waMessageId;
  }
  if (advancesStatus(fold.status, update.status)) {
    next.status = update.status;
    next.transitions = [...fold.transitions, { index, previous: fold.status, status: update.status }];
    if (update.status === 'failed') next.failure = { error: update.error };
  }
  return next;
}

/** Applies a sequence of status webhooks for one message, in arrival order. */
export function foldStatuses(snapshot: StatusSnapshot, updates: readonly IncomingStatus[]): StatusFold {
  return updates.reduce((fold, update, index) => foldStatus(fold, update, index), startFold(snapshot));
}
