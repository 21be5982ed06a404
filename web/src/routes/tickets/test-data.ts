import type { Ticket, TicketStats, TicketStatus } from './types';

/** Answers of the tickets API for component tests. */
export const CONTACT_ID = '0190e3b4-0000-7000-8000-0000000000bb';
export const TICKET_ID = '0190e3b4-0000-7000-8000-0000000000aa';

export const statuses: TicketStatus[] = [
  { id: '0190e3b4-0000-7000-8000-000000000101', name: 'Open', macroStatus: 'open', position: 1 },
  { id: '0190e3b4-0000-7000-8000-000000000102', name: 'Waiting', macroStatus: 'in_progress', position: 2 },
  { id: '0190e3b4-0000-7000-8000-000000000103', name: 'Closed', macroStatus: 'terminated', position: 3 },
];

export const ticket: Ticket = {
  id: TICKET_ID,
  reference: 'TK-000001',
  title: 'Parcel late',
  description: 'Ordered on Monday',
  priority: 'medium',
  status: 'Open',
  macroStatus: 'open',
  category: 'Shipping',
  ownerId: null,
  contactId: CONTACT_ID,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  closedAt: null,
};

export const stats: TicketStats = {
  byCategory: [{ category: 'Shipping', count: 4, share: 1 }],
  byStatus: [
    { status: 'Open', count: 3 },
    { status: 'Waiting', count: 0 },
    { status: 'Closed', count: 1 },
  ],
  byPriority: [
    { priority: 'urgent', count: 0 },
    { priority: 'high', count: 1 },
    { priority: 'medium', count: 3 },
    { priority: 'low', count: 0 },
  ],
  avgCloseSecondsByCategory: [{ category: 'Shipping', seconds: 5400 }],
};

export const contact = {
  id: CONTACT_ID,
  phone: '+393331234567',
  name: 'Mario Bianchi',
  email: null,
  language: 'it',
  marketingOptIn: false,
  marketingOptInAt: null,
  marketingOptInSource: null,
  blocked: false,
  blockedAt: null,
  fields: {},
  tags: [],
  lists: [],
  operatorIds: [],
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  lastInboundAt: null,
  lastMessageAt: null,
};

/** The lookups every tickets page makes. */
export function lookups() {
  return {
    'GET /api/v1/ticket-statuses': { body: { data: statuses } },
    'GET /api/v1/ticket-categories': { body: { data: [{ id: '0190e3b4-0000-7000-8000-000000000201', name: 'Shipping', createdAt: '2026-01-01T00:00:00.000Z' }] } },
    'GET /api/v1/users': { body: { data: [], nextCursor: null } },
  };
}
