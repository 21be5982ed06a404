import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../../test/fake-api';
import { meFixture } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { useConversations } from '../queries';
import { CONTACT_ID, OPERATOR_ID, withSession } from '../test-fixtures';
import type { ConversationFilters } from '../types';
import { ConversationList } from './ConversationList';

/** The list as the inbox page holds it: filters in state, the query below them. */
function Harness() {
  const [filters, setFilters] = useState<Omit<ConversationFilters, 'cursor' | 'limit'>>({});
  const query = useConversations(filters);
  return <ConversationList query={query} filters={filters} onFiltersChange={setFilters} selectedId={null} />;
}

const conversation = {
  id: '0190e3b4-0000-7000-8000-0000000000v1',
  contact: { id: CONTACT_ID, name: 'Mario Rossi', phone: '+393331234567', blocked: false, lastInboundAt: '2026-03-08T10:00:00.000Z' },
  lastMessage: { id: 'm1', direction: 'outbound', text: 'See you tonight', at: '2026-03-08T10:05:00.000Z' },
  lastMessageAt: '2026-03-08T10:05:00.000Z',
  unreadCount: 3,
  operatorIds: [OPERATOR_ID],
  tags: ['vip'],
};

function api(answer: (query: URLSearchParams) => unknown[]) {
  return fakeApi({
    'GET /api/v1/conversations': (request) => ({ body: { data: answer(request.query), nextCursor: null } }),
    'GET /api/v1/users': { body: { data: [meFixture().user], nextCursor: null } },
  });
}

describe('the conversation list', () => {
  it('shows who, the last message, the unread count, operators and tags, and links to the chat', async () => {
    api(() => [conversation]);
    await renderWithProviders(withSession(<Harness />));
    const row = await screen.findByRole('link', { name: 'Mario Rossi, unread messages: 3' });
    expect(row.getAttribute('href')).toBe(`/inbox/${CONTACT_ID}`);
    expect(row.textContent).toContain('You: See you tonight');
    expect(row.textContent).toContain('3');
    expect(row.textContent).toContain('vip');
    await waitFor(() => expect(row.textContent).toContain('Anna Rossi'));
  });

  it('searches through the API once typing pauses, and says when nothing matches', async () => {
    const server = api((query) => (query.get('q') ? [] : [conversation]));
    await renderWithProviders(withSession(<Harness />));
    await screen.findByRole('link', { name: /Mario Rossi/ });
    await userEvent.click(screen.getByRole('textbox', { name: 'Search name, number or message' }));
    await userEvent.paste('Luigi');
    expect(await screen.findByText('No conversation matches')).toBeTruthy();
    expect(server.calls.filter((c) => c.path === '/api/v1/conversations').map((c) => c.query.get('q'))).toContain('Luigi');

    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByRole('link', { name: /Mario Rossi/ })).toBeTruthy();
  });

  it('asks the API for unread conversations only', async () => {
    const server = api(() => []);
    await renderWithProviders(withSession(<Harness />));
    expect(await screen.findByText('No conversations yet')).toBeTruthy();
    await userEvent.click(screen.getByText('Unread'));
    await waitFor(() => expect(server.calls.some((c) => c.query.get('unread') === 'true')).toBe(true));
  });
});
