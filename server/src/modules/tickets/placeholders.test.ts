import { describe, expect, it } from 'vitest';
import { ticketPlaceholders } from './placeholders.ts';

describe('ticketPlaceholders', () => {
  it('maps a ticket to the %%TICKET_*%% fields', () => {
    expect(ticketPlaceholders({ reference: 'TK-000042', title: 'Pacco in ritardo', status: 'In progress', priority: 'high', category: 'Logistica' })).toEqual({
      TICKET_REFERENCE: 'TK-000042',
      TICKET_TITLE: 'Pacco in ritardo',
      TICKET_STATUS: 'In progress',
      TICKET_PRIORITY: 'high',
      TICKET_CATEGORY: 'Logistica',
    });
  });

  it('gives an empty category rather than null', () => {
    expect(ticketPlaceholders({ reference: 'R-1', title: 't', status: 'Open', priority: 'medium', category: null }).TICKET_CATEGORY).toBe('');
  });
});
