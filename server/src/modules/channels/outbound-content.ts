import { z } from 'zod';

/**
 * What an operator, automation or API client asks to send, in Sportello's own
 * words; `toGraphBody` turns it into the Cloud API request. The limits are
 * WhatsApp's, checked here so that a bad message never reaches Meta.
 */
const ZButton = z.object({
  id: z.string().min(1).max(256).refine((s) => s.trim() === s, 'must not start or end with spaces'),
  title: z.string().min(1).max(20),
});

const ZRow = z.object({
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(24),
  description: z.string().max(72).optional(),
});

const ZSection = z.object({ title: z.string().max(24).optional(), rows: z.array(ZRow).min(1).max(10) });

const uniqueBy = <T>(items: T[], key: (t: T) => string) => new Set(items.map(key)).size === items.length;

export const ZTextContent = z.object({ type: z.literal('text'), text: z.string().min(1).max(4096), previewUrl: z.boolean().optional() });

export const ZButtonsContent = z.object({
  type: z.literal('buttons'),
  text: z.string().min(1).max(1024),
  header: z.string().min(1).max(60).optional(),
  footer: z.string().min(1).max(60).optional(),
  buttons: z
    .array(ZButton)
    .min(1)
    .max(3, 'WhatsApp allows at most 3 reply buttons')
    .refine((b) => uniqueBy(b, (x) => x.id) && uniqueBy(b, (x) => x.title), 'button ids and titles must be unique'),
});

export const ZListContent = z.object({
  type: z.literal('list'),
  text: z.string().min(1).max(4096),
  header: z.string().min(1).max(60).optional(),
  footer: z.string().min(1).max(60).optional(),
  buttonText: z.string().min(1).max(20),
  sections: z
    .array(ZSection)
    .min(1)
    .max(10)
    .refine((s) => s.reduce((n, x) => n + x.rows.length, 0) <= 10, 'WhatsApp allows at most 10 rows across all sections')
    .refine((s) => uniqueBy(s.flatMap((x) => x.rows), (r) => r.id), 'row ids must be unique'),
});

export const ZTemplateContent = z.object({
  type: z.literal('template'),
  template: z.object({
    name: z.string().min(1).max(512).regex(/^[a-z0-9_]+$/, 'template names use lowercase letters, digits and _'),
    language: z.string().min(2).max(15),
    /** Cloud API components with their parameters, passed through as given. */
    components: z.array(z.record(z.string(), z.unknown())).optional(),
  }),
});

export const ZMediaContent = z.object({
  type: z.literal('media'),
  media: z
    .object({
      kind: z.enum(['image', 'video', 'audio', 'document', 'sticker']),
      url: z.url().optional(),
      id: z.string().min(1).optional(),
      caption: z.string().max(1024).optional(),
      filename: z.string().max(240).optional(),
    })
    .refine((m) => (m.url ? 1 : 0) + (m.id ? 1 : 0) === 1, 'give exactly one of url or id')
    .refine((m) => !m.caption || (m.kind !== 'audio' && m.kind !== 'sticker'), 'audio and stickers take no caption')
    .refine((m) => !m.filename || m.kind === 'document', 'only documents take a filename'),
});

export const ZOutboundContent = z.discriminatedUnion('type', [ZTextContent, ZButtonsContent, ZListContent, ZTemplateContent, ZMediaContent]);
export type OutboundContent = z.infer<typeof ZOutboundContent>;

/** Templates are the only messages WhatsApp delivers outside the 24-hour window. */
export function needsOpenWindow(content: OutboundContent): boolean {
  return content.type !== 'template';
}

/** What the inbox shows for an outbound message. */
export function outboundText(content: OutboundContent): string | null {
  switch (content.type) {
    case 'text':
    case 'buttons':
    case 'list':
      return content.text;
    case 'template':
      return `[template ${content.template.name}]`;
    case 'media':
      return content.media.caption ?? content.media.filename ?? null;
  }
}

/** The Cloud API type recorded on the message row. */
export function graphTypeOf(content: OutboundContent): string {
  switch (content.type) {
    case 'text':
    case 'template':
      return content.type;
    case 'buttons':
    case 'list':
      return 'interactive';
    case 'media':
      return content.media.kind;
  }
}

export interface GraphEnvelope {
  to: string;
  /** wamid of the message this one replies to. */
  contextWaMessageId?: string | null;
  /** Echoed by Meta in status webhooks: Sportello's message id. */
  callbackData?: string;
}

const textPart = (text: string | undefined) => (text ? { text } : undefined);

export function toGraphBody(content: OutboundContent, envelope: GraphEnvelope): Record<string, unknown> {
  const base: Record<string, unknown> = { messaging_product: 'whatsapp', recipient_type: 'individual', to: envelope.to };
  if (envelope.contextWaMessageId) base.context = { message_id: envelope.contextWaMessageId };
  if (envelope.callbackData) base.biz_opaque_callback_data = envelope.callbackData;
  switch (content.type) {
    case 'text':
      return { ...base, type: 'text', text: { body: content.text, preview_url: content.previewUrl ?? false } };
    case 'buttons':
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'button',
          ...(content.header ? { header: { type: 'text', text: content.header } } : {}),
          body: { text: content.text },
          ...(content.footer ? { footer: textPart(content.footer) } : {}),
          action: { buttons: content.buttons.map((b) => ({ type: 'reply', reply: { id: b.id, title: b.title } })) },
        },
      };
    case 'list':
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'list',
          ...(content.header ? { header: { type: 'text', text: content.header } } : {}),
          body: { text: content.text },
          ...(content.footer ? { footer: textPart(content.footer) } : {}),
          action: {
            button: content.buttonText,
            sections: content.sections.map((s) => ({
              ...(s.title ? { title: s.title } : {}),
              rows: s.rows.map((r) => ({ id: r.id, title: r.title, ...(r.description ? { description: r.description } : {}) })),
            })),
          },
        },
      };
    case 'template':
      return {
        ...base,
        type: 'template',
        template: {
          name: content.template.name,
          language: { code: content.template.language },
          ...(content.template.components ? { components: content.template.components } : {}),
        },
      };
    case 'media': {
      const { kind, url, id, caption, filename } = content.media;
      return {
        ...base,
        type: kind,
        [kind]: { ...(id ? { id } : { link: url }), ...(caption ? { caption } : {}), ...(filename ? { filename } : {}) },
      };
    }
  }
}
