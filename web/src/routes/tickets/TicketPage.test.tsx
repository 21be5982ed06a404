import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../../auth/RequireSession';
import { errorBody, fakeApi } from '../../test/fake-api';
import { meFixture } from '../../test/fixtures';
import { renderRoutes } from '../../test/render';
import { NewTicketPage } from './NewTicketPage';
import { CONTACT_ID, contact, lookups, TICKET_ID, ticket } from './test-data';
import { TicketPage } from './TicketPage';

// Component tests share two cores with other suites: wait as long as a busy machine needs.
const WAIT = { timeout: 10_000 };

const routes = [
  {
    element: <RequireSession />,
    children: [
      { path: '/tickets/new', element: <NewTicketPage /> },
      { path: '/tickets/:id', element: <TicketPage /> },
    ],
  },
];

const page = { data: [], nextCursor: null };

describe('a ticket', { timeout: 30_000 }, () => {
  it('saves only the changed status and shows the history, with a link to the chat', async () => {
    let current = ticket;
    const server = fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      ...lookups(),
      [`GET /api/v1/tickets/${TICKET_ID}`]: () => ({ body: current }),
      [`GET /api/v1/contacts/${CONTACT_ID}`]: { body: contact },
      [`GET /api/v1/tickets/${TICKET_ID}/notes`]: { body: page },
      [`GET /api/v1/tickets/${TICKET_ID}/history`]: {
        body: { data: [{ id: 'h1', ticketId: TICKET_ID, actor: { type: 'api', id: 'k1' }, field: 'created', from: null, to: 'TK-000001', createdAt: ticket.createdAt }], nextCursor: null },
      },
      [`PATCH /api/v1/tickets/${TICKET_ID}`]: ({ body }) => {
        current = { ...current, ...(body as object), macroStatus: 'terminated', closedAt: '2026-03-02T10:00:00.000Z' };
        return { body: current };
      },
    });
    await renderRoutes(routes, { route: `/tickets/${TICKET_ID}` });

    await screen.findByRole('heading', { level: 1, name: 'Parcel late' }, WAIT);
    expect(screen.getAllByRole('link', { name: 'Open the chat' })[0]).toHaveProperty('href', expect.stringContaining(`/inbox/${CONTACT_ID}`));
    await screen.findByRole('link', { name: 'Mario Bianchi (+393331234567)' }, WAIT);

    const save = screen.getByRole('button', { name: 'Save changes' });
    expect(save).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Closed' }, WAIT));
    await userEvent.click(save);
    await waitFor(() => expect(server.calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ status: 'Closed' }]), WAIT);
    const summary = screen.getByRole('region', { name: 'Summary' });
    // The status badge and the closing date both say so.
    await waitFor(() => expect(within(summary).getAllByText('Closed')).toHaveLength(2), WAIT);
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('tab', { name: 'History' }));
    await screen.findByText('The API opened the ticket as TK-000001', {}, WAIT);
  });

  it('says so when the ticket does not exist', async () => {
    fakeApi({ 'GET /api/v1/me': { body: meFixture() }, ...lookups(), 'GET /api/v1/tickets/TK-404': { status: 404, body: errorBody('not_found', 'Ticket not found') } });
    await renderRoutes(routes, { route: '/tickets/TK-404' });
    await screen.findByRole('heading', { name: 'Ticket not found' }, WAIT);
  });
});

describe('a new ticket', { timeout: 30_000 }, () => {
  it('comes with the contact of the chat chosen and opens once created', async () => {
    const server = fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      ...lookups(),
      'GET /api/v1/contacts': { body: { data: [contact], nextCursor: null } },
      [`GET /api/v1/contacts/${CONTACT_ID}`]: { body: contact },
      'POST /api/v1/tickets': { status: 201, body: ticket },
      [`GET /api/v1/tickets/${TICKET_ID}`]: { body: ticket },
      [`GET /api/v1/tickets/${TICKET_ID}/notes`]: { body: page },
      [`GET /api/v1/tickets/${TICKET_ID}/history`]: { body: page },
    });
    const { router } = await renderRoutes(routes, { route: `/tickets/new?contactId=${CONTACT_ID}` });

    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Contact' })).toHaveProperty('value', 'Mario Bianchi (+393331234567)'), WAIT);
    expect(screen.getByRole('link', { name: 'Back to the chat' })).toHaveProperty('href', expect.stringContaining(`/inbox/${CONTACT_ID}`));
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Parcel late');
    await userEvent.click(screen.getByRole('combobox', { name: 'Priority' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Urgent' }, WAIT));
    await userEvent.click(screen.getByRole('button', { name: 'Create ticket' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/tickets/${TICKET_ID}`), WAIT);
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({ contactId: CONTACT_ID, title: 'Parcel late', priority: 'urgent' });
  });

  it('asks for the contact and the title before calling the server, then shows its refusal', async () => {
    const server = fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      ...lookups(),
      'GET /api/v1/contacts': { body: { data: [contact], nextCursor: null } },
      [`GET /api/v1/contacts/${CONTACT_ID}`]: { body: contact },
      'POST /api/v1/tickets': { status: 404, body: errorBody('not_found', 'Contact not found') },
    });
    await renderRoutes(routes, { route: '/tickets/new' });
    await userEvent.click(await screen.findByRole('button', { name: 'Create ticket' }, WAIT));
    await screen.findByText('Choose the contact this ticket is for', {}, WAIT);
    expect(screen.getByText('Write a title')).toBeDefined();
    expect(server.calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.click(screen.getByRole('combobox', { name: 'Contact' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Mario Bianchi (+393331234567)' }, WAIT));
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Refund');
    await userEvent.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toContain('Contact not found');
  });
});
