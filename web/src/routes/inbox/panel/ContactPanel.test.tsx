import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../api/types';
import { fakeApi } from '../../../test/fake-api';
import { meFixture } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CONTACT_ID, contactFixture, OPERATOR_ID, withSession } from '../test-fixtures';
import { ContactPanel } from './ContactPanel';

const AUTOMATION_ID = '0190e3b4-0000-7000-8000-0000000000a1';
const run = {
  id: '0190e3b4-0000-7000-8000-0000000000r1',
  automationId: AUTOMATION_ID,
  version: 1,
  contactId: CONTACT_ID,
  status: 'waiting',
  currentStep: 'ask',
  path: [],
  depth: 0,
  trigger: 'phrase',
  reason: null,
  waitingUntil: null,
  data: {},
  startedAt: '2026-03-08T10:00:00.000Z',
  endedAt: null,
};

function api() {
  return fakeApi({
    [`GET /api/v1/contacts/${CONTACT_ID}`]: { body: contactFixture({ tags: ['vip'], operatorIds: [OPERATOR_ID], fields: { city: 'Milano' } }) },
    'GET /api/v1/fields': { body: { data: [{ id: 'f1', key: 'city', label: 'City', type: 'text', createdAt: '2026-03-01T09:00:00.000Z' }], nextCursor: null } },
    'GET /api/v1/tags': { body: { data: [{ id: 't1', name: 'vip', contactCount: 1, createdAt: '2026-03-01T09:00:00.000Z' }], nextCursor: null } },
    'GET /api/v1/users': { body: { data: [meFixture().user], nextCursor: null } },
    [`GET /api/v1/contacts/${CONTACT_ID}/tickets`]: {
      body: {
        data: [{ id: 'k1', reference: 'T-0001', title: 'Table booking', description: null, priority: 'medium', status: 'Open', macroStatus: 'open', category: null, ownerId: null, contactId: CONTACT_ID, createdAt: '2026-03-08T10:00:00.000Z', updatedAt: '2026-03-08T10:00:00.000Z', closedAt: null }],
        nextCursor: null,
      },
    },
    [`GET /api/v1/contacts/${CONTACT_ID}/automation-runs`]: { body: { data: [run], nextCursor: null } },
    'GET /api/v1/automations': { body: { data: [{ id: AUTOMATION_ID, name: 'Booking flow' }], nextCursor: null } },
    [`POST /api/v1/contacts/${CONTACT_ID}/automations/stop`]: { body: { stopped: 1 } },
  });
}

async function renderPanel(role: Role) {
  const server = api();
  await renderWithProviders(withSession(<ContactPanel contactId={CONTACT_ID} />, role));
  await screen.findByText('Table booking', { exact: false });
  return server;
}

describe('the contact panel', () => {
  it('shows the contact’s fields, tags, operators, tickets and automations, with a new ticket for this contact', async () => {
    await renderPanel('admin');
    expect(screen.getByText('City')).toBeTruthy();
    expect(screen.getByText('Milano')).toBeTruthy();
    expect(screen.getByText('vip')).toBeTruthy();
    expect(screen.getByText('Anna Rossi')).toBeTruthy();
    expect(screen.getByRole('link', { name: /T-0001/ }).getAttribute('href')).toBe('/tickets/k1');
    expect(screen.getByTestId('open-ticket').getAttribute('href')).toBe(`/tickets/new?contactId=${CONTACT_ID}`);
    expect(await screen.findByText('Booking flow')).toBeTruthy();
    expect(screen.getAllByLabelText('Assign an operator').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Unassign Anna Rossi' })).toBeTruthy();
  });

  it('does not offer a chat operator to assign operators, as the server would refuse', async () => {
    await renderPanel('chat_operator');
    expect(screen.getByText('Anna Rossi')).toBeTruthy();
    expect(screen.queryAllByLabelText('Assign an operator')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Unassign Anna Rossi' })).toBeNull();
  });

  it('stops the contact’s automations', async () => {
    const server = await renderPanel('operator');
    await userEvent.click(await screen.findByRole('button', { name: 'Stop all' }));
    await waitFor(() => expect(server.calls.some((c) => c.method === 'POST' && c.path.endsWith('/automations/stop'))).toBe(true));
    expect(await screen.findByText('Automations stopped: 1')).toBeTruthy();
  });
});
