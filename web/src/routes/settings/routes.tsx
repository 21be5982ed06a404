import { Outlet, type RouteObject } from 'react-router';
import { RequirePermission } from '../../auth/RequirePermission';
import { SettingsTabs } from './SettingsTabs';

/**
 * The settings section's routes, under /settings, for admins only: an
 * overview, then users, API keys, working hours, the WhatsApp channel and the
 * account's general settings. Pages load on demand.
 */
export const settingsRoutes: RouteObject = {
  path: 'settings',
  element: (
    <RequirePermission permission="settings.view">
      <SettingsTabs />
      <Outlet />
    </RequirePermission>
  ),
  children: [
    { index: true, lazy: async () => ({ Component: (await import('./SettingsPage')).SettingsPage }) },
    { path: 'users', lazy: async () => ({ Component: (await import('./users/UsersPage')).UsersPage }) },
    { path: 'api-keys', lazy: async () => ({ Component: (await import('./api-keys/ApiKeysPage')).ApiKeysPage }) },
    { path: 'working-hours', lazy: async () => ({ Component: (await import('./working-hours/WorkingHoursPage')).WorkingHoursPage }) },
    { path: 'channel', lazy: async () => ({ Component: (await import('./channel/ChannelPage')).ChannelPage }) },
    { path: 'general', lazy: async () => ({ Component: (await import('./general/GeneralPage')).GeneralPage }) },
  ],
};
