import { Outlet, type RouteObject } from 'react-router';
import { RequirePermission } from '../../auth/RequirePermission';

/**
 * The settings section's routes, under /settings, for admins only. Pages load on demand,
 * so a section's code (and its libraries) is fetched only when someone opens it.
 */
export const settingsRoutes: RouteObject = {
  path: 'settings',
  element: (
    <RequirePermission permission="settings.view">
      <Outlet />
    </RequirePermission>
  ),
  children: [{ index: true, lazy: async () => ({ Component: (await import('./SettingsPage')).SettingsPage }) }],
};
