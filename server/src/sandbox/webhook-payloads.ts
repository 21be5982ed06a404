import { digitsOf } from './phone-digits.ts';
import type { ReportedStatus } from './status-plan.ts';
import type { WebhookErrorObject } from './types.ts';

/** The parts of a registered number that appear in every webhook. */
export interface BusinessNumber {
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
}

export interface WebhookEnvelope {
  object: 'whatsapp_business_account';
  entry: Array<{
    id: string;
    changes: Array<{ field: 'messages'; value: Record<string, unknown> }>;
  }>;
}

/** Webhook timestamps are strings of Unix seconds. */
export function unixSeconds(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  return String(Math.floor(ms / 1000));
}

/** `value.metadata`: Meta sends the display number as digits only. */
export function metadataOf(business: BusinessNumber): { display_phone_number: string; phone_number_id: string } {
  return { display_phone_number: digitsOf(business.displayPhoneNumber), phone_number_id: business.phoneNumberId };
}

/** Wraps one `value` in Meta's envelope for the number's WABA. */
export function buildEnvelope(business: BusinessNumber, value: Record<string, unknown>): WebhookEnvelope {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: business.wabaId, changes: [{ field: 'messages', value }] }],
  };
}

/** Per-message pricing (PMP, since July 2025): service replies in the window are free, templates are billed. */
export interface Pricing {
  billable: boolean;
  pricing_model: 'PMP';
  type: 'regular' | 'free_customer_service';
  category: string;
}

export function pricingFor(templateCategory: string | undefined): Pricing {
  if (templateCategory === undefined) {
    return { billable: false, pricing_model: 'PMP', type: 'free_customer_service', category: 'service' };
  }
  return { billable: true, pricing_model: 'PMP', type: 'regular', category: templateCategory.toLowerCase() };
}

export interface StatusUpdate {
  messageId: string;
  status: ReportedStatus;
  at: Date;
  recipientWaId: string;
  /** Meta attaches pricing to `sent` and `delivered` only. */
  pricing?: Pricing;
  bizOpaqueCallbackData?: string;
  /** Present only on `failed`. */
  error?: WebhookErrorObject;
}

/** One entry of `value.statuses`, with Meta's field order. */
export function buildStatusObject(update: StatusUpdate): Record<string, unknown> {
  return {
    id: update.messageId,
    status: update.status,
    timestamp: unixSeconds(update.at),
    recipient_id: update.recipientWaId,
    ...(update.pricing && update.status !== 'failed' ? { pricing: update.pricing } : {}),
    ...(update.bizOpaqueCallbackData !== undefined ? { biz_opaque_callback_data: update.bizOpaqueCallbackData } : {}),
    ...(update.status === 'failed' && update.error ? { errors: [update.error] } : {}),
  };
}

export function buildStatusWebhook(business: BusinessNumber, update: StatusUpdate): WebhookEnvelope {
  return buildEnvelope(business, {
    messaging_product: 'whatsapp',
    metadata: metadataOf(business),
    statuses: [buildStatusObject(update)],
  });
}

/** A customer's message: `value.contacts` names the sender, `value.messages` holds the message. */
export function buildInboundWebhook(
  business: BusinessNumber,
  sender: { waId: string; name: string },
  message: Record<string, unknown>,
): WebhookEnvelope {
  return buildEnvelope(business, {
    messaging_product: 'whatsapp',
    metadata: metadataOf(business),
    contacts: [{ profile: { name: sender.name }, wa_id: sender.waId }],
    messages: [message],
  });
}
