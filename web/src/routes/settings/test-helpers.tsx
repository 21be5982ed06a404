import type { ReactElement } from 'react';
import { RequireSession } from '../../auth/RequireSession';
import { renderRoutes } from '../../test/render';

/** Renders a settings page signed in (GET /api/v1/me must be among the faked calls). */
export function renderSettingsPage(page: ReactElement, path = '/settings/page') {
  return renderRoutes([{ element: <RequireSession />, children: [{ path, element: page }] }], { route: path });
}
