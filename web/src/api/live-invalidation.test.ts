import { describe, expect, it } from 'vitest';
import { parseLiveEvent, queryKeysFor, type LiveEvent } from './live-invalidation';

const event = (type: string, contactId: string | null = 'c1'): LiveEvent => ({ id: 'e1', type, contactId, createdAt: '2026-01-01T00:00:00.000Z', payload: {} });

describe('live events', () => {
  it('refresh the conversations and the contact a message belongs to', () => {
    for (const type of ['message.received', 'message.status', 'note.created', 'conversation.assigned']) {
      expect(queryKeysFor(event(type))).toEqual([['conversations'], ['contacts', 'c1']]);
    }
  });

  it('refresh the contact lists on contact changes, tickets on ticket changes', () => {
    expect(queryKeysFor(event('contact.tagged'))).toEqual([['contacts'], ['conversations']]);
    expect(queryKeysFor(event('contacts.imported', null))).toEqual([['contacts'], ['conversations']]);
    expect(queryKeysFor(event('ticket.status_changed'))).toEqual([['tickets'], ['contacts', 'c1']]);
    expect(queryKeysFor(event('ticket.created', null))).toEqual([['tickets']]);
    expect(queryKeysFor(event('automation.finished'))).toEqual([['automations'], ['automation-runs'], ['contacts', 'c1']]);
  });

  it('refresh nothing for kinds the console does not show', () => {
    expect(queryKeysFor(event('account.created', null))).toEqual([]);
    expect(queryKeysFor(event('something_new.happened'))).toEqual([]);
  });

  it('are read from the data line of the stream', () => {
    const data = JSON.stringify({ id: 'e9', type: 'message.received', contactId: 'c7', createdAt: '2026-02-01T10:00:00.000Z', payload: { text: 'hi' } });
    expect(parseLiveEvent(data)).toEqual({ id: 'e9', type: 'message.received', contactId: 'c7', createdAt: '2026-02-01T10:00:00.000Z', payload: { text: 'hi' } });
    expect(parseLiveEvent(JSON.stringify({ id: 'e9', type: 'ticket.created', contactId: null, createdAt: 'x', payload: null }))).toMatchObject({ contactId: null, payload: null });
    expect(parseLiveEvent('not json')).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ hello: 'world' }))).toBeNull();
  });
});
