import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { principalOf, requireRole } from '../../http/auth.ts';
import { commonErrors, ZIdParams, ZPageQuery } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import { ZDefinition } from './definition.ts';
import { startIntegrationRun } from './integration.ts';
import {
  automationReport,
  getRun,
  listContactRuns,
  listRuns,
  runCountsByAutomation,
  listWaitingContacts,
  runTimeline,
  startRunByApi,
  stopContactRuns,
  terminateRun,
} from './runs-service.ts';
import {
  createAutomation,
  deleteAutomation,
  duplicateAutomation,
  getAutomation,
  listAutomations,
  listVersions,
  saveAutomation,
  setAutomationActive,
} from './service.ts';

const tags = ['automations'];

/** The definition is validated by the automation service, so that a 422 names the failing step. */
const ZDefinitionInput = z.unknown().describe('An automation definition (trigger, start, steps); see the Definition schema');

const ZAutomation = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(['draft', 'active', 'inactive']),
  version: z.number().int(),
  triggerType: z.string(),
  definition: ZDefinition,
  integration: z.object({ url: z.string(), secret: z.string() }).optional(),
  runs: z.object({ live: z.number().int(), total: z.number().int() }).optional(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const ZRun = z.object({
  id: z.uuid(),
  automationId: z.uuid(),
  version: z.number().int(),
  contactId: z.uuid(),
  status: z.enum(['running', 'waiting', 'completed', 'terminated', 'failed']),
  currentStep: z.string().nullable(),
  path: z.array(z.string()),
  depth: z.number().int(),
  trigger: z.string(),
  reason: z.string().nullable(),
  waitingUntil: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  startedAt: z.date(),
  endedAt: z.date().nullable(),
});

const ZTimelineEntry = z.object({
  seq: z.number().int(),
  stepId: z.string(),
  status: z.string(),
  outcome: z.string().nullable(),
  reason: z.string().nullable(),
  enteredAt: z.date(),
  finishedAt: z.date().nullable(),
});

const ZRunStatus = z.enum(['running', 'waiting', 'completed', 'terminated', 'failed']);
const ZName = z.string().trim().min(1).max(256);

/** Automations: definitions and versions, activation, runs, reports, and the API and integration starts. */
export const automationsRoutes: FastifyPluginAsyncZod<{ deps: Deps; services: Services }> = async (app, { deps, services }) => {
  const engine = services.automations;
  // Without a configured PUBLIC_URL, the address the caller reached this server at is the best guess.
  const integrationUrl = (request: FastifyRequest, id: string) =>
    `${deps.config.publicUrl ?? `${request.protocol}://${request.host}`}/api/v1/integrations/automations/${id}`;
  const withIntegration = <T extends { id: string; triggerType: string }>(request: FastifyRequest, a: T & { secret?: string }) => {
    const { secret, ...rest } = a;
    return a.triggerType === 'integration' && secret ? { ...rest, integration: { url: integrationUrl(request, a.id), secret } } : rest;
  };

  app.post(
    '/automations',
    {
      schema: {
        tags,
        summary: 'Create an automation as a draft (version 1); an invalid definition is a 422 that names the step',
        body: z.object({ name: ZName, definition: ZDefinitionInput }),
        response: { 201: ZAutomation, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      const created = await createAutomation(deps, principal.accountId, request.body);
      return reply.status(201).send(withIntegration(request, await getAutomation(deps, principal.accountId, created.id)));
    },
  );

  app.get(
    '/automations',
    {
      schema: {
        tags,
        summary: 'The automations of the account with their status and how many runs are under way',
        querystring: z.object({ status: z.enum(['draft', 'active', 'inactive']).optional() }),
        response: { 200: z.object({ data: z.array(ZAutomation), nextCursor: z.null() }), ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const list = await listAutomations(deps, principal.accountId, request.query);
      const counts = await runCountsByAutomation(deps, principal.accountId);
      return { data: list.map((a) => ({ ...a, runs: counts.get(a.id) ?? { live: 0, total: 0 } })), nextCursor: null };
    },
  );

  app.get(
    '/automations/:id',
    { schema: { tags, summary: 'One automation with its newest definition', params: ZIdParams, response: { 200: ZAutomation, ...commonErrors } } },
    async (request) => {
      const principal = principalOf(request);
      const automation = await getAutomation(deps, principal.accountId, request.params.id);
      return principal.role === 'admin' ? withIntegration(request, automation) : withIntegration(request, { ...automation, secret: undefined });
    },
  );

  app.put(
    '/automations/:id',
    {
      schema: {
        tags,
        summary: 'Save a new definition (and/or name): every save is a new immutable version; runs under way keep theirs',
        params: ZIdParams,
        body: z.object({ name: ZName.optional(), definition: ZDefinitionInput.optional() }),
        response: { 200: ZAutomation, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'admin');
      await saveAutomation(deps, principal.accountId, request.params.id, request.body);
      return withIntegration(request, await getAutomation(deps, principal.accountId, request.params.id));
    },
  );

  app.delete(
    '/automations/:id',
    { schema: { tags, summary: 'Delete an automation; its runs under way are ended', params: ZIdParams, response: { 204: z.null(), ...commonErrors } } },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      const id = request.params.id;
      await deleteAutomation(deps, principal.accountId, id, async (tx) => {
        await engine.terminator.terminate(tx, await engine.terminator.liveRunsOfAutomation(tx, id), 'The automation was deleted', deps.clock.now());
      });
      return reply.status(204).send(null);
    },
  );

  for (const action of ['activate', 'deactivate'] as const) {
    app.post(
      `/automations/:id/${action}`,
      {
        schema: {
          tags,
          summary: action === 'activate' ? 'Activate: triggers start runs (409 when another active automation has the same phrase)' : 'Deactivate: no new runs; runs under way go on',
          params: ZIdParams,
          response: { 200: ZAutomation, ...commonErrors },
        },
      },
      async (request) => {
        const principal = requireRole(request, 'admin');
        await setAutomationActive(deps, principal.accountId, request.params.id, action === 'activate');
        return withIntegration(request, await getAutomation(deps, principal.accountId, request.params.id));
      },
    );
  }

  app.post(
    '/automations/:id/duplicate',
    {
      schema: {
        tags,
        summary: 'Copy an automation as a new draft',
        params: ZIdParams,
        // A POST with no body at all reaches the schema as null.
        body: z.object({ name: ZName.optional() }).nullish(),
        response: { 201: ZAutomation, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      const copy = await duplicateAutomation(deps, principal.accountId, request.params.id, request.body?.name);
      return reply.status(201).send(withIntegration(request, await getAutomation(deps, principal.accountId, copy.id)));
    },
  );

  app.get(
    '/automations/:id/versions',
    {
      schema: {
        tags,
        summary: 'Every saved version, newest first',
        params: ZIdParams,
        response: { 200: z.object({ data: z.array(z.object({ version: z.number().int(), definition: ZDefinition, createdAt: z.date() })) }), ...commonErrors },
      },
    },
    async (request) => ({ data: await listVersions(deps, principalOf(request).accountId, request.params.id) }),
  );

  app.get(
    '/automations/:id/runs',
    {
      schema: {
        tags,
        summary: 'Runs of the automation, newest first; filter by contact, status, or the step they are at',
        params: ZIdParams,
        querystring: ZPageQuery.extend({ contactId: z.uuid().optional(), status: ZRunStatus.optional(), step: z.string().min(1).max(64).optional() }),
        response: { 200: z.object({ data: z.array(ZRun), nextCursor: z.string().nullable() }), ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await getAutomation(deps, principal.accountId, request.params.id);
      return listRuns(deps, principal.accountId, { ...request.query, automationId: request.params.id });
    },
  );

  app.get(
    '/automations/:id/report',
    {
      schema: {
        tags,
        summary: 'Runs by status, and per step: entered, waiting there now, completed, failed',
        params: ZIdParams,
        response: {
          200: z.object({
            runs: z.object({
              total: z.number(),
              running: z.number(),
              waiting: z.number(),
              completed: z.number(),
              terminated: z.number(),
              failed: z.number(),
            }),
            steps: z.array(z.object({ stepId: z.string(), entered: z.number(), waiting: z.number(), completed: z.number(), failed: z.number() })),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => automationReport(deps, principalOf(request).accountId, request.params.id),
  );

  app.post(
    '/automations/:id/start',
    {
      schema: {
        tags,
        summary: 'Start a run for a contact (the api trigger); `data` is usable as %%KEY%%; an Idempotency-Key header makes retries safe',
        params: ZIdParams,
        body: z.object({ contactId: z.uuid(), data: z.record(z.string(), z.unknown()).optional() }),
        response: { 201: ZRun, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin', 'operator');
      const key = request.headers['idempotency-key'];
      const run = await startRunByApi(deps, engine, principal, request.params.id, {
        ...request.body,
        idempotencyKey: typeof key === 'string' && key.length > 0 ? key.slice(0, 200) : undefined,
      });
      return reply.status(201).send(run);
    },
  );

  app.post(
    '/automations/:id/steps/:stepId/list',
    {
      schema: {
        tags,
        summary: 'Put the contacts waiting at a step now into a contact list (made if it does not exist)',
        params: z.object({ id: z.uuid(), stepId: z.string().min(1).max(64) }),
        body: z.object({ name: ZName }),
        response: { 200: z.object({ list: z.object({ id: z.uuid(), name: z.string() }), added: z.number().int() }), ...commonErrors },
      },
    },
    async (request) => listWaitingContacts(deps, requireRole(request, 'admin'), request.params.id, request.params.stepId, request.body.name),
  );

  app.get(
    '/automation-runs/:id',
    {
      schema: {
        tags,
        summary: 'One run with its timeline: each step, when, how it went and why',
        params: ZIdParams,
        response: { 200: ZRun.extend({ timeline: z.array(ZTimelineEntry) }), ...commonErrors },
      },
    },
    async (request) => {
      const { accountId } = principalOf(request);
      return { ...(await getRun(deps, accountId, request.params.id)), timeline: await runTimeline(deps, accountId, request.params.id) };
    },
  );

  app.post(
    '/automation-runs/:id/terminate',
    {
      schema: { tags, summary: 'End a run by hand', params: ZIdParams, response: { 200: ZRun, ...commonErrors } },
    },
    async (request) => {
      const principal = requireRole(request, 'admin', 'operator');
      return terminateRun(deps, engine, principal.accountId, request.params.id, 'Ended by hand');
    },
  );

  app.get(
    '/contacts/:id/automation-runs',
    {
      schema: {
        tags,
        summary: "The contact's runs, newest first (status=running|waiting for the ones under way)",
        params: ZIdParams,
        querystring: ZPageQuery.extend({ status: ZRunStatus.optional() }),
        response: { 200: z.object({ data: z.array(ZRun), nextCursor: z.string().nullable() }), ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return listContactRuns(deps, principal, request.params.id, request.query);
    },
  );

  app.post(
    '/contacts/:id/automations/stop',
    {
      schema: {
        tags,
        summary: 'Stop every automation the contact is in (the chat\'s "stop automations")',
        params: ZIdParams,
        response: { 200: z.object({ stopped: z.number().int() }), ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return { stopped: await stopContactRuns(deps, engine, principal, request.params.id, 'Stopped from the chat') };
    },
  );

  app.post(
    '/integrations/automations/:id',
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Inbound integration: JSON with the contact\'s `phone` (and `name`, `email`); every field becomes run data (%%KEY%%, nested keys joined by _) and fills the dynamic fields of the same key. The secret goes in the X-Sportello-Secret header or ?secret=',
        params: ZIdParams,
        querystring: z.object({ secret: z.string().optional() }),
        body: z.record(z.string(), z.unknown()),
        security: [],
        response: { 202: z.object({ runId: z.uuid().nullable(), contactId: z.uuid() }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const header = request.headers['x-sportello-secret'];
      const secret = (typeof header === 'string' ? header : undefined) ?? request.query.secret ?? '';
      const result = await startIntegrationRun(deps, engine, request.params.id, secret, request.body);
      return reply.status(202).send(result);
    },
  );
};
