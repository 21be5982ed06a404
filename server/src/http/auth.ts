import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.ts';
import { HttpError } from '../lib/errors.ts';
import { authenticateApiKey, authenticateSession } from '../modules/accounts/service.ts';
import type { Principal, UserRole } from '../modules/accounts/principal.ts';

export const SESSION_COOKIE = 'sportello_session';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** The caller, or 401: a Bearer API key, or the console's session cookie. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new HttpError('unauthorized', 'Authentication required');
  return request.principal;
}

export function makeAuthenticate(deps: Pick<Deps, 'database' | 'clock'>) {
  return async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const principal = match ? await authenticateApiKey(deps, match[1]!) : null;
      if (!principal) throw new HttpError('unauthorized', 'Invalid or revoked API key');
      request.principal = principal;
      return;
    }
    const token = request.cookies?.[SESSION_COOKIE];
    const principal = token ? await authenticateSession(deps, token) : null;
    if (!principal) throw new HttpError('unauthorized', 'Authentication required: send "Authorization: Bearer <apiKey>" or sign in');
    request.principal = principal;
  };
}

export function requireRole(request: FastifyRequest, ...roles: UserRole[]): Principal {
  const principal = principalOf(request);
  if (!roles.includes(principal.role)) throw new HttpError('forbidden', `This needs the role ${roles.join(' or ')}`);
  return principal;
}
