import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RequireSession } from '../../../auth/RequireSession';
import { errorBody, fakeApi } from '../../../test/fake-api';
import { meFixture } from '../../../test/fixtures';
import { renderRoutes } from '../../../test/render';
import type { AutomationSummary } from '../model/types';
import { AutomationsPage } from './AutomationsPage';

const routes = [{ element: <RequireSession />, children: [{ path: '/automations', element: <AutomationsPage /> }] }];

const automation: AutomationSummary = {
  id: '0190e3b4-0000-7000-8000-0000000000a1',
  name: 'INFO follow-up',
  status: 'draft',
  version: 3,
  triggerType: 'message_phrase',
  definition: { trigger: { type: 'message_phrase', phrase: 'INFO' }, start: 'a', steps: { a: { type: 'add_tag', tag: 'x' } } },
  runs: { live: 1, total: 7 },
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-11T09:00:00.000Z',
};

const report = {
  runs: { total: 7, running: 0, waiting: 1, completed: 5, terminated: 0, failed: 1 },
  steps: [],
};

describe('the automation list', () => {
  it('shows each automation with its trigger, status and run counts', async () => {
    fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      'GET /api/v1/automations': { body: { data: [automation], nextCursor: null } },
      [`GET /api/v1/automations/${automation.id}/report`]: { body: report },
    });
    await renderRoutes(routes, { route: '/automations' });
    const row = (await screen.findByRole('link', { name: 'INFO follow-up' })).closest('tr')!;
    expect(within(row).getByText('Message with a phrase')).toBeDefined();
    expect(within(row).getByText('Draft')).toBeDefined();
    await within(row).findByLabelText('Entered: 7');
    expect(within(row).getByLabelText('Waiting: 1')).toBeDefined();
    expect(within(row).getByLabelText('Completed: 5')).toBeDefined();
    expect(within(row).getByLabelText('Failed: 1')).toBeDefined();
  });

  it('activates an automation, and says why when the server refuses', async () => {
    const server = fakeApi({
      'GET /api/v1/me': { body: meFixture() },
      'GET /api/v1/automations': { body: { data: [automation], nextCursor: null } },
      [`GET /api/v1/automations/${automation.id}/report`]: { body: report },
      [`POST /api/v1/automations/${automation.id}/activate`]: {
        status: 409,
        body: errorBody('phrase_taken', 'Another active automation already starts on the phrase "INFO"'),
      },
    });
    await renderRoutes(routes, { route: '/automations' });
    await userEvent.click(await screen.findByRole('button', { name: 'Actions of INFO follow-up' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Activate' }));
    expect(await screen.findByText('Another active automation already starts on the phrase "INFO"')).toBeDefined();
    expect(server.calls.some((c) => c.method === 'POST' && c.path.endsWith('/activate'))).toBe(true);
  });

  it('says what to do when there are none yet', async () => {
    fakeApi({ 'GET /api/v1/me': { body: meFixture() }, 'GET /api/v1/automations': { body: { data: [], nextCursor: null } } });
    await renderRoutes(routes, { route: '/automations' });
    expect(await screen.findByText('No automations yet')).toBeDefined();
    expect(screen.getAllByRole('button', { name: 'New automation' }).length).toBeGreaterThan(0);
  });
});
