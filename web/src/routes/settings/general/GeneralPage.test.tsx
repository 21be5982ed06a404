import { notifications } from '@mantine/notifications';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { errorBody, fakeApi } from '../../../test/fake-api';
import { meFixture } from '../../../test/fixtures';
import { renderSettingsPage } from '../test-helpers';
import { GeneralPage } from './GeneralPage';

describe('the general settings', { timeout: 15_000 }, () => {
  afterEach(() => notifications.clean());

  it("saves the account's name, time zone and default language", async () => {
    const me = meFixture();
    const server = fakeApi({
      'GET /api/v1/me': { body: me },
      'PATCH /api/v1/account': ({ body }) => ({ body: { ...me.account, ...(body as object) } }),
    });
    await renderSettingsPage(<GeneralPage />);
    fireEvent.change(await screen.findByLabelText(/Account name/), { target: { value: 'Bottega Rossi ' } });
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    // Searching, as a user would type it ("new_y" finds America/New_York).
    await userEvent.click(zone);
    fireEvent.change(zone, { target: { value: 'new_y' } });
    await userEvent.click(await screen.findByRole('option', { name: 'America/New_York' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Default language' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Español' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Account saved');
    expect(server.calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { name: 'Bottega Rossi', timezone: 'America/New_York', defaultLanguage: 'es' },
    ]);
  });

  it('shows a refusal', async () => {
    fakeApi({ 'GET /api/v1/me': { body: meFixture() }, 'PATCH /api/v1/account': { status: 403, body: errorBody('forbidden', 'Admins only') } });
    await renderSettingsPage(<GeneralPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Admins only');
  });
});
