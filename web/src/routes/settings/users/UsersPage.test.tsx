import { notifications } from '@mantine/notifications';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { User } from '../../../api/types';
import { errorBody, fakeApi } from '../../../test/fake-api';
import { meFixture } from '../../../test/fixtures';
import { renderSettingsPage } from '../test-helpers';
import { UsersPage } from './UsersPage';

const me = meFixture();
const olga: User = { ...me.user!, id: '0190e3b4-0000-7000-8000-000000000009', name: 'Olga Bianchi', email: 'olga@example.it', role: 'operator' };

describe('the users page', { timeout: 15_000 }, () => {
  afterEach(() => notifications.clean());

  it('creates a user with a role and, by default, the account language', async () => {
    const server = fakeApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/users': { body: { data: [me.user], nextCursor: null } },
      'POST /api/v1/users': ({ body }) => ({ status: 201, body: { ...olga, ...(body as object) } }),
    });
    await renderSettingsPage(<UsersPage />);
    expect(await screen.findByText('anna@example.it')).toBeDefined();
    // One's own row has no button to disable oneself.
    expect(screen.queryByRole('button', { name: 'Disable Anna Rossi' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    fireEvent.change(within(dialog).getByLabelText(/E-mail/), { target: { value: 'olga@example.it' } });
    fireEvent.change(within(dialog).getByLabelText(/Name/), { target: { value: 'Olga Bianchi' } });
    fireEvent.change(within(dialog).getByLabelText(/Password/), { target: { value: 'operator-pass' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));

    await screen.findByRole('button', { name: 'Add user' });
    expect(server.calls.filter((c) => c.method === 'POST')).toEqual([
      // The fixture's account speaks Italian.
      expect.objectContaining({ body: { email: 'olga@example.it', name: 'Olga Bianchi', password: 'operator-pass', role: 'operator', language: 'it' } }),
    ]);
  });

  it("shows the server's complaint next to the e-mail", async () => {
    fakeApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/users': { body: { data: [me.user], nextCursor: null } },
      'POST /api/v1/users': { status: 409, body: errorBody('email_taken', 'A user with e-mail olga@example.it already exists', { field: 'email' }) },
    });
    await renderSettingsPage(<UsersPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    fireEvent.change(within(dialog).getByLabelText(/E-mail/), { target: { value: 'olga@example.it' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect((await within(dialog).findAllByText('A user with e-mail olga@example.it already exists')).length).toBe(2);
    expect(within(dialog).getByLabelText(/E-mail/).getAttribute('aria-invalid')).toBe('true');
  });

  it('changes a role and disables a user', async () => {
    const server = fakeApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/users': { body: { data: [me.user, olga], nextCursor: null } },
      'PATCH /api/v1/users/0190e3b4-0000-7000-8000-000000000009': ({ body }) => ({ body: { ...olga, ...(body as object) } }),
    });
    await renderSettingsPage(<UsersPage />);
    await userEvent.click(await screen.findByRole('combobox', { name: 'Role of Olga Bianchi' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Chat operator' }));
    await screen.findByText('Olga Bianchi has a new role');
    fireEvent.click(screen.getByRole('button', { name: 'Disable Olga Bianchi' }));
    await screen.findByText('Olga Bianchi is disabled and signed out');
    expect(server.calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ role: 'chat_operator' }, { disabled: true }]);
  });

  it("says why the server refused a change, e.g. the account's last admin", async () => {
    fakeApi({
      'GET /api/v1/me': { body: me },
      'GET /api/v1/users': { body: { data: [me.user], nextCursor: null } },
      [`PATCH /api/v1/users/${me.user!.id}`]: { status: 409, body: errorBody('last_admin', 'An account needs at least one active admin') },
    });
    await renderSettingsPage(<UsersPage />);
    await userEvent.click(await screen.findByRole('combobox', { name: 'Role of Anna Rossi' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Operator' }));
    expect(await screen.findByText('An account needs at least one active admin')).toBeDefined();
  });
});
