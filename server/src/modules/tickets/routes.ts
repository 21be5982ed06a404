import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { principalOf, requireRole } from '../../http/auth.ts';
import { commonErrors, ZIdParams, ZPage, ZPageQuery } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import { getContactRow } from '../contacts/service.ts';
import {
  ZStatsQuery,
  ZStatusParams,
  ZTicket,
  ZTicketCategory,
  ZTicketCreate,
  ZTicketHistory,
  ZTicketListQuery,
  ZTicketNote,
  ZTicketParams,
  ZTicketPatch,
  ZTicketStats,
  ZTicketStatus,
  ZTicketStatusCreate,
  ZTicketStatusPatch,
} from './api-schemas.ts';
import { listTickets, ticketStats, type TicketSort } from './queries.ts';
import { addTicketNote, createTicket, deleteTicket, getTicket, listTicketHistory, listTicketNotes, updateTicket } from './service.ts';
import { actorOf, createCategory, createStatus, deleteStatus, listCategories, listStatuses, updateStatus } from './statuses.ts';

const tags = ['tickets'];

/** The ticket desk: tickets, their notes and history, statuses, categories, statistics. */
export const ticketsRoutes: FastifyPluginAsyncZod<{ deps: Deps; services: Services }> = async (app, { deps }) => {
  app.post(
    '/tickets',
    {
      schema: {
        tags,
        summary: 'Open a ticket for a contact; the reference is generated (TK-000001…) unless given',
        body: ZTicketCreate,
        response: { 201: ZTicket, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const ticket = await createTicket(deps, { accountId: principal.accountId, principal }, request.body, actorOf(principal));
      return reply.status(201).send(ticket);
    },
  );

  app.get(
    '/tickets',
    {
      schema: {
        tags,
        summary: 'List tickets: filters, full-text search (q: title, description, reference, notes), sort (e.g. sort=-priority), cursor pages',
        querystring: ZTicketListQuery,
        response: { 200: ZPage(ZTicket), ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { cursor, limit, sort, ...filter } = request.query;
      return listTickets(deps, { accountId: principal.accountId, principal }, filter, { cursor, limit, sort: sort as TicketSort | undefined });
    },
  );

  app.get(
    '/tickets/stats',
    {
      schema: {
        tags,
        summary: 'Ticket statistics for tickets created in [from, to]: share per category, count per status and priority, average closing time per category',
        querystring: ZStatsQuery,
        response: { 200: ZTicketStats, ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return ticketStats(deps, { accountId: principal.accountId, principal }, request.query);
    },
  );

  app.get(
    '/tickets/:id',
    { schema: { tags, summary: 'A ticket, by id or reference', params: ZTicketParams, response: { 200: ZTicket, ...commonErrors } } },
    async (request) => {
      const principal = principalOf(request);
      return getTicket(deps, { accountId: principal.accountId, principal }, request.params.id);
    },
  );

  app.patch(
    '/tickets/:id',
    {
      schema: {
        tags,
        summary: 'Change a ticket (by id or reference); only the fields given change, each change lands in its history',
        params: ZTicketParams,
        body: ZTicketPatch,
        response: { 200: ZTicket, ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return updateTicket(deps, { accountId: principal.accountId, principal }, request.params.id, request.body, actorOf(principal));
    },
  );

  app.delete(
    '/tickets/:id',
    { schema: { tags, summary: 'Delete a ticket (its reference number is never generated again)', params: ZTicketParams, response: { 204: z.null(), ...commonErrors } } },
    async (request, reply) => {
      const principal = principalOf(request);
      await deleteTicket(deps, { accountId: principal.accountId, principal }, request.params.id, actorOf(principal));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/tickets/:id/notes',
    {
      schema: {
        tags,
        summary: "Add a note to the ticket's timeline",
        params: ZTicketParams,
        body: z.object({ text: z.string().trim().min(1).max(10_000) }),
        response: { 201: ZTicketNote, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const note = await addTicketNote(deps, { accountId: principal.accountId, principal }, request.params.id, request.body.text, actorOf(principal));
      return reply.status(201).send(note);
    },
  );

  app.get(
    '/tickets/:id/notes',
    {
      schema: { tags, summary: "The ticket's notes, oldest first", params: ZTicketParams, querystring: ZPageQuery, response: { 200: ZPage(ZTicketNote), ...commonErrors } },
    },
    async (request) => {
      const principal = principalOf(request);
      return listTicketNotes(deps, { accountId: principal.accountId, principal }, request.params.id, request.query);
    },
  );

  app.get(
    '/tickets/:id/history',
    {
      schema: {
        tags,
        summary: 'Who changed what and when (operator, API or automation), oldest first',
        params: ZTicketParams,
        querystring: ZPageQuery,
        response: { 200: ZPage(ZTicketHistory), ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return listTicketHistory(deps, { accountId: principal.accountId, principal }, request.params.id, request.query);
    },
  );

  app.get(
    '/contacts/:id/tickets',
    {
      schema: {
        tags,
        summary: "A contact's tickets, as shown beside the conversation",
        params: ZIdParams,
        querystring: ZTicketListQuery.omit({ contactId: true }),
        response: { 200: ZPage(ZTicket), ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await getContactRow(deps.database.db, principal, request.params.id);
      const { cursor, limit, sort, ...filter } = request.query;
      return listTickets(deps, { accountId: principal.accountId, principal }, { ...filter, contactId: request.params.id }, { cursor, limit, sort: sort as TicketSort | undefined });
    },
  );

  // ---- statuses and categories ----------------------------------------------------

  app.get(
    '/ticket-statuses',
    { schema: { tags, summary: 'Ticket statuses in workflow order', response: { 200: z.object({ data: z.array(ZTicketStatus) }), ...commonErrors } } },
    async (request) => ({ data: await listStatuses(deps, principalOf(request).accountId) }),
  );

  app.post(
    '/ticket-statuses',
    {
      schema: {
        tags,
        summary: 'Create a custom status (admin); macroStatus is required: open, in_progress or terminated',
        body: ZTicketStatusCreate,
        response: { 201: ZTicketStatus, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      return reply.status(201).send(await createStatus(deps, principal.accountId, request.body));
    },
  );

  app.patch(
    '/ticket-statuses/:id',
    {
      schema: {
        tags,
        summary: 'Rename a status or change its macro-status (admin); by id or name',
        params: ZStatusParams,
        body: ZTicketStatusPatch,
        response: { 200: ZTicketStatus, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'admin');
      return updateStatus(deps, principal.accountId, request.params.id, request.body, actorOf(principal));
    },
  );

  app.delete(
    '/ticket-statuses/:id',
    {
      schema: {
        tags,
        summary: 'Delete a status (admin); if tickets use it, moveTo=<status name> moves them, else 409',
        params: ZStatusParams,
        querystring: z.object({ moveTo: z.string().trim().min(1).max(100).optional() }),
        response: { 200: z.object({ moved: z.number().int() }), ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'admin');
      return deleteStatus(deps, principal.accountId, request.params.id, request.query.moveTo, actorOf(principal));
    },
  );

  app.get(
    '/ticket-categories',
    { schema: { tags, summary: 'Ticket categories, by name', response: { 200: z.object({ data: z.array(ZTicketCategory) }), ...commonErrors } } },
    async (request) => ({ data: await listCategories(deps, principalOf(request).accountId) }),
  );

  app.post(
    '/ticket-categories',
    {
      schema: {
        tags,
        summary: 'Create a category (or get the one with this name, matched case-insensitively)',
        body: z.object({ name: z.string().trim().min(1).max(100) }),
        response: { 201: ZTicketCategory, ...commonErrors },
      },
    },
    async (request, reply) => reply.status(201).send(await createCategory(deps, principalOf(request).accountId, request.body.name)),
  );
};
