import { mediaSha256, newMediaId } from './wa-ids.ts';
import { unixSeconds } from './webhook-payloads.ts';

/** What a simulated customer sends, one kind per message. */
export type InboundContent =
  | { kind: 'text'; text: string }
  | { kind: 'buttonReply'; id: string; title: string }
  | { kind: 'listReply'; id: string; title: string; description?: string }
  | { kind: 'templateButton'; text: string; payload: string }
  | { kind: 'image'; caption?: string; mimeType?: string }
  | { kind: 'video'; caption?: string; mimeType?: string }
  | { kind: 'document'; filename?: string; caption?: string; mimeType?: string }
  | { kind: 'audio'; mimeType?: string; voice?: boolean }
  | { kind: 'sticker'; mimeType?: string; animated?: boolean }
  | { kind: 'location'; latitude: number; longitude: number; name?: string; address?: string }
  | { kind: 'contacts'; contacts: Array<Record<string, unknown>> }
  | { kind: 'reaction'; messageId: string; emoji: string };

export type InboundKind = InboundContent['kind'];

/** The `type` of the webhook message each kind becomes. */
export function webhookTypeOf(kind: InboundKind): string {
  switch (kind) {
    case 'buttonReply':
    case 'listReply':
      return 'interactive';
    case 'templateButton':
      return 'button';
    default:
      return kind;
  }
}

/**
 * Taps on buttons and list rows always quote the business message they
 * belong to. When the caller does not name it, the sandbox picks the latest
 * outbound message of the matching type (interactive, or template for
 * template quick replies).
 */
export function replyContextType(kind: InboundKind): 'interactive' | 'template' | null {
  switch (kind) {
    case 'buttonReply':
    case 'listReply':
      return 'interactive';
    case 'templateButton':
      return 'template';
    default:
      return null;
  }
}

const DEFAULT_MIME: Record<'image' | 'video' | 'document' | 'audio' | 'sticker', string> = {
  image: 'image/jpeg',
  video: 'video/mp4',
  document: 'application/pdf',
  audio: 'audio/ogg; codecs=opus',
  sticker: 'image/webp',
};

function mediaFields(kind: keyof typeof DEFAULT_MIME, mimeType: string | undefined): Record<string, unknown> {
  const id = newMediaId();
  return { mime_type: mimeType ?? DEFAULT_MIME[kind], sha256: mediaSha256(id), id };
}

export interface InboundEnvelopeFields {
  from: string;
  id: string;
  at: Date;
  /** `context` quoting a business message; reactions never carry one. */
  context?: { from: string; id: string };
}

/** The `messages[0]` object of Meta's inbound webhook for this content. */
export function buildInboundMessage(content: InboundContent, fields: InboundEnvelopeFields): Record<string, unknown> {
  const head: Record<string, unknown> = {
    ...(fields.context && content.kind !== 'reaction' ? { context: fields.context } : {}),
    from: fields.from,
    id: fields.id,
    timestamp: unixSeconds(fields.at),
    type: webhookTypeOf(content.kind),
  };
  switch (content.kind) {
    case 'text':
      return { ...head, text: { body: content.text } };
    case 'buttonReply':
      return { ...head, interactive: { type: 'button_reply', button_reply: { id: content.id, title: content.title } } };
    case 'listReply':
      return {
        ...head,
        interactive: {
          type: 'list_reply',
          list_reply: {
            id: content.id,
            title: content.title,
            ...(content.description !== undefined ? { description: content.description } : {}),
          },
        },
      };
    case 'templateButton':
      return { ...head, button: { payload: content.payload, text: content.text } };
    case 'image':
    case 'video':
      return {
        ...head,
        [content.kind]: {
          ...(content.caption !== undefined ? { caption: content.caption } : {}),
          ...mediaFields(content.kind, content.mimeType),
        },
      };
    case 'document':
      return {
        ...head,
        document: {
          ...(content.caption !== undefined ? { caption: content.caption } : {}),
          filename: content.filename ?? 'document.pdf',
          ...mediaFields('document', content.mimeType),
        },
      };
    case 'audio':
      return { ...head, audio: { ...mediaFields('audio', content.mimeType), voice: content.voice ?? true } };
    case 'sticker':
      return { ...head, sticker: { ...mediaFields('sticker', content.mimeType), animated: content.animated ?? false } };
    case 'location':
      return {
        ...head,
        location: {
          latitude: content.latitude,
          longitude: content.longitude,
          ...(content.name !== undefined ? { name: content.name } : {}),
          ...(content.address !== undefined ? { address: content.address } : {}),
        },
      };
    case 'contacts':
      return { ...head, contacts: content.contacts };
    case 'reaction':
      return { ...head, reaction: { message_id: content.messageId, emoji: content.emoji } };
  }
}
