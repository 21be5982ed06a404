import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { principalOf, requireRole, SESSION_COOKIE } from '../../http/auth.ts';
import { commonErrors, ZIdParams } from '../../http/schemas.ts';
import { HttpError } from '../../lib/errors.ts';
import { ZTimeZone } from '../settings/working-hours.ts';
import * as accounts from './service.ts';

const ZRole = z.enum(['admin', 'operator', 'chat_operator']);
const ZLanguage = z.enum(['it', 'en', 'es']);

export const ZUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  language: ZLanguage,
  receiveTicketEmails: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.date(),
});

const ZApiKey = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

const ZAccount = z.object({ id: z.uuid(), name: z.string(), timezone: z.string(), defaultLanguage: z.string(), createdAt: z.date() });

const ZPassword = z.string().min(8).max(200);

export const accountsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password (sets the session cookie of the console)',
        body: z.object({ email: z.string().min(1), password: z.string().min(1) }),
        response: { 200: z.object({ user: ZUser, expiresAt: z.date() }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const session = await accounts.signIn(deps, request.body.email, request.body.password);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: (deps.config.publicUrl ?? '').startsWith('https://'),
        expires: session.expiresAt,
      });
      return { user: session.user, expiresAt: session.expiresAt };
    },
  );

  app.post(
    '/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await accounts.signOut(deps, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    { schema: { tags: ['users'], summary: 'The signed-in user and their account', response: { 200: z.object({ user: ZUser.nullable(), account: ZAccount, role: ZRole }), ...commonErrors } } },
    async (request) => {
      const principal = principalOf(request);
      const account = await accounts.getAccount(deps, principal.accountId);
      const user = principal.userId ? await accounts.getUser(deps, principal.accountId, principal.userId) : null;
      return { user, account, role: principal.role };
    },
  );

  app.patch(
    '/me',
    {
      schema: {
        tags: ['users'],
        summary: "Change one's own profile: name, language, ticket e-mails, password",
        body: z.object({ name: z.string().min(1).max(200).optional(), language: ZLanguage.optional(), receiveTicketEmails: z.boolean().optional(), password: ZPassword.optional() }),
        response: { 200: ZUser, ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (!principal.userId) throw new HttpError('forbidden', 'API keys have no profile');
      return accounts.updateUser(deps, principal.accountId, principal.userId, request.body);
    },
  );

  app.patch(
    '/account',
    {
      schema: {
        tags: ['users'],
        summary: "Change the account's name, time zone or default language (admin)",
        body: z.object({ name: z.string().trim().min(1).max(200).optional(), timezone: ZTimeZone.optional(), defaultLanguage: ZLanguage.optional() }),
        response: { 200: ZAccount, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'admin');
      return accounts.updateAccount(deps, principal.accountId, request.body);
    },
  );

  app.get(
    '/users',
    { schema: { tags: ['users'], summary: "The account's users", response: { 200: z.object({ data: z.array(ZUser), nextCursor: z.null() }), ...commonErrors } } },
    async (request) => ({ data: await accounts.listUsers(deps, principalOf(request).accountId), nextCursor: null }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a user (admin)',
        body: z.object({ email: z.email(), name: z.string().min(1).max(200), password: ZPassword, role: ZRole, language: ZLanguage.optional() }),
        response: { 201: ZUser, ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      reply.status(201);
      return accounts.createUser(deps, principal.accountId, request.body);
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: "Change a user's role, name, language or state (admin)",
        params: ZIdParams,
        body: z.object({
          name: z.string().min(1).max(200).optional(),
          role: ZRole.optional(),
          language: ZLanguage.optional(),
          disabled: z.boolean().optional(),
          password: ZPassword.optional(),
        }),
        response: { 200: ZUser, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'admin');
      return accounts.updateUser(deps, principal.accountId, request.params.id, request.body);
    },
  );

  app.get(
    '/api-keys',
    { schema: { tags: ['api keys'], summary: 'API keys (admin)', response: { 200: z.object({ data: z.array(ZApiKey), nextCursor: z.null() }), ...commonErrors } } },
    async (request) => ({ data: await accounts.listApiKeys(deps, requireRole(request, 'admin').accountId), nextCursor: null }),
  );

  app.post(
    '/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Create an API key; the key is shown in this response only',
        body: z.object({ name: z.string().min(1).max(100) }),
        response: { 201: ZApiKey.extend({ key: z.string() }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'admin');
      reply.status(201);
      return accounts.createApiKey(deps, principal, request.body.name);
    },
  );

  app.delete(
    '/api-keys/:id',
    { schema: { tags: ['api keys'], summary: 'Revoke an API key', params: ZIdParams, response: { 204: z.null(), ...commonErrors } } },
    async (request, reply) => {
      await accounts.revokeApiKey(deps, requireRole(request, 'admin').accountId, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
