import { ScrollArea, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SETTINGS_PAGES } from './settings-pages';

/** The settings pages as tabs above each of them; none is selected on the overview. */
export function SettingsTabs() {
  const { t } = useTranslation('settings');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = SETTINGS_PAGES.find((page) => pathname.startsWith(`/settings/${page.path}`))?.path ?? null;
  return (
    <Tabs value={current} onChange={(path) => path && navigate(`/settings/${path}`)} mb="md">
      {/* On a phone the tabs scroll sideways instead of wrapping into a block. */}
      <ScrollArea type="never">
        <Tabs.List style={{ flexWrap: 'nowrap' }}>
          {SETTINGS_PAGES.map((page) => (
            <Tabs.Tab key={page.path} value={page.path} leftSection={<page.icon size={16} />}>
              {t(`${page.key}.title`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </ScrollArea>
    </Tabs>
  );
}
