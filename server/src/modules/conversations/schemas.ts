import { z } from 'zod';
import { ZOutboundContent } from '../channels/outbound-content.ts';

const ZSender = z.object({ type: z.enum(['customer', 'user', 'automation', 'campaign', 'api']), id: z.string().nullable() });

export const ZMessage = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  direction: z.enum(['inbound', 'outbound']),
  type: z.string(),
  text: z.string().nullable(),
  status: z.enum(['received', 'queued', 'sent', 'delivered', 'read', 'failed']),
  waMessageId: z.string().nullable(),
  contextWaMessageId: z.string().nullable(),
  content: z.record(z.string(), z.unknown()),
  error: z.object({ code: z.number().nullable(), title: z.string().nullable(), details: z.string().nullable() }).nullable(),
  sentBy: ZSender,
  createdAt: z.date(),
  sentAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  readAt: z.date().nullable(),
  failedAt: z.date().nullable(),
});

export const ZNote = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  direction: z.literal('note'),
  type: z.literal('note'),
  text: z.string(),
  sentBy: ZSender,
  createdAt: z.date(),
});

export const ZConversation = z.object({
  id: z.uuid(),
  contact: z.object({ id: z.uuid(), name: z.string().nullable(), phone: z.string(), blocked: z.boolean(), lastInboundAt: z.date().nullable() }),
  lastMessage: z.object({ id: z.uuid(), direction: z.enum(['inbound', 'outbound']), text: z.string().nullable(), at: z.date() }).nullable(),
  lastMessageAt: z.date().nullable(),
  unreadCount: z.number().int(),
  operatorIds: z.array(z.uuid()),
  tags: z.array(z.string()),
});

const ZRecipient = { contactId: z.uuid().optional(), phone: z.string().min(3).max(40).optional(), replyTo: z.string().min(1).max(200).optional() };

/** `{contactId | phone, type, …content, replyTo?}`: the send request of CONTRACT.md. */
export const ZSendMessageBody = z
  .discriminatedUnion('type', [
    ZOutboundContent.options[0].extend(ZRecipient),
    ZOutboundContent.options[1].extend(ZRecipient),
    ZOutboundContent.options[2].extend(ZRecipient),
    ZOutboundContent.options[3].extend(ZRecipient),
    ZOutboundContent.options[4].extend(ZRecipient),
  ])
  .refine((b) => (b.contactId ? 1 : 0) + (b.phone ? 1 : 0) === 1, { message: 'give exactly one of contactId or phone', path: ['contactId'] });
