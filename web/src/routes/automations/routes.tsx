import { Outlet, type RouteObject } from 'react-router';
import { RequirePermission } from '../../auth/RequirePermission';

/**
 * The automations section's routes, under /automations, for admins only. Pages load on demand,
 * so a section's code (and its libraries) is fetched only when someone opens it.
 */
export const automationsRoutes: RouteObject = {
  path: 'automations',
  element: (
    <RequirePermission permission="automations.view">
      <Outlet />
    </RequirePermission>
  ),
  children: [{ index: true, lazy: async () => ({ Component: (await import('./AutomationsPage')).AutomationsPage }) }],
};
