import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { principalOf, requireRole } from '../../http/auth.ts';
import { commonErrors } from '../../http/schemas.ts';
import { getSchedule, saveSchedule } from './service.ts';
import { ZSchedule } from './working-hours.ts';

const tags = ['settings'];

/** The account's settings: opening hours, holidays and the time zone they are read in. */
export const settingsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/settings/working-hours',
    {
      schema: {
        tags,
        summary: 'The account’s time zone, weekly opening hours (ISO weekday "1" Monday … "7" Sunday) and holidays; Monday–Friday 09:00–18:00 until saved',
        response: { 200: ZSchedule, ...commonErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return getSchedule(deps, principal.accountId);
    },
  );

  app.put(
    '/settings/working-hours',
    {
      schema: {
        tags,
        summary:
          'Replace the schedule (admins): intervals "HH:MM"–"HH:MM" (to may be "24:00", from inclusive, to exclusive, no overlaps), a day left out or empty is closed; holidays {date, name?, yearly?}; the time zone becomes the account’s',
        body: ZSchedule,
        response: { 200: ZSchedule, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'admin');
      return saveSchedule(deps, principal.accountId, request.body);
    },
  );
};
