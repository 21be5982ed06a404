import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../../test/fake-api';
import { meFixture } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CONTACT_ID, contactFixture, messageFixture, OPERATOR_ID, withSession } from '../test-fixtures';
import { ChatThread } from './ChatThread';

const TWO_DAYS_AGO = new Date(Date.now() - 48 * 3600_000).toISOString();

function api(contact = contactFixture(), extra: Record<string, { status?: number; body?: unknown }> = {}) {
  return fakeApi({
    [`GET /api/v1/contacts/${CONTACT_ID}`]: { body: contact },
    [`GET /api/v1/contacts/${CONTACT_ID}/messages`]: {
      // Newest first, as the API answers.
      body: {
        data: [
          { id: 'n3', contactId: CONTACT_ID, direction: 'note', type: 'note', text: 'VIP: be quick', sentBy: { type: 'user', id: OPERATOR_ID }, createdAt: '2026-03-08T10:02:00.000Z' },
          messageFixture({
            id: 'm2',
            text: 'We are open today',
            content: { request: { type: 'text', text: 'We are open today' } },
            status: 'failed',
            error: { code: 131047, title: 'Re-engagement message', details: 'More than 24 hours have passed' },
            createdAt: '2026-03-08T10:01:00.000Z',
          }),
          messageFixture({ id: 'm1', direction: 'inbound', status: 'received', text: 'Are you open?', content: { type: 'text', text: { body: 'Are you open?' } }, sentBy: { type: 'customer', id: null }, createdAt: '2026-03-08T10:00:00.000Z' }),
        ],
        nextCursor: null,
      },
    },
    'GET /api/v1/users': { body: { data: [meFixture().user], nextCursor: null } },
    ...extra,
  });
}

describe('the chat', () => {
  it('reads top to bottom, with the failure reason of a message and notes by their author', async () => {
    api(contactFixture({ lastInboundAt: TWO_DAYS_AGO }));
    await renderWithProviders(withSession(<ChatThread contactId={CONTACT_ID} unreadCount={0} showBack={false} />));
    const log = await screen.findByRole('log', { name: 'Chat with Mario Rossi' });
    await within(log).findByText('Are you open?');
    const text = log.textContent ?? '';
    expect(text.indexOf('Are you open?')).toBeLessThan(text.indexOf('We are open today'));
    expect(text.indexOf('We are open today')).toBeLessThan(text.indexOf('VIP: be quick'));
    expect(within(log).getByText('Not delivered: 131047 Re-engagement message: More than 24 hours have passed')).toBeTruthy();
    expect(within(log).getByRole('img', { name: 'Not delivered' })).toBeTruthy();
    expect(within(log).getByText('Internal note by Anna Rossi')).toBeTruthy();
  });

  it('closes the composer with a banner when the customer last wrote over 24 hours ago', async () => {
    api(contactFixture({ lastInboundAt: TWO_DAYS_AGO }));
    await renderWithProviders(withSession(<ChatThread contactId={CONTACT_ID} unreadCount={0} showBack={false} />));
    expect(await screen.findByText('The 24-hour window is closed')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('disabled', true);
  });

  it('keeps the composer open inside the window, and marks an unread chat read', async () => {
    const server = api(contactFixture(), { [`POST /api/v1/conversations/${CONTACT_ID}/read`]: { body: { unreadCount: 0 } } });
    await renderWithProviders(withSession(<ChatThread contactId={CONTACT_ID} unreadCount={2} showBack={false} />));
    await screen.findByRole('log');
    expect(screen.queryByText('The 24-hour window is closed')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('disabled', false);
    await waitFor(() => expect(server.calls.some((c) => c.method === 'POST' && c.path === `/api/v1/conversations/${CONTACT_ID}/read`)).toBe(true));
  });

  it('says a blocked contact gets nothing', async () => {
    api(contactFixture({ blocked: true }));
    await renderWithProviders(withSession(<ChatThread contactId={CONTACT_ID} unreadCount={0} showBack={false} />));
    expect(await screen.findByText('This contact is blocked')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('disabled', true);
  });
});
