import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { principalOf, requireRole } from '../../http/auth.ts';
import { commonErrors, ZIdParams } from '../../http/schemas.ts';
import { ZContactIds, ZCounts, ZField, ZFieldType, ZList, ZListBody, ZTag, ZTagBody } from './api-schemas.ts';
import { createField, deleteField, listFields, updateField } from './fields.ts';
import { changeListContacts, createList, deleteList, getList, listLists, renameList } from './lists.ts';
import { createTag, deleteTag, listTags, renameTag } from './tags.ts';

/**
 * The account's catalog around contacts: tags, lists and dynamic fields.
 * Chat operators may read them, create tags and fill lists with the contacts
 * they see; defining, renaming and deleting is for admins and operators.
 */
export const catalogRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const manager = (request: Parameters<typeof requireRole>[0]) => requireRole(request, 'admin', 'operator');

  // ---- tags ------------------------------------------------------------------
  app.get(
    '/tags',
    { schema: { tags: ['tags'], summary: 'Tags, with how many contacts carry each', response: { 200: z.object({ data: z.array(ZTag), nextCursor: z.null() }), ...commonErrors } } },
    async (request) => ({ data: await listTags(deps, principalOf(request)), nextCursor: null }),
  );

  app.post(
    '/tags',
    { schema: { tags: ['tags'], summary: 'Create a tag (names are unique without case)', body: ZTagBody, response: { 201: ZTag, ...commonErrors } } },
    async (request, reply) => {
      const tag = await createTag(deps, principalOf(request), request.body.name);
      reply.status(201);
      return tag;
    },
  );

  app.patch(
    '/tags/:id',
    { schema: { tags: ['tags'], summary: 'Rename a tag', params: ZIdParams, body: ZTagBody, response: { 200: ZTag, ...commonErrors } } },
    async (request) => renameTag(deps, manager(request), request.params.id, request.body.name),
  );

  app.delete(
    '/tags/:id',
    { schema: { tags: ['tags'], summary: 'Delete a tag (taken off every contact)', params: ZIdParams, response: { 204: z.null(), ...commonErrors } } },
    async (request, reply) => {
      await deleteTag(deps, manager(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---- lists -----------------------------------------------------------------
  app.get(
    '/lists',
    { schema: { tags: ['lists'], summary: 'Lists, with how many contacts each holds', response: { 200: z.object({ data: z.array(ZList), nextCursor: z.null() }), ...commonErrors } } },
    async (request) => ({ data: await listLists(deps, principalOf(request)), nextCursor: null }),
  );

  app.get(
    '/lists/:id',
    { schema: { tags: ['lists'], summary: 'A list', params: ZIdParams, response: { 200: ZList, ...commonErrors } } },
    async (request) => getList(deps, principalOf(request), request.params.id),
  );

  app.post(
    '/lists',
    { schema: { tags: ['lists'], summary: 'Create a list (names are unique without case)', body: ZListBody, response: { 201: ZList, ...commonErrors } } },
    async (request, reply) => {
      const list = await createList(deps, manager(request), request.body.name);
      reply.status(201);
      return list;
    },
  );

  app.patch(
    '/lists/:id',
    { schema: { tags: ['lists'], summary: 'Rename a list', params: ZIdParams, body: ZListBody, response: { 200: ZList, ...commonErrors } } },
    async (request) => renameList(deps, manager(request), request.params.id, request.body.name),
  );

  app.delete(
    '/lists/:id',
    { schema: { tags: ['lists'], summary: 'Delete a list (its contacts stay)', params: ZIdParams, response: { 204: z.null(), ...commonErrors } } },
    async (request, reply) => {
      await deleteList(deps, manager(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/lists/:id/contacts',
    {
      schema: {
        tags: ['lists'],
        summary: 'Add contacts to a list; contact.added_to_list for each one not already in it',
        params: ZIdParams,
        body: ZContactIds,
        response: { 200: ZCounts, ...commonErrors },
      },
    },
    async (request) => changeListContacts(deps, principalOf(request), request.params.id, request.body.contactIds, 'add'),
  );

  app.delete(
    '/lists/:id/contacts',
    {
      schema: { tags: ['lists'], summary: 'Remove contacts from a list', params: ZIdParams, body: ZContactIds, response: { 200: ZCounts, ...commonErrors } },
    },
    async (request) => changeListContacts(deps, principalOf(request), request.params.id, request.body.contactIds, 'remove'),
  );

  app.delete(
    '/lists/:id/contacts/:contactId',
    {
      schema: {
        tags: ['lists'],
        summary: 'Remove one contact from a list',
        params: z.object({ id: z.uuid(), contactId: z.uuid() }),
        response: { 200: ZCounts, ...commonErrors },
      },
    },
    async (request) => changeListContacts(deps, principalOf(request), request.params.id, [request.params.contactId], 'remove'),
  );

  // ---- dynamic fields --------------------------------------------------------
  app.get(
    '/fields',
    { schema: { tags: ['fields'], summary: 'Dynamic contact fields', response: { 200: z.object({ data: z.array(ZField), nextCursor: z.null() }), ...commonErrors } } },
    async (request) => ({ data: await listFields(deps, principalOf(request).accountId), nextCursor: null }),
  );

  app.post(
    '/fields',
    {
      schema: {
        tags: ['fields'],
        summary: 'Define a dynamic field; the key (used as %%KEY%%) is derived from the label when not given',
        body: z.object({ key: z.string().min(1).max(64).optional(), label: z.string().trim().min(1).max(200), type: ZFieldType }),
        response: { 201: ZField, ...commonErrors },
      },
    },
    async (request, reply) => {
      const field = await createField(deps, manager(request), request.body);
      reply.status(201);
      return field;
    },
  );

  app.patch(
    '/fields/:id',
    {
      schema: {
        tags: ['fields'],
        summary: "Change a field's label (key and type are fixed)",
        params: ZIdParams,
        body: z.object({ label: z.string().trim().min(1).max(200) }),
        response: { 200: ZField, ...commonErrors },
      },
    },
    async (request) => updateField(deps, manager(request), request.params.id, request.body),
  );

  app.delete(
    '/fields/:id',
    { schema: { tags: ['fields'], summary: 'Delete a field and every value of it', params: ZIdParams, response: { 204: z.null(), ...commonErrors } } },
    async (request, reply) => {
      await deleteField(deps, manager(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
