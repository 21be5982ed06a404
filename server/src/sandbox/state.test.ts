import { describe, expect, it } from 'vitest';
import { fixedClock } from '../lib/clock.ts';
import {
  addMail,
  createSandboxState,
  injectFailure,
  latestOutboundTo,
  pushBounded,
  recordOutbound,
  registerPhoneNumber,
  resetSandbox,
  takeInjectedFailure,
} from './state.ts';
import type { OutboxEntry } from './types.ts';
import { conversation, listMail } from './views.ts';

function outbound(id: string, waId: string, type = 'text', seq = 0): OutboxEntry {
  return {
    id,
    phoneNumberId: 'P',
    to: `+${waId}`,
    waId,
    type,
    body: { type, [type]: { body: id } },
    status: 'accepted',
    createdAt: new Date('2026-01-01T10:00:00Z'),
    seq,
  };
}

describe('bounded lists', () => {
  it('drop the oldest items and report them', () => {
    const list = [1, 2, 3];
    const dropped: number[] = [];
    pushBounded(list, 4, 3, (n) => dropped.push(n));
    expect(list).toEqual([2, 3, 4]);
    expect(dropped).toEqual([1]);
  });

  it('keep the outbox index in step with the list', () => {
    const state = createSandboxState({ limits: { messages: 2 } });
    for (const id of ['a', 'b', 'c']) recordOutbound(state, outbound(id, '39'));
    expect(state.outbox.map((e) => e.id)).toEqual(['b', 'c']);
    expect([...state.outboxById.keys()]).toEqual(['b', 'c']);
  });
});

describe('injected failures', () => {
  it('are consumed in order, each the number of times asked', () => {
    const state = createSandboxState();
    injectFailure(state, 'P', { code: 131000, remaining: 2 });
    injectFailure(state, 'P', { code: 131026, remaining: 1 });
    expect([1, 2, 3, 4].map(() => takeInjectedFailure(state, 'P')?.code)).toEqual([131000, 131000, 131026, undefined]);
  });
});

describe('the dev mailbox', () => {
  it('stamps mails with the injected clock and filters by recipient, newest first', () => {
    const clock = fixedClock('2026-02-01T09:00:00Z');
    const state = createSandboxState({ clock });
    addMail(state, { from: 'noreply@sportello.local', to: 'ops@acme.it', subject: 'Ticket #1', text: 'Opened' });
    clock.advance(60_000);
    addMail(state, { from: 'noreply@sportello.local', to: ['ops@acme.it', 'boss@acme.it'], subject: 'Ticket #2', text: 'Opened', html: '<p>Opened</p>' });
    expect(state.mail[0]?.createdAt.toISOString()).toBe('2026-02-01T09:00:00.000Z');
    expect(listMail(state, { to: 'OPS@acme.it', limit: 10 }).map((m) => m.subject)).toEqual(['Ticket #2', 'Ticket #1']);
    expect(listMail(state, { to: 'boss@acme.it', limit: 10 })).toHaveLength(1);
  });
});

describe('lookups and reset', () => {
  it('find the latest outbound message to a customer, preferring a type', () => {
    const state = createSandboxState();
    recordOutbound(state, outbound('i1', '39', 'interactive'));
    recordOutbound(state, outbound('t1', '39', 'text'));
    recordOutbound(state, outbound('x1', '40', 'interactive'));
    expect(latestOutboundTo(state, 'P', '39')?.id).toBe('t1');
    expect(latestOutboundTo(state, 'P', '39', 'interactive')?.id).toBe('i1');
    expect(latestOutboundTo(state, 'P', '39', 'template')?.id).toBe('t1');
    expect(latestOutboundTo(state, 'P', '41')).toBeUndefined();
  });

  it('orders a conversation by time, then by arrival', () => {
    const state = createSandboxState();
    recordOutbound(state, outbound('second', '39', 'text', 2));
    recordOutbound(state, outbound('first', '39', 'text', 1));
    expect(conversation(state, { customer: '+39', limit: 10 }).map((m) => m.id)).toEqual(['first', 'second']);
  });

  it('clears messages but keeps numbers and settings', () => {
    const state = createSandboxState({ settings: { throughputMps: 5 } });
    registerPhoneNumber(state, 'P', { wabaId: 'W', displayPhoneNumber: '15550001111', accessToken: 't', appSecret: 's', webhookUrl: 'http://x' });
    recordOutbound(state, outbound('a', '39'));
    addMail(state, { from: 'a', to: 'b', subject: 's', text: 't' });
    injectFailure(state, 'P', { code: 131000, remaining: 1 });
    state.lastInbound.set('P:39', 1);
    resetSandbox(state);
    expect(state.outbox).toHaveLength(0);
    expect(state.outboxById.size).toBe(0);
    expect(state.mail).toHaveLength(0);
    expect(state.failNext.size).toBe(0);
    expect(state.lastInbound.size).toBe(0);
    expect(state.phoneNumbers.has('P')).toBe(true);
    expect(state.settings.throughputMps).toBe(5);
  });
});
