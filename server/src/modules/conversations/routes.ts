import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { principalOf } from '../../http/auth.ts';
import { commonErrors, ZIdParams, ZPageQuery } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import { senderOf } from '../accounts/principal.ts';
import type { OutboundContent } from '../channels/outbound-content.ts';
import { listConversations, setConversationRead } from './inbox.ts';
import { getMessage, listMessages } from './messages.ts';
import { addNote, listNotes } from './notes.ts';
import { ZConversation, ZMessage, ZNote, ZSendMessageBody } from './schemas.ts';
import { sendMessage } from './send-message.ts';

const ZBool = z.enum(['true', 'false']).transform((v) => v === 'true');

/** The shared inbox: conversations, messages, sending, notes, read state. */
export const inboxRoutes: FastifyPluginAsyncZod<{ deps: Deps; services: Services }> = async (app, { deps, services }) => {
  app.get(
    '/conversations',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Conversations, most recent first, with filters and search',
        querystring: ZPageQuery.extend({
          tag: z.string().min(1).optional(),
          operatorId: z.uuid().optional(),
          listId: z.uuid().optional(),
          unread: ZBool.optional(),
          q: z.string().min(1).max(200).optional(),
        }),
        response: { 200: z.object({ data: z.array(ZConversation), nextCursor: z.string().nullable() }), ...commonErrors },
      },
    },
    async (request) => listConversations(deps, principalOf(request), request.query),
  );

  app.post(
    '/conversations/:id/read',
    {
      schema: {
        tags: ['inbox'],
        summary: "Mark a contact's chat read",
        params: ZIdParams,
        response: { 200: z.object({ unreadCount: z.number() }), ...commonErrors },
      },
    },
    async (request) => setConversationRead(deps, principalOf(request), request.params.id, true),
  );

  app.post(
    '/conversations/:id/unread',
    {
      schema: {
        tags: ['inbox'],
        summary: "Mark a contact's chat unread",
        params: ZIdParams,
        response: { 200: z.object({ unreadCount: z.number() }), ...commonErrors },
      },
    },
    async (request) => setConversationRead(deps, principalOf(request), request.params.id, false),
  );

  app.get(
    '/contacts/:id/messages',
    {
      schema: {
        tags: ['inbox'],
        summary: "A contact's messages, newest first (notes too with includeNotes=true)",
        params: ZIdParams,
        querystring: ZPageQuery.extend({ includeNotes: ZBool.optional() }),
        response: { 200: z.object({ data: z.array(z.union([ZMessage, ZNote])), nextCursor: z.string().nullable() }), ...commonErrors },
      },
    },
    async (request) => listMessages(deps, principalOf(request), request.params.id, request.query),
  );

  app.get(
    '/messages/:id',
    { schema: { tags: ['inbox'], summary: 'One message', params: ZIdParams, response: { 200: ZMessage, ...commonErrors } } },
    async (request) => getMessage(deps, principalOf(request), request.params.id),
  );

  app.post(
    '/messages',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Send a WhatsApp message (text, buttons, list, template, media); Idempotency-Key makes retries safe',
        headers: z.object({ 'idempotency-key': z.string().min(1).max(255).optional() }),
        body: ZSendMessageBody,
        response: { 201: ZMessage, ...commonErrors, 502: commonErrors[400], 503: commonErrors[400] },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { contactId, phone, replyTo, ...content } = request.body;
      const { message, replayed } = await sendMessage(deps, services, principal, {
        contactId,
        phone,
        replyTo,
        content: content as OutboundContent,
        idempotencyKey: request.headers['idempotency-key'],
        sender: senderOf(principal),
      });
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(message);
    },
  );

  app.get(
    '/contacts/:id/notes',
    {
      schema: {
        tags: ['inbox'],
        summary: "A contact's internal notes, newest first",
        params: ZIdParams,
        querystring: ZPageQuery,
        response: { 200: z.object({ data: z.array(ZNote), nextCursor: z.string().nullable() }), ...commonErrors },
      },
    },
    async (request) => listNotes(deps, principalOf(request), request.params.id, request.query),
  );

  app.post(
    '/contacts/:id/notes',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Leave an internal note in the chat (never sent to the customer)',
        params: ZIdParams,
        body: z.object({ text: z.string().trim().min(1).max(4000) }),
        response: { 201: ZNote, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const note = await addNote(deps, principal, request.params.id, { text: request.body.text, author: senderOf(principal) });
      return reply.status(201).send(note);
    },
  );
};
