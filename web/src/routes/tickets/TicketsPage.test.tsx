import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../../auth/RequireSession';
import { errorBody, fakeApi } from '../../test/fake-api';
import { meFixture } from '../../test/fixtures';
import { renderRoutes } from '../../test/render';
import { lookups, stats, ticket } from './test-data';
import { TicketsPage } from './TicketsPage';

// Component tests share two cores with other suites: wait as long as a busy machine needs.
const WAIT = { timeout: 10_000 };

const routes = [{ element: <RequireSession />, children: [{ path: '/tickets', element: <TicketsPage /> }] }];

describe('the ticket list', { timeout: 30_000 }, () => {
  it('shows the statistics and the tickets, and asks the API for the filters the user picks', async () => {
    const server = fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      ...lookups(),
      'GET /api/v1/tickets/stats': { body: stats },
      'GET /api/v1/tickets': { body: { data: [ticket], nextCursor: null } },
    });
    const { router } = await renderRoutes(routes, { route: '/tickets?from=2026-03-01&to=2026-03-31' });

    const byStatus = await screen.findByRole('region', { name: 'Tickets per status' }, WAIT);
    expect(within(byStatus).getByLabelText('Open: 3')).toBeDefined();
    expect(within(byStatus).getByLabelText('Closed: 1')).toBeDefined();
    expect(within(screen.getByRole('region', { name: 'Average closing time per category' })).getByLabelText(/Shipping: 1.5 hr/)).toBeDefined();
    expect(await screen.findByRole('link', { name: 'Parcel late' }, WAIT)).toHaveProperty('href', expect.stringContaining(`/tickets/${ticket.id}`));
    // The dates of the address frame the statistics and the list alike.
    expect(server.calls.find((c) => c.path === '/api/v1/tickets/stats')?.query.toString()).toBe('from=2026-03-01&to=2026-03-31');

    await userEvent.click(screen.getByRole('combobox', { name: 'Priority' }));
    await userEvent.click(await screen.findByRole('option', { name: 'High' }, WAIT));
    await waitFor(() => expect(server.calls.filter((c) => c.path === '/api/v1/tickets').at(-1)?.query.get('priority')).toBe('high'), WAIT);
    const last = server.calls.filter((c) => c.path === '/api/v1/tickets').at(-1);
    expect(Object.fromEntries(last?.query ?? [])).toEqual({ from: '2026-03-01', to: '2026-03-31', priority: 'high', sort: '-createdAt', limit: '25' });
    expect(router.state.location.search).toBe('?priority=high&from=2026-03-01&to=2026-03-31');
  });

  it('says when no ticket matches and clears the filters', async () => {
    fakeApi({
      'GET /api/v1/me': { body: meFixture({ role: 'operator' }) },
      ...lookups(),
      'GET /api/v1/tickets/stats': { body: stats },
      'GET /api/v1/tickets': ({ query }) => ({ body: { data: query.has('status') ? [] : [ticket], nextCursor: null } }),
    });
    const { router } = await renderRoutes(routes, { route: '/tickets?status=Waiting' });
    await screen.findByRole('heading', { name: 'No ticket matches' }, WAIT);
    // Operators see no settings button: the server keeps statuses to admins.
    expect(screen.queryByRole('link', { name: 'Ticket settings' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show all tickets' }));
    await screen.findByRole('link', { name: 'Parcel late' }, WAIT);
    expect(router.state.location.search).toBe('');
  });

  it("shows the server's message when the statistics fail", async () => {
    fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      ...lookups(),
      'GET /api/v1/tickets/stats': { status: 400, body: errorBody('validation_failed', 'from must be a date') },
      'GET /api/v1/tickets': { body: { data: [], nextCursor: null } },
    });
    await renderRoutes(routes, { route: '/tickets' });
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toContain('from must be a date');
    await screen.findByRole('heading', { name: 'No tickets yet' }, WAIT);
  });
});
