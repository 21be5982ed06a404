import { z } from 'zod';

/**
 * Meta's webhook envelope, read leniently: unknown fields are kept in the raw
 * payload but ignored here, and unknown message types are stored as they are.
 */
const ZError = z.object({
  code: z.number(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.object({ details: z.string().optional() }).partial().optional(),
});

const ZInboundMessage = z
  .object({
    from: z.string(),
    id: z.string(),
    timestamp: z.string(),
    type: z.string(),
    context: z.object({ from: z.string().optional(), id: z.string().optional() }).partial().optional(),
  })
  .loose();

const ZStatus = z
  .object({
    id: z.string(),
    status: z.string(),
    timestamp: z.string(),
    recipient_id: z.string().optional(),
    biz_opaque_callback_data: z.string().optional(),
    errors: z.array(ZError).optional(),
  })
  .loose();

const ZValue = z
  .object({
    metadata: z.object({ phone_number_id: z.string(), display_phone_number: z.string().optional() }),
    contacts: z.array(z.object({ wa_id: z.string(), profile: z.object({ name: z.string().optional() }).partial().optional() }).loose()).optional(),
    messages: z.array(ZInboundMessage).optional(),
    statuses: z.array(ZStatus).optional(),
    errors: z.array(ZError).optional(),
  })
  .loose();

const ZEnvelope = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      id: z.string().optional(),
      changes: z.array(z.object({ field: z.string(), value: z.unknown() })),
    }),
  ),
});

export interface WhatsAppError {
  code: number;
  title: string | null;
  details: string | null;
}

export interface InboundMessage {
  phoneNumberId: string;
  waMessageId: string;
  /** The customer's WhatsApp id (digits). */
  from: string;
  profileName: string | null;
  sentAt: Date;
  type: string;
  /** What a person reads: the body, a caption, the tapped button's title… */
  text: string | null;
  contextWaMessageId: string | null;
  /** The Cloud API message object as received. */
  raw: Record<string, unknown>;
}

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface StatusUpdate {
  phoneNumberId: string;
  waMessageId: string;
  status: DeliveryStatus;
  at: Date;
  recipientId: string | null;
  /** Echo of biz_opaque_callback_data: Sportello puts its own message id there. */
  callbackData: string | null;
  error: WhatsAppError | null;
}

export interface ParsedWebhook {
  messages: InboundMessage[];
  statuses: StatusUpdate[];
  /** Errors not tied to a message (value.errors). */
  errors: Array<WhatsAppError & { phoneNumberId: string }>;
  /** Changes of other fields (template status, quality…), kept for later features. */
  otherChanges: Array<{ field: string; value: unknown }>;
}

/**
 * What the ingest needs before the signature check, read in one cheap pass:
 * whether this is a WhatsApp webhook and which phone_number_ids it speaks for
 * (their app secrets verify it). Null when it is not an envelope at all.
 */
export function readEnvelope(payload: unknown): { whatsapp: boolean; phoneNumberIds: string[] } | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { object, entry } = payload as { object?: unknown; entry?: unknown };
  if (typeof object !== 'string' || !Array.isArray(entry)) return null;
  const ids = new Set<string>();
  for (const e of entry) {
    const changes = (e as { changes?: unknown } | null)?.changes;
    if (!Array.isArray(changes)) continue;
    for (const change of changes) {
      const id = (change as { value?: { metadata?: { phone_number_id?: unknown } } } | null)?.value?.metadata?.phone_number_id;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return { whatsapp: object === 'whatsapp_business_account', phoneNumberIds: [...ids] };
}

function unixSeconds(s: string): Date {
  const n = Number(s);
  return Number.isFinite(n) ? new Date(n * 1000) : new Date(NaN);
}

function toError(e: z.infer<typeof ZError>): WhatsAppError {
  return { code: e.code, title: e.title ?? e.message ?? null, details: e.error_data?.details ?? null };
}

/** What a person reads for each inbound message type. */
export function readableText(message: Record<string, unknown>): string | null {
  const type = message.type as string;
  const part = (message[type] ?? {}) as Record<string, unknown>;
  switch (type) {
    case 'text':
      return typeof part.body === 'string' ? part.body : null;
    case 'button':
      return typeof part.text === 'string' ? part.text : null;
    case 'interactive': {
      const reply = (part.button_reply ?? part.list_reply ?? part.nfm_reply) as Record<string, unknown> | undefined;
      return typeof reply?.title === 'string' ? reply.title : typeof reply?.body === 'string' ? reply.body : null;
    }
    case 'image':
    case 'video':
    case 'document':
      return typeof part.caption === 'string' ? part.caption : typeof part.filename === 'string' ? part.filename : null;
    case 'location': {
      const label = [part.name, part.address].filter((x) => typeof x === 'string' && x.length > 0).join(', ');
      return label || `${String(part.latitude)}, ${String(part.longitude)}`;
    }
    case 'contacts': {
      const list = Array.isArray(message.contacts) ? (message.contacts as Array<{ name?: { formatted_name?: string } }>) : [];
      const names = list.map((c) => c.name?.formatted_name).filter((n): n is string => typeof n === 'string');
      return names.length > 0 ? names.join(', ') : null;
    }
    case 'reaction':
      return typeof part.emoji === 'string' ? part.emoji : null;
    case 'order':
      return typeof part.text === 'string' ? part.text : null;
    case 'system':
      return typeof part.body === 'string' ? part.body : null;
    default:
      return null;
  }
}

const DELIVERY_STATUSES = new Set<string>(['sent', 'delivered', 'read', 'failed']);

/**
 * Reads a verified webhook into the messages and status updates it carries.
 * Malformed changes are skipped rather than failing the whole delivery: the
 * raw body is kept, so nothing is lost.
 */
export function parseWebhook(payload: unknown): ParsedWebhook {
  const result: ParsedWebhook = { messages: [], statuses: [], errors: [], otherChanges: [] };
  const envelope = ZEnvelope.safeParse(payload);
  if (!envelope.success) return result;
  for (const entry of envelope.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') {
        result.otherChanges.push({ field: change.field, value: change.value });
        continue;
      }
      const value = ZValue.safeParse(change.value);
      if (!value.success) continue;
      const phoneNumberId = value.data.metadata.phone_number_id;
      const names = new Map((value.data.contacts ?? []).map((c) => [c.wa_id, c.profile?.name ?? null]));
      for (const m of value.data.messages ?? []) {
        const raw = m as Record<string, unknown>;
        result.messages.push({
          phoneNumberId,
          waMessageId: m.id,
          from: m.from,
          profileName: names.get(m.from) ?? null,
          sentAt: unixSeconds(m.timestamp),
          type: m.type,
          text: readableText(raw),
          contextWaMessageId: m.context?.id ?? null,
          raw,
        });
      }
      for (const s of value.data.statuses ?? []) {
        if (!DELIVERY_STATUSES.has(s.status)) continue;
        const firstError = s.errors?.[0];
        result.statuses.push({
          phoneNumberId,
          waMessageId: s.id,
          status: s.status as DeliveryStatus,
          at: unixSeconds(s.timestamp),
          recipientId: s.recipient_id ?? null,
          callbackData: s.biz_opaque_callback_data ?? null,
          error: firstError ? toError(firstError) : null,
        });
      }
      for (const e of value.data.errors ?? []) result.errors.push({ ...toError(e), phoneNumberId });
    }
  }
  return result;
}
