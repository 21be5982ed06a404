import { describe, expect, it } from 'vitest';
import { actorName, historyValue } from './history-lines';
import { patchFor } from './ticket-draft';
import type { Ticket } from './types';

const ticket: Ticket = {
  id: '0190e3b4-0000-7000-8000-0000000000aa',
  reference: 'TK-000001',
  title: 'Parcel late',
  description: null,
  priority: 'medium',
  status: 'Open',
  macroStatus: 'open',
  category: 'Shipping',
  ownerId: null,
  contactId: '0190e3b4-0000-7000-8000-0000000000bb',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  closedAt: null,
};

describe('saving a ticket', () => {
  it('sends only the fields the user changed', () => {
    expect(patchFor(ticket, {})).toEqual({});
    expect(patchFor(ticket, { status: 'Closed' })).toEqual({ status: 'Closed' });
    // Touched but back to the saved value: nothing to send.
    expect(patchFor(ticket, { title: ' Parcel late ', priority: 'medium', category: 'shipping' })).toEqual({});
  });

  it('clears the description and the category with null, and trims the title', () => {
    const described = { ...ticket, description: 'Ordered on Monday' };
    expect(patchFor(described, { description: '   ', category: '', title: '  Parcel lost ' })).toEqual({ description: null, category: null, title: 'Parcel lost' });
  });

  it('assigns and unassigns the owner', () => {
    const owner = '0190e3b4-0000-7000-8000-000000000001';
    expect(patchFor(ticket, { ownerId: owner })).toEqual({ ownerId: owner });
    expect(patchFor({ ...ticket, ownerId: owner }, { ownerId: null })).toEqual({ ownerId: null });
  });
});

describe('the history of a ticket', () => {
  const names = { user: (id: string) => (id === 'u1' ? 'Anna Rossi' : undefined), api: 'The API', automation: 'An automation', unknownUser: 'A former user' };

  it('names who made each change', () => {
    expect(actorName({ type: 'operator', id: 'u1' }, names)).toBe('Anna Rossi');
    expect(actorName({ type: 'operator', id: 'gone' }, names)).toBe('A former user');
    expect(actorName({ type: 'api', id: 'k1' }, names)).toBe('The API');
    expect(actorName({ type: 'automation', id: null }, names)).toBe('An automation');
  });

  it('shows values as the user reads them', () => {
    const values = { priority: (p: string) => `P:${p}`, user: names.user, empty: '—' };
    expect(historyValue('priority', 'urgent', values)).toBe('P:urgent');
    expect(historyValue('ownerId', 'u1', values)).toBe('Anna Rossi');
    expect(historyValue('category', null, values)).toBe('—');
    expect(historyValue('description', 'x'.repeat(300), values)).toHaveLength(140);
  });
});
