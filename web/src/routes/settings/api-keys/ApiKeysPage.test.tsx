import { notifications } from '@mantine/notifications';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../../test/fake-api';
import { meFixture } from '../../../test/fixtures';
import { renderSettingsPage } from '../test-helpers';
import { ApiKeysPage } from './ApiKeysPage';
import type { ApiKey } from './queries';

const crm: ApiKey = { id: '0190e3b4-0000-7000-8000-00000000000a', name: 'CRM sync', prefix: 'spk_AbCdEfGh', createdAt: '2026-01-10T09:00:00.000Z', lastUsedAt: null, revokedAt: null };

describe('the API keys page', { timeout: 15_000 }, () => {
  afterEach(() => notifications.clean());

  it('shows a new key once, with a warning, and lists only its prefix afterwards', async () => {
    let keys: ApiKey[] = [];
    const server = fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      'GET /api/v1/api-keys': () => ({ body: { data: keys, nextCursor: null } }),
      'POST /api/v1/api-keys': () => {
        keys = [crm];
        return { status: 201, body: { ...crm, key: 'spk_AbCdEfGh-the-whole-secret' } };
      },
    });
    await renderSettingsPage(<ApiKeysPage />);
    expect(await screen.findByText('No API keys')).toBeDefined();

    fireEvent.click(screen.getAllByRole('button', { name: 'Create API key' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'New API key' });
    fireEvent.change(within(dialog).getByLabelText(/Name/), { target: { value: 'CRM sync' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create key' }));

    const shown = await screen.findByRole('dialog', { name: 'Your new API key' });
    expect(within(shown).getByText('spk_AbCdEfGh-the-whole-secret')).toBeDefined();
    expect(within(shown).getByText(/only time Sportello shows this key/)).toBeDefined();
    expect(within(shown).getByRole('button', { name: 'Copy key' })).toBeDefined();
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'CRM sync' });

    fireEvent.click(within(shown).getByRole('button', { name: 'I have copied it' }));
    expect(await screen.findByText('spk_AbCdEfGh…')).toBeDefined();
    expect(screen.queryByText('spk_AbCdEfGh-the-whole-secret')).toBeNull();
    expect(screen.getByText('Never')).toBeDefined();
  });

  it('revokes a key after asking', async () => {
    let keys: ApiKey[] = [crm];
    const server = fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      'GET /api/v1/api-keys': () => ({ body: { data: keys, nextCursor: null } }),
      [`DELETE /api/v1/api-keys/${crm.id}`]: () => {
        keys = [{ ...crm, revokedAt: '2026-03-09T10:00:00.000Z' }];
        return { status: 204 };
      },
    });
    await renderSettingsPage(<ApiKeysPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke CRM sync' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this key?' });
    expect(server.calls.some((c) => c.method === 'DELETE')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('Revoked on Mar 9, 2026')).toBeDefined();
    expect(server.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });
});
