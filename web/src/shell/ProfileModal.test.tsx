import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../auth/RequireSession';
import { i18n } from '../i18n/i18n';
import { errorBody, fakeApi } from '../test/fake-api';
import { meFixture } from '../test/fixtures';
import { renderRoutes } from '../test/render';
import { ProfileModal } from './ProfileModal';

const routes = [{ element: <RequireSession />, children: [{ path: '/inbox', element: <ProfileModal opened onClose={() => {}} /> }] }];

describe('the profile', () => {
  it('switches ticket e-mails off on the server and shows the saved state', async () => {
    const me = meFixture({ receiveTicketEmails: true });
    const server = fakeApi({
      'GET /api/v1/me': { body: me },
      'PATCH /api/v1/me': ({ body }) => ({ body: { ...me.user, ...(body as object) } }),
    });
    await renderRoutes(routes, { route: '/inbox' });
    const dialog = await screen.findByRole('dialog', { name: 'Your profile' });
    const ticketEmails = within(dialog).getByRole('switch', { name: /Receive ticket e-mails/ });
    expect(ticketEmails).toHaveProperty('checked', true);

    await userEvent.click(ticketEmails);
    expect(server.calls.filter((c) => c.method === 'PATCH')).toEqual([expect.objectContaining({ path: '/api/v1/me', body: { receiveTicketEmails: false } })]);
    await screen.findByRole('switch', { name: /Receive ticket e-mails/, checked: false });
  });

  it('changes the language of the whole console', async () => {
    const me = meFixture({ language: 'en' });
    fakeApi({ 'GET /api/v1/me': { body: me }, 'PATCH /api/v1/me': ({ body }) => ({ body: { ...me.user, ...(body as object) } }) });
    await renderRoutes(routes, { route: '/inbox' });
    const dialog = await screen.findByRole('dialog', { name: 'Your profile' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Language' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Español' }));
    expect(await screen.findByRole('dialog', { name: 'Tu perfil' })).toBeDefined();
    expect(i18n.language).toBe('es');
  });

  it("shows the server's refusal and keeps the old value", async () => {
    fakeApi({ 'GET /api/v1/me': { body: meFixture() }, 'PATCH /api/v1/me': { status: 403, body: errorBody('forbidden', 'API keys have no profile') } });
    await renderRoutes(routes, { route: '/inbox' });
    const dialog = await screen.findByRole('dialog', { name: 'Your profile' });
    await userEvent.click(within(dialog).getByRole('switch', { name: /Receive ticket e-mails/ }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('API keys have no profile');
    expect(within(dialog).getByRole('switch', { name: /Receive ticket e-mails/ })).toHaveProperty('checked', true);
  });
});
