import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { errorBody, fakeApi } from '../test/fake-api';
import { meFixture } from '../test/fixtures';
import { renderRoutes } from '../test/render';
import { RequirePermission } from './RequirePermission';
import { RequireSession } from './RequireSession';
import { useRole, useSession } from './session';

function Whoami() {
  const { user } = useSession();
  return (
    <p>
      {user.name} is {useRole()}
    </p>
  );
}

const routes = [
  { path: '/sign-in', element: <p>sign-in page</p> },
  {
    element: <RequireSession />,
    children: [
      { path: '/inbox', element: <Whoami /> },
      { path: '/settings', element: <RequirePermission permission="settings.view">settings page</RequirePermission> },
    ],
  },
];

describe('the signed-in part of the console', () => {
  it('sends visitors without a session to the sign-in page, remembering where they were going', async () => {
    fakeApi({ 'GET /api/v1/me': { status: 401, body: errorBody('unauthorized', 'Sign in first') } });
    const { router } = await renderRoutes(routes, { route: '/inbox?filter=unread' });
    expect(await screen.findByText('sign-in page')).toBeDefined();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/inbox?filter=unread')}`);
  });

  it('gives pages the session and puts the console in the user language', async () => {
    fakeApi({ 'GET /api/v1/me': { body: meFixture({ role: 'operator', language: 'es' }) } });
    await renderRoutes(routes, { route: '/inbox', language: 'en' });
    expect(await screen.findByText('Anna Rossi is operator')).toBeDefined();
    expect(i18n.language).toBe('es');
  });

  it('shows a server failure with a way to try again, not a blank page', async () => {
    fakeApi({ 'GET /api/v1/me': { status: 500, body: errorBody('internal_error', 'Internal error') } });
    await renderRoutes(routes, { route: '/inbox' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Internal error');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeDefined();
  });

  it('tells a role why a section is closed to it', async () => {
    fakeApi({ 'GET /api/v1/me': { body: meFixture({ role: 'chat_operator' }) } });
    await renderRoutes(routes, { route: '/settings' });
    expect(await screen.findByText('Not available to your role')).toBeDefined();
    expect(screen.queryByText('settings page')).toBeNull();
  });
});
