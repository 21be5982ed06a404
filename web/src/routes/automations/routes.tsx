import { Outlet, type RouteObject } from 'react-router';
import { RequirePermission } from '../../auth/RequirePermission';

/**
 * The automations section's routes, under /automations, for admins only. Pages load on demand,
 * so the builder's @xyflow/react is fetched only when someone opens an automation.
 */
export const automationsRoutes: RouteObject = {
  path: 'automations',
  element: (
    <RequirePermission permission="automations.view">
      <Outlet />
    </RequirePermission>
  ),
  children: [
    { index: true, lazy: async () => ({ Component: (await import('./list/AutomationsPage')).AutomationsPage }) },
    { path: ':id', lazy: async () => ({ Component: (await import('./builder/BuilderPage')).BuilderPage }) },
  ],
};
