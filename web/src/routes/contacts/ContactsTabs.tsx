import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  { path: '/contacts', key: 'contacts' },
  { path: '/contacts/tags', key: 'tags' },
  { path: '/contacts/lists', key: 'lists' },
  { path: '/contacts/fields', key: 'fields' },
] as const;

/** The section's sub-pages: the table and the catalog it is filtered by. */
export function ContactsTabs() {
  const { t } = useTranslation('contacts');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = TABS.find((tab) => tab.path === pathname)?.path ?? '/contacts';
  return (
    <Tabs value={current} onChange={(path) => path && navigate(path)} mb="md">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path}>
            {t(`tabs.${tab.key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
