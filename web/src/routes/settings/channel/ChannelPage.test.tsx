import { notifications } from '@mantine/notifications';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorBody, fakeApi } from '../../../test/fake-api';
import { meFixture } from '../../../test/fixtures';
import { renderSettingsPage } from '../test-helpers';
import { channelChangeBody, draftFromChannel } from './cloud-credentials';
import { ChannelPage } from './ChannelPage';
import type { Channel } from './queries';

const cloud: Channel = {
  id: '0190e3b4-0000-7000-8000-00000000000b',
  kind: 'cloud',
  name: 'Shop',
  phoneNumberId: '106540352242922',
  wabaId: '102290129340398',
  displayPhoneNumber: '+39 02 1234 5678',
  verifyToken: 'verify-me-please',
  throughputMps: 80,
  graphBaseUrl: null,
  createdAt: '2026-01-10T09:00:00.000Z',
  webhookUrl: 'https://sportello.example.it/webhooks/whatsapp',
};

describe('the channel page', { timeout: 15_000 }, () => {
  afterEach(() => notifications.clean());

  it('shows the webhook URL and verify token to paste into Meta', async () => {
    fakeApi({ 'GET /api/v1/me': { body: meFixture() }, 'GET /api/v1/channels': { body: { data: [cloud], nextCursor: null } } });
    await renderSettingsPage(<ChannelPage />);
    const card = await screen.findByRole('region', { name: 'Shop' });
    expect(within(card).getByLabelText('Callback URL').textContent).toBe('https://sportello.example.it/webhooks/whatsapp');
    expect(within(card).getByLabelText('Verify token').textContent).toBe('verify-me-please');
    expect(within(card).getByRole('button', { name: 'Copy Callback URL' })).toBeDefined();
    expect(within(card).getByText('Meta Cloud API')).toBeDefined();
  });

  it('connects a Meta number with its credentials, and shows what Meta refused', async () => {
    const server = fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      'GET /api/v1/channels': { body: { data: [], nextCursor: null } },
      'POST /api/v1/channels': { status: 422, body: errorBody('validation_failed', 'Invalid body: wabaId', [{ field: 'wabaId', message: 'digits only' }]) },
    });
    await renderSettingsPage(<ChannelPage />);
    expect(await screen.findByText('No WhatsApp number yet')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Connect a Meta number' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connect a Meta Cloud API number' });
    const type = (label: RegExp, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
    type(/^Name/, 'Shop');
    type(/^Phone number ID/, '106540352242922');
    type(/^WhatsApp Business Account ID/, 'waba');
    type(/^Phone number\s*\*?$/, '+39 02 1234 5678');
    type(/^Access token/, 'EAAG-long-lived-token');
    type(/^App secret/, 'app-secret-123');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Connect' }));

    expect(await within(dialog).findByText('digits only')).toBeDefined();
    expect(server.calls.find((c) => c.method === 'POST')?.body).toEqual({
      kind: 'cloud',
      name: 'Shop',
      phoneNumberId: '106540352242922',
      wabaId: 'waba',
      displayPhoneNumber: '+39 02 1234 5678',
      accessToken: 'EAAG-long-lived-token',
      appSecret: 'app-secret-123',
    });
  });

  it('changes only what was edited, and a secret only when one is typed', () => {
    const draft = draftFromChannel(cloud);
    expect(draft.accessToken).toBe('');
    expect(channelChangeBody(cloud, draft)).toEqual({});
    expect(channelChangeBody(cloud, { ...draft, name: ' Store ', appSecret: 'new-secret-1' })).toEqual({ name: 'Store', appSecret: 'new-secret-1' });
  });
});
