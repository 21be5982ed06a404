/**
 * The records the sandbox keeps in memory. They describe what a business
 * would see on Meta's side: registered numbers, messages it sent (the
 * outbox), messages customers wrote, e-mails of the dev mailbox, and every
 * webhook delivery attempt.
 */

/** A business phone number known to the sandbox; the product registers its channels at start-up. */
export interface PhoneNumberRegistration {
  phoneNumberId: string;
  wabaId: string;
  /** As the business shows it, e.g. "+39 02 1234 5678"; webhooks carry its digits only, like Meta. */
  displayPhoneNumber: string;
  verifiedName: string;
  accessToken: string;
  appSecret: string;
  webhookUrl: string;
}

/** What the sandbox has reported about an outbound message so far. */
export type OutboundStatus = 'accepted' | 'sent' | 'delivered' | 'read' | 'failed';

/** The error object Meta puts in a `failed` status webhook. */
export interface WebhookErrorObject {
  code: number;
  title: string;
  message: string;
  error_data: { details: string };
  href: string;
}

/** One message the business sent through the Graph endpoint. */
export interface OutboxEntry {
  /** The wamid returned to the sender. */
  id: string;
  phoneNumberId: string;
  /** "+" followed by the customer's digits. */
  to: string;
  /** The customer's WhatsApp id (digits only). */
  waId: string;
  type: string;
  /** The exact parsed JSON body the Graph endpoint received. */
  body: Record<string, unknown>;
  status: OutboundStatus;
  createdAt: Date;
  /** Arrival order across both directions, to order messages with equal times. */
  seq: number;
  bizOpaqueCallbackData?: string;
  error?: WebhookErrorObject;
}

/** What the sandbox knows about a customer's message once the business handled it. */
export type InboundStatus = 'received' | 'read';

/** One message a (simulated) customer wrote to a business number. */
export interface InboundEntry {
  id: string;
  phoneNumberId: string;
  /** "+" followed by the customer's digits. */
  from: string;
  waId: string;
  name: string;
  type: string;
  /** The `messages[0]` object of the webhook that carried it. */
  message: Record<string, unknown>;
  status: InboundStatus;
  createdAt: Date;
  /** Arrival order across both directions, to order messages with equal times. */
  seq: number;
}

/** One e-mail of the dev mailbox, used when no SMTP server is configured. */
export interface MailEntry {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  createdAt: Date;
}

export type WebhookKind = 'inbound' | 'raw' | `status.${'sent' | 'delivered' | 'read' | 'failed'}`;

/** One attempt to deliver one webhook. */
export interface WebhookLogEntry {
  id: string;
  deliveryId: string;
  phoneNumberId: string;
  kind: WebhookKind;
  /** The wamid the webhook is about, when there is one. */
  messageId?: string;
  url: string;
  attempt: number;
  /** HTTP status of the receiver's answer; null when the connection failed or timed out. */
  statusCode: number | null;
  error?: string;
  durationMs: number;
  at: Date;
}

/** A queued failure for the next send(s) on one number. */
export interface InjectedFailure {
  code: number;
  remaining: number;
  httpStatus?: number;
}
