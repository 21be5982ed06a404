import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { principalOf, requireRole } from '../../http/auth.ts';
import { commonErrors, ZIdParams } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import { registerWithSandbox } from './sandbox-link.ts';
import { createCloudChannel, createSandboxChannel, getChannel, listChannels, toChannelView, updateChannel, type ChannelRow } from './service.ts';

const ZChannel = z.object({
  id: z.uuid(),
  kind: z.enum(['sandbox', 'cloud']),
  name: z.string(),
  phoneNumberId: z.string(),
  wabaId: z.string(),
  displayPhoneNumber: z.string(),
  verifyToken: z.string(),
  throughputMps: z.number().int(),
  graphBaseUrl: z.string().nullable(),
  createdAt: z.date(),
  /** Paste into Meta's App Dashboard with the verify token. */
  webhookUrl: z.string(),
});

const ZCloudChannelBody = z.object({
  kind: z.literal('cloud'),
  name: z.string().min(1).max(100),
  phoneNumberId: z.string().regex(/^\d{5,20}$/, 'digits only'),
  wabaId: z.string().regex(/^\d{5,20}$/, 'digits only'),
  displayPhoneNumber: z.string().min(5).max(30),
  accessToken: z.string().min(10),
  appSecret: z.string().min(8),
  verifyToken: z.string().min(8).max(200).optional(),
  graphBaseUrl: z.url().nullable().optional(),
  throughputMps: z.number().int().min(1).max(1000).optional(),
});

const ZSandboxChannelBody = z.object({ kind: z.literal('sandbox'), name: z.string().min(1).max(100).optional() });

/** WhatsApp numbers of the account (admin): Meta Cloud API credentials or a sandbox number. */
export const channelRoutes: FastifyPluginAsyncZod<{ deps: Deps; services: Services }> = async (app, { deps, services }) => {
  const view = (row: ChannelRow) => ({ ...toChannelView(row), webhookUrl: `${deps.config.publicUrl ?? services.sandbox?.webhookUrl.replace(/\/webhooks\/whatsapp$/, '') ?? ''}/webhooks/whatsapp` });

  app.get(
    '/channels',
    { schema: { tags: ['channels'], summary: "The account's WhatsApp numbers", response: { 200: z.object({ data: z.array(ZChannel), nextCursor: z.null() }), ...commonErrors } } },
    async (request) => ({ data: (await listChannels(deps, principalOf(request).accountId)).map(view), nextCursor: null }),
  );

  app.get(
    '/channels/:id',
    { schema: { tags: ['channels'], summary: 'One WhatsApp number', params: ZIdParams, response: { 200: ZChannel, ...commonErrors } } },
    async (request) => view(await getChannel(deps, principalOf(request).accountId, request.params.id)),
  );

  app.post(
    '/channels',
    {
      schema: {
        tags: ['channels'],
        summary: 'Connect a Cloud API number, or add a sandbox number (admin)',
        body: z.discriminatedUnion('kind', [ZCloudChannelBody, ZSandboxChannelBody]),
        response: { 201: ZChannel, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      const body = request.body;
      let row: ChannelRow;
      if (body.kind === 'sandbox') {
        row = await deps.database.transaction((tx) => createSandboxChannel(tx, principal.accountId, body.name));
        if (services.sandbox) await registerWithSandbox(services.sandbox, row);
      } else {
        const { kind: _kind, ...input } = body;
        row = await createCloudChannel(deps, principal.accountId, input);
      }
      return reply.status(201).send(view(row));
    },
  );

  app.patch(
    '/channels/:id',
    {
      schema: {
        tags: ['channels'],
        summary: "Change a number's credentials or settings (admin)",
        params: ZIdParams,
        body: ZCloudChannelBody.omit({ kind: true, phoneNumberId: true }).partial(),
        response: { 200: ZChannel, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'admin');
      const row = await updateChannel(deps, principal.accountId, request.params.id, request.body);
      services.channels.forget(row.phoneNumberId);
      if (row.kind === 'sandbox' && services.sandbox) await registerWithSandbox(services.sandbox, row);
      return view(row);
    },
  );
};
