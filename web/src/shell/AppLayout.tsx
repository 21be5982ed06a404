import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { LiveEventsProvider } from '../api/live-events';
import { LiveIndicator } from './LiveIndicator';
import { Navbar } from './Navbar';
import { UserMenu } from './UserMenu';

/**
 * The signed-in console: a header with the user menu, the section menu (a
 * drawer behind the burger on phone-width screens) and the current page.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // On a phone the menu covers the page: it stays open only on the page it was opened on,
  // so choosing a section closes it.
  const [menuOpenedOn, setMenuOpenedOn] = useState<string | null>(null);
  const menuOpen = menuOpenedOn === pathname;
  const toggleMenu = () => setMenuOpenedOn(menuOpen ? null : pathname);

  return (
    <LiveEventsProvider>
      <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={menuOpen} onClick={toggleMenu} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
              <Text fw={700} size="lg" c="teal.8">
                {t('appName')}
              </Text>
            </Group>
            <Group gap="md" wrap="nowrap">
              <LiveIndicator />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
          <Navbar />
        </AppShell.Navbar>
        <AppShell.Main>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </LiveEventsProvider>
  );
}
