import { z } from 'zod';
import { customerKey, noteInbound } from './customer-window.ts';
import { buildInboundMessage, replyContextType, type InboundContent } from './inbound-message.ts';
import { digitsOf, plusForm } from './phone-digits.ts';
import { parseInput } from './parse-input.ts';
import { phoneNumberNotFound, SandboxApiError } from './sandbox-api-error.ts';
import { latestOutboundTo, nextArrival, recordInbound, type SandboxState } from './state.ts';
import { newWamid } from './wa-ids.ts';
import { buildEnvelope, buildInboundWebhook } from './webhook-payloads.ts';
import { deliverWebhook } from './webhook-delivery.ts';

const ZOptionalText = z.string().max(4096).optional();
const ZMime = z.string().min(1).max(255).optional();

const ZPhone = z.string().regex(/^\+?\d{5,15}$/, 'must be digits, optionally after a "+"');
const ZUnixSeconds = z.union([z.number().int().min(0), z.string().regex(/^\d+$/).transform(Number)]);

/** A customer's message; exactly one content field (text … reaction) must be present. */
export const ZInboundRequest = z
  .object({
    phoneNumberId: z.string().min(1),
    from: ZPhone,
    name: z.string().min(1).max(256).optional(),
    contextMessageId: z.string().min(1).optional(),
    timestamp: ZUnixSeconds.optional(),
    text: z.string().min(1).max(4096).optional(),
    buttonReply: z.object({ id: z.string().min(1).max(256), title: z.string().min(1).max(256) }).strict().optional(),
    listReply: z
      .object({ id: z.string().min(1).max(200), title: z.string().min(1).max(256), description: z.string().max(256).optional() })
      .strict()
      .optional(),
    templateButton: z.object({ text: z.string().min(1).max(256), payload: z.string().max(4096) }).strict().optional(),
    image: z.object({ caption: ZOptionalText, mimeType: ZMime }).strict().optional(),
    document: z.object({ filename: z.string().min(1).max(255).optional(), caption: ZOptionalText, mimeType: ZMime }).strict().optional(),
    audio: z.object({ mimeType: ZMime, voice: z.boolean().optional() }).strict().optional(),
    video: z.object({ caption: ZOptionalText, mimeType: ZMime }).strict().optional(),
    sticker: z.object({ mimeType: ZMime, animated: z.boolean().optional() }).strict().optional(),
    location: z
      .object({
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
        name: z.string().max(1000).optional(),
        address: z.string().max(1000).optional(),
      })
      .strict()
      .optional(),
    contacts: z.array(z.record(z.string(), z.unknown())).min(1).max(20).optional(),
    reaction: z.object({ messageId: z.string().min(1), emoji: z.string().max(32) }).strict().optional(),
  })
  .strict();

type ParsedInbound = z.infer<typeof ZInboundRequest>;

const CONTENT_KEYS = [
  'text',
  'buttonReply',
  'listReply',
  'templateButton',
  'image',
  'document',
  'audio',
  'video',
  'sticker',
  'location',
  'contacts',
  'reaction',
] as const satisfies ReadonlyArray<keyof ParsedInbound & InboundContent['kind']>;

export interface InboundRequest {
  phoneNumberId: string;
  from: string;
  name?: string;
  contextMessageId?: string;
  /** Unix seconds; defaults to the sandbox clock (set it in the past to test an expired window). */
  timestamp?: number;
  content: InboundContent;
}

/** Validates a `/v1/inbound` body into a request with exactly one content kind. */
export function parseInboundRequest(body: unknown): InboundRequest {
  const parsed = parseInput(ZInboundRequest, body);
  const present = CONTENT_KEYS.filter((key) => parsed[key] !== undefined);
  const [kind] = present;
  if (present.length !== 1 || kind === undefined) {
    throw new SandboxApiError('malformed_request', `Give exactly one content kind: one of ${CONTENT_KEYS.join(', ')}.`, {
      present,
    });
  }
  return {
    phoneNumberId: parsed.phoneNumberId,
    from: parsed.from,
    ...(parsed.name !== undefined ? { name: parsed.name } : {}),
    ...(parsed.contextMessageId !== undefined ? { contextMessageId: parsed.contextMessageId } : {}),
    ...(parsed.timestamp !== undefined ? { timestamp: parsed.timestamp } : {}),
    content: contentOf(parsed, kind),
  };
}

function contentOf(parsed: ParsedInbound, kind: (typeof CONTENT_KEYS)[number]): InboundContent {
  switch (kind) {
    case 'text':
      return { kind, text: parsed.text as string };
    case 'contacts':
      return { kind, contacts: parsed.contacts as Array<Record<string, unknown>> };
    default:
      return { kind, ...parsed[kind] } as InboundContent;
  }
}

export interface DeliveryOutcome {
  delivered: boolean;
  webhookStatus: number | null;
}

/** Customers without a name in the request get one, since Meta always sends a profile name. */
export function defaultCustomerName(waId: string): string {
  return `Customer ${waId.slice(-4)}`;
}

/**
 * A customer writes to a business number: the sandbox records the message,
 * opens (or extends) the customer-service window, then posts the signed
 * webhook and waits for the first delivery attempt.
 */
export async function simulateInbound(
  state: SandboxState,
  request: InboundRequest,
): Promise<DeliveryOutcome & { waMessageId: string }> {
  const registration = state.phoneNumbers.get(request.phoneNumberId);
  if (!registration) throw phoneNumberNotFound(request.phoneNumberId);
  const waId = digitsOf(request.from);
  const name = request.name ?? defaultCustomerName(waId);
  const at = request.timestamp !== undefined ? new Date(request.timestamp * 1000) : state.clock.now();
  const id = newWamid(waId);

  const contextType = replyContextType(request.content.kind);
  const contextId =
    request.contextMessageId ??
    (contextType ? latestOutboundTo(state, registration.phoneNumberId, waId, contextType)?.id : undefined);
  const message = buildInboundMessage(request.content, {
    from: waId,
    id,
    at,
    ...(contextId !== undefined ? { context: { from: digitsOf(registration.displayPhoneNumber), id: contextId } } : {}),
  });

  // The window opens before delivery: a product that answers straight from
  // its webhook handler must find it open.
  noteInbound(state.lastInbound, customerKey(registration.phoneNumberId, waId), at.getTime());
  recordInbound(state, {
    id,
    phoneNumberId: registration.phoneNumberId,
    from: plusForm(waId),
    waId,
    name,
    type: message.type as string,
    message,
    status: 'received',
    createdAt: at,
    seq: nextArrival(state),
  });

  const result = await deliverWebhook(state, {
    phoneNumberId: registration.phoneNumberId,
    kind: 'inbound',
    messageId: id,
    payload: buildInboundWebhook(registration, { waId, name }, message),
  });
  return { waMessageId: id, delivered: result.ok, webhookStatus: result.statusCode };
}

export const ZRawWebhookRequest = z
  .object({ phoneNumberId: z.string().min(1), value: z.record(z.string(), z.unknown()) })
  .strict();

/**
 * Delivers an arbitrary `value` in Meta's envelope, for tests of payloads the
 * sandbox does not build itself. Customer messages in it still open the
 * customer-service window, as they would on Meta's side.
 */
export async function deliverRawWebhook(
  state: SandboxState,
  request: z.infer<typeof ZRawWebhookRequest>,
): Promise<DeliveryOutcome> {
  const registration = state.phoneNumbers.get(request.phoneNumberId);
  if (!registration) throw phoneNumberNotFound(request.phoneNumberId);
  const messages = Array.isArray(request.value.messages) ? (request.value.messages as unknown[]) : [];
  for (const message of messages) {
    if (typeof message !== 'object' || message === null) continue;
    const { from, timestamp } = message as { from?: unknown; timestamp?: unknown };
    if (typeof from !== 'string' || !/^\d+$/.test(from)) continue;
    const seconds = typeof timestamp === 'string' && /^\d+$/.test(timestamp) ? Number(timestamp) : undefined;
    const atMs = seconds !== undefined ? seconds * 1000 : state.clock.now().getTime();
    noteInbound(state.lastInbound, customerKey(registration.phoneNumberId, from), atMs);
  }
  const result = await deliverWebhook(state, {
    phoneNumberId: registration.phoneNumberId,
    kind: 'raw',
    payload: buildEnvelope(registration, request.value),
  });
  return { delivered: result.ok, webhookStatus: result.statusCode };
}
