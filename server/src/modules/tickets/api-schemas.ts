import { z } from 'zod';
import { ZPageQuery } from '../../http/schemas.ts';
import { TICKET_SORTS } from './queries.ts';

export const ZPriority = z.enum(['low', 'medium', 'high', 'urgent']);
export const ZMacroStatus = z.enum(['open', 'in_progress', 'terminated']);
const ZActor = z.object({ type: z.enum(['operator', 'api', 'automation']), id: z.string().nullable() });

export const ZTicket = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  priority: ZPriority,
  status: z.string(),
  macroStatus: ZMacroStatus,
  category: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  contactId: z.uuid(),
  createdAt: z.date(),
  updatedAt: z.date(),
  closedAt: z.date().nullable(),
});

const ZTitle = z.string().trim().min(1).max(500);
const ZDescription = z.string().max(20_000).nullable();
const ZStatusName = z.string().trim().min(1).max(100);
const ZCategoryName = z.string().trim().min(1).max(100);
/** Set by hand: up to 256 characters; leave it out to have one generated (`TK-000001`). */
const ZReference = z.string().trim().min(1).max(256);

export const ZTicketCreate = z.object({
  contactId: z.uuid(),
  title: ZTitle,
  description: ZDescription.optional(),
  priority: ZPriority.optional(),
  status: ZStatusName.optional(),
  category: ZCategoryName.nullable().optional(),
  reference: ZReference.optional(),
  ownerId: z.uuid().nullable().optional(),
});

export const ZTicketPatch = z.object({
  title: ZTitle.optional(),
  description: ZDescription.optional(),
  priority: ZPriority.optional(),
  status: ZStatusName.optional(),
  category: ZCategoryName.nullable().optional(),
  reference: ZReference.optional(),
  ownerId: z.uuid().nullable().optional(),
});

const ZDateParam = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export const ZTicketListQuery = ZPageQuery.extend({
  status: ZStatusName.optional(),
  macroStatus: ZMacroStatus.optional(),
  priority: ZPriority.optional(),
  category: ZCategoryName.optional(),
  ownerId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  from: ZDateParam.optional(),
  to: ZDateParam.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  sort: z
    .enum([...TICKET_SORTS, ...TICKET_SORTS.map((s) => `-${s}` as const)] as [string, ...string[]])
    .optional()
    .describe('createdAt | updatedAt | priority (low<medium<high<urgent) | status (workflow order) | title; prefix "-" for descending. Default -createdAt'),
});

export const ZStatsQuery = z.object({ from: ZDateParam.optional(), to: ZDateParam.optional() });

export const ZTicketStats = z.object({
  byCategory: z.array(z.object({ category: z.string().nullable(), count: z.number().int(), share: z.number() })),
  byStatus: z.array(z.object({ status: z.string(), count: z.number().int() })),
  byPriority: z.array(z.object({ priority: ZPriority, count: z.number().int() })),
  avgCloseSecondsByCategory: z.array(z.object({ category: z.string().nullable(), seconds: z.number() })),
});

export const ZTicketNote = z.object({ id: z.uuid(), ticketId: z.uuid(), text: z.string(), author: ZActor, createdAt: z.date() });
export const ZTicketHistory = z.object({
  id: z.uuid(),
  ticketId: z.uuid(),
  actor: ZActor,
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  createdAt: z.date(),
});

export const ZTicketStatus = z.object({ id: z.uuid(), name: z.string(), macroStatus: ZMacroStatus, position: z.number().int() });
export const ZTicketStatusCreate = z.object({ name: ZStatusName, macroStatus: ZMacroStatus });
export const ZTicketStatusPatch = z.object({ name: ZStatusName.optional(), macroStatus: ZMacroStatus.optional() });
export const ZTicketCategory = z.object({ id: z.uuid(), name: z.string(), createdAt: z.date() });

/** A ticket by its id or its reference. */
export const ZTicketParams = z.object({ id: z.string().min(1).max(256) });
/** A status by its id or its name. */
export const ZStatusParams = z.object({ id: z.string().min(1).max(100) });
