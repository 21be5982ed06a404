import { describe, expect, it } from 'vitest';
import { disabledStatusesFor } from './ticket-loop';

const statuses = ['Open', 'In progress', 'Waiting', 'Resolved', 'Closed'];

describe('statuses an update-ticket step may not set', () => {
  it('are the trigger’s target statuses, matched without case or outer spaces', () => {
    expect(disabledStatusesFor({ type: 'ticket_status_changed', to: [' resolved', 'CLOSED'] }, statuses)).toEqual(['Resolved', 'Closed']);
  });

  it('are all of them when the trigger listens to every change (no "to", or an empty one)', () => {
    expect(disabledStatusesFor({ type: 'ticket_status_changed' }, statuses)).toEqual(statuses);
    expect(disabledStatusesFor({ type: 'ticket_status_changed', from: ['Open'], to: [] }, statuses)).toEqual(statuses);
  });

  it('are none under any other trigger', () => {
    expect(disabledStatusesFor({ type: 'ticket_created' }, statuses)).toEqual([]);
    expect(disabledStatusesFor({ type: 'message_phrase', phrase: 'hi' }, statuses)).toEqual([]);
  });
});
