import type { ReactElement } from 'react';
import type { Role } from '../../api/types';
import { SessionProvider } from '../../auth/session';
import { meFixture } from '../../test/fixtures';
import type { Contact, Message } from './types';

/** The inbox's components read the session (permissions, names): render them inside one. */
export function withSession(ui: ReactElement, role: Role = 'admin'): ReactElement {
  const me = meFixture({ role });
  return (
    <SessionProvider session={{ user: me.user!, account: me.account, role: me.role }}>
      {ui}
    </SessionProvider>
  );
}

export const CONTACT_ID = '0190e3b4-0000-7000-8000-0000000000c1';
export const OPERATOR_ID = meFixture().user!.id;

export function contactFixture(overrides: Partial<Contact> = {}): Contact {
  return {
    id: CONTACT_ID,
    phone: '+393331234567',
    name: 'Mario Rossi',
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
    lastInboundAt: new Date(Date.now() - 3600_000).toISOString(),
    lastMessageAt: new Date(Date.now() - 3600_000).toISOString(),
    ...overrides,
  };
}

export function messageFixture(overrides: Partial<Message> = {}): Message {
  return {
    id: '0190e3b4-0000-7000-8000-0000000000m1',
    contactId: CONTACT_ID,
    direction: 'outbound',
    type: 'text',
    text: 'Ciao!',
    status: 'sent',
    waMessageId: 'wamid.1',
    contextWaMessageId: null,
    content: { request: { type: 'text', text: 'Ciao!' } },
    error: null,
    sentBy: { type: 'user', id: OPERATOR_ID },
    createdAt: '2026-03-10T10:00:00.000Z',
    sentAt: null,
    deliveredAt: null,
    readAt: null,
    failedAt: null,
    ...overrides,
  };
}

