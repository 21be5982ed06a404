import { IconBrandWhatsapp, IconBuildingStore, IconClock, IconKey, IconUsers, type Icon } from '@tabler/icons-react';

export interface SettingsSubPage {
  /** Under /settings, and the key of its strings in the settings namespace. */
  path: 'users' | 'api-keys' | 'working-hours' | 'channel' | 'general';
  key: 'users' | 'apiKeys' | 'workingHours' | 'channel' | 'general';
  icon: Icon;
}

/** The settings pages, in the order of the tabs and of the overview. */
export const SETTINGS_PAGES: SettingsSubPage[] = [
  { path: 'users', key: 'users', icon: IconUsers },
  { path: 'api-keys', key: 'apiKeys', icon: IconKey },
  { path: 'working-hours', key: 'workingHours', icon: IconClock },
  { path: 'channel', key: 'channel', icon: IconBrandWhatsapp },
  { path: 'general', key: 'general', icon: IconBuildingStore },
];
