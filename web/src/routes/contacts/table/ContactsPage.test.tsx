import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../../../auth/session';
import { fakeApi } from '../../../test/fake-api';
import { meFixture } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import type { Contact } from '../data';
import { ContactsPage } from './ContactsPage';

const me = meFixture();
const signedIn = (ui: ReactNode) => <SessionProvider session={{ user: me.user!, account: me.account, role: me.role }}>{ui}</SessionProvider>;

function contact(id: string, name: string, tags: string[] = []): Contact {
  return {
    id,
    phone: `+39333000${id.slice(-4)}`,
    name,
    email: null,
    language: null,
    marketingOptIn: false,
    marketingOptInAt: null,
    marketingOptInSource: null,
    blocked: false,
    blockedAt: null,
    fields: {},
    tags,
    lists: [],
    operatorIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    lastInboundAt: null,
    lastMessageAt: null,
  };
}

const catalog = {
  'GET /api/v1/tags': { body: { data: [{ id: 't1', name: 'vip', contactCount: 1, createdAt: '2026-01-01T00:00:00.000Z' }], nextCursor: null } },
  'GET /api/v1/lists': { body: { data: [], nextCursor: null } },
  'GET /api/v1/fields': { body: { data: [{ id: 'f1', key: 'CITY', label: 'City', type: 'text', createdAt: '2026-01-01T00:00:00.000Z' }], nextCursor: null } },
};

describe('the contact table', () => {
  it('asks the API with the filters of the address and pages with its cursor', async () => {
    const server = fakeApi({
      ...catalog,
      'GET /api/v1/contacts': (request) =>
        request.query.get('cursor') === 'c2'
          ? { body: { data: [contact('00000000-0000-7000-8000-000000000002', 'Paolo')], nextCursor: null } }
          : { body: { data: [contact('00000000-0000-7000-8000-000000000001', 'Giulia', ['vip'])], nextCursor: 'c2' } },
    });
    await renderWithProviders(signedIn(<ContactsPage />), { route: '/contacts?tag=vip&field.CITY=Roma&q=giu' });
    await screen.findByRole('link', { name: 'Giulia' });
    const first = server.calls.find((c) => c.path === '/api/v1/contacts')!;
    expect(first.query.getAll('tag')).toEqual(['vip']);
    expect(first.query.get('field.CITY')).toBe('Roma');
    expect(first.query.get('q')).toBe('giu');
    expect(first.query.get('cursor')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('link', { name: 'Paolo' });
    expect(server.calls.filter((c) => c.path === '/api/v1/contacts').at(-1)!.query.get('cursor')).toBe('c2');
    expect(screen.getByText('Page 2')).toBeDefined();
  });

  it('says what to do when there are no contacts at all, and when filters hide them', async () => {
    fakeApi({ ...catalog, 'GET /api/v1/contacts': { body: { data: [], nextCursor: null } } });
    const { router } = await renderWithProviders(signedIn(<ContactsPage />), { route: '/contacts?tag=vip' });
    expect(await screen.findByText('No contact matches these filters')).toBeDefined();
    await userEvent.click(within(screen.getByText('No contact matches these filters').parentElement!).getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('No contacts yet')).toBeDefined();
    expect(router.state.location.search).toBe('');
  });

  it('tags the selected contacts through the bulk endpoint', async () => {
    const server = fakeApi({
      ...catalog,
      'GET /api/v1/contacts': { body: { data: [contact('00000000-0000-7000-8000-000000000001', 'Giulia'), contact('00000000-0000-7000-8000-000000000002', 'Paolo')], nextCursor: null } },
      'POST /api/v1/contacts/bulk': { body: { matched: 1, changed: 1 } },
    });
    await renderWithProviders(signedIn(<ContactsPage />), { route: '/contacts' });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select Paolo' }));
    expect(screen.getByText('1 contact selected')).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Tag' }), 'richiamare');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add tag' }));
    expect(await screen.findByText('Done: 1 contact changed out of 1.')).toBeDefined();
    expect(server.calls.find((c) => c.path === '/api/v1/contacts/bulk')?.body).toEqual({
      action: 'tag',
      contactIds: ['00000000-0000-7000-8000-000000000002'],
      tag: 'richiamare',
    });
  });
});
