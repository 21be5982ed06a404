import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { principalOf, requireRole } from '../../http/auth.ts';
import { commonErrors, ZIdParams, ZPage } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import { filterFromBody, filterFromQuery, ZBulkRequest, ZContact, ZContactCreate, ZContactListQuery, ZContactPatch, ZCounts } from './api-schemas.ts';
import { runBulk } from './bulk.ts';
import { catalogRoutes } from './catalog-routes.ts';
import { createContact, deleteContact, eraseContact, setBlocked, updateContact } from './contact-changes.ts';
import { getContact, listContacts } from './contact-queries.ts';
import { csvRoutes } from './csv-routes.ts';
import { assignOperator, unassignOperator } from './operators.ts';
import { tagContact, untagContact } from './tags.ts';

const tags = ['contacts'];

export const contactsRoutes: FastifyPluginAsyncZod<{ deps: Deps; services: Services }> = async (app, { deps }) => {
  await app.register(catalogRoutes, { deps });
  await app.register(csvRoutes, { deps });

  app.get(
    '/contacts',
    {
      schema: {
        tags,
        summary: 'List contacts, newest first; filter by phone, q, tag (repeatable), list, field.KEY=value, blocked, marketingOptIn, operatorId',
        querystring: ZContactListQuery,
        response: { 200: ZPage(ZContact), ...commonErrors },
      },
    },
    async (request) => {
      const { cursor, limit, ...query } = request.query;
      return listContacts(deps, principalOf(request), filterFromQuery(query), { cursor, limit });
    },
  );

  app.post(
    '/contacts',
    {
      schema: {
        tags,
        summary: 'Create a contact (a deleted contact with the same number is brought back)',
        body: ZContactCreate,
        response: { 201: ZContact, ...commonErrors },
      },
    },
    async (request, reply) => {
      const { contact } = await createContact(deps, principalOf(request), request.body);
      reply.status(201);
      return contact;
    },
  );

  app.post(
    '/contacts/bulk',
    {
      schema: {
        tags,
        summary: 'One action on many contacts chosen by ids and/or a filter',
        body: ZBulkRequest,
        response: { 200: ZCounts, ...commonErrors },
      },
    },
    async (request) => {
      const principal = request.body.action === 'erase' ? requireRole(request, 'admin', 'operator') : principalOf(request);
      const { filter, ...rest } = request.body;
      return runBulk(deps, principal, { ...rest, filter: filter ? filterFromBody(filter) : undefined });
    },
  );

  app.get(
    '/contacts/:id',
    { schema: { tags, summary: 'A contact', params: ZIdParams, response: { 200: ZContact, ...commonErrors } } },
    async (request) => getContact(deps, principalOf(request), request.params.id),
  );

  app.patch(
    '/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Change a contact: fields merge (null removes one), tags and lists are replaced when given',
        params: ZIdParams,
        body: ZContactPatch,
        response: { 200: ZContact, ...commonErrors },
      },
    },
    async (request) => updateContact(deps, principalOf(request), request.params.id, request.body),
  );

  app.delete(
    '/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Delete a contact (hidden; a new message brings it back), or with permanent=true erase it and its conversation for good',
        params: ZIdParams,
        querystring: z.object({ permanent: z.enum(['true', 'false']).default('false') }),
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      if (request.query.permanent === 'true') await eraseContact(deps, requireRole(request, 'admin', 'operator'), request.params.id);
      else await deleteContact(deps, principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/contacts/:id/block',
    { schema: { tags, summary: 'Block a contact: no message goes to it', params: ZIdParams, response: { 200: ZContact, ...commonErrors } } },
    async (request) => setBlocked(deps, principalOf(request), request.params.id, true),
  );

  app.post(
    '/contacts/:id/restore',
    { schema: { tags, summary: 'Restore (unblock) a contact', params: ZIdParams, response: { 200: ZContact, ...commonErrors } } },
    async (request) => setBlocked(deps, principalOf(request), request.params.id, false),
  );

  app.post(
    '/contacts/:id/tags',
    {
      schema: {
        tags,
        summary: 'Add tags to a contact (missing tags are created)',
        params: ZIdParams,
        body: z.object({ tags: z.array(z.string().trim().min(1).max(64)).min(1).max(100) }),
        response: { 200: ZContact, ...commonErrors },
      },
    },
    async (request) => tagContact(deps, principalOf(request), request.params.id, request.body.tags),
  );

  app.delete(
    '/contacts/:id/tags/:name',
    {
      schema: {
        tags,
        summary: 'Take a tag off a contact',
        params: z.object({ id: z.uuid(), name: z.string().min(1).max(200) }),
        response: { 200: ZContact, ...commonErrors },
      },
    },
    async (request) => untagContact(deps, principalOf(request), request.params.id, request.params.name),
  );

  app.post(
    '/contacts/:id/operators',
    {
      schema: {
        tags,
        summary: "Assign a user to the contact's conversation (admin, operator)",
        params: ZIdParams,
        body: z.object({ userId: z.uuid() }),
        response: { 200: ZContact, ...commonErrors },
      },
    },
    async (request) => assignOperator(deps, requireRole(request, 'admin', 'operator'), request.params.id, request.body.userId),
  );

  app.delete(
    '/contacts/:id/operators/:userId',
    {
      schema: {
        tags,
        summary: "Unassign a user from the contact's conversation (admin, operator)",
        params: z.object({ id: z.uuid(), userId: z.uuid() }),
        response: { 200: ZContact, ...commonErrors },
      },
    },
    async (request) => unassignOperator(deps, requireRole(request, 'admin', 'operator'), request.params.id, request.params.userId),
  );
};
