import type { Message } from './types';

export type MediaKind = 'image' | 'video' | 'audio' | 'document' | 'sticker';

/** What a message says, whichever way it came: the shapes the thread knows how to draw. */
export type MessageBody =
  | { kind: 'text'; text: string }
  | { kind: 'buttons'; text: string; header: string | null; footer: string | null; buttons: string[] }
  | { kind: 'list'; text: string; header: string | null; footer: string | null; buttonText: string; sections: Array<{ title: string | null; rows: Array<{ title: string; description: string | null }> }> }
  | { kind: 'media'; media: MediaKind; caption: string | null; filename: string | null; url: string | null; mimeType: string | null }
  | { kind: 'reply'; title: string }
  | { kind: 'location'; label: string; mapUrl: string | null }
  | { kind: 'template'; name: string; language: string }
  | { kind: 'reaction'; emoji: string }
  | { kind: 'other'; type: string; text: string | null };

type Json = Record<string, unknown>;
const MEDIA_KINDS = new Set<string>(['image', 'video', 'audio', 'document', 'sticker']);

const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** An outbound message keeps Sportello's own request in content.request (channels/outbound-content.ts). */
function outboundBody(request: Json, fallbackText: string | null): MessageBody | null {
  switch (request.type) {
    case 'text':
      return { kind: 'text', text: str(request.text) ?? fallbackText ?? '' };
    case 'buttons':
      return {
        kind: 'buttons',
        text: str(request.text) ?? '',
        header: str(request.header),
        footer: str(request.footer),
        buttons: arr(request.buttons).map((b) => str(obj(b).title) ?? ''),
      };
    case 'list':
      return {
        kind: 'list',
        text: str(request.text) ?? '',
        header: str(request.header),
        footer: str(request.footer),
        buttonText: str(request.buttonText) ?? '',
        sections: arr(request.sections).map((s) => ({
          title: str(obj(s).title),
          rows: arr(obj(s).rows).map((r) => ({ title: str(obj(r).title) ?? '', description: str(obj(r).description) })),
        })),
      };
    case 'media': {
      const media = obj(request.media);
      const kind = str(media.kind);
      if (!kind || !MEDIA_KINDS.has(kind)) return null;
      return { kind: 'media', media: kind as MediaKind, caption: str(media.caption), filename: str(media.filename), url: str(media.url), mimeType: null };
    }
    case 'template': {
      const template = obj(request.template);
      return { kind: 'template', name: str(template.name) ?? '', language: str(template.language) ?? '' };
    }
    default:
      return null;
  }
}

/** An inbound message keeps the Cloud API message object as received. */
function inboundBody(raw: Json, type: string, text: string | null): MessageBody | null {
  const part = obj(raw[type]);
  if (MEDIA_KINDS.has(type)) {
    return { kind: 'media', media: type as MediaKind, caption: str(part.caption), filename: str(part.filename), url: str(part.link) ?? str(part.url), mimeType: str(part.mime_type) };
  }
  switch (type) {
    case 'interactive': {
      const reply = obj(part.button_reply ?? part.list_reply);
      const title = str(reply.title) ?? text;
      return title ? { kind: 'reply', title } : null;
    }
    case 'button': {
      const title = str(part.text) ?? text;
      return title ? { kind: 'reply', title } : null;
    }
    case 'location': {
      const latitude = typeof part.latitude === 'number' ? part.latitude : null;
      const longitude = typeof part.longitude === 'number' ? part.longitude : null;
      const label = [str(part.name), str(part.address)].filter(Boolean).join(', ') || text || `${latitude}, ${longitude}`;
      const mapUrl = latitude !== null && longitude !== null ? `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}` : null;
      return { kind: 'location', label, mapUrl };
    }
    case 'reaction':
      return { kind: 'reaction', emoji: str(part.emoji) ?? text ?? '' };
    default:
      return null;
  }
}

/** Reads a message into the shape the thread draws; anything unknown shows its type and text. */
export function messageBody(message: Pick<Message, 'direction' | 'type' | 'text' | 'content'>): MessageBody {
  const content = obj(message.content);
  const body =
    message.direction === 'outbound' ? outboundBody(obj(content.request), message.text) : inboundBody(content, message.type, message.text);
  if (body) return body;
  if (message.type === 'text' && message.text !== null) return { kind: 'text', text: message.text };
  return { kind: 'other', type: message.type, text: message.text };
}
