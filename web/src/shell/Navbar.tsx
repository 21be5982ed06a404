import { AppShell, NavLink, ScrollArea } from '@mantine/core';
import { IconApi, IconDeviceMobileMessage, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { can } from '../auth/permissions';
import { useRole } from '../auth/session';
import { NAV_ITEMS, sandboxPhoneAvailable } from './nav-items';

/** The sections the user's role may open, then the pages outside the console. */
export function Navbar() {
  const { t } = useTranslation();
  const role = useRole();
  return (
    <>
      <AppShell.Section grow component={ScrollArea}>
        {NAV_ITEMS.filter((item) => can(role, item.permission)).map((item) => (
          <NavLink key={item.path} component={RouterNavLink} to={item.path} label={t(item.label)} leftSection={<item.icon size={18} />} />
        ))}
      </AppShell.Section>
      <AppShell.Section>
        {sandboxPhoneAvailable() && (
          <NavLink
            href="/sandbox/phone"
            target="_blank"
            rel="noopener"
            label={t('nav.sandboxPhone')}
            leftSection={<IconDeviceMobileMessage size={18} />}
            rightSection={<IconExternalLink size={14} />}
          />
        )}
        <NavLink href="/api/docs" target="_blank" rel="noopener" label={t('nav.apiDocs')} leftSection={<IconApi size={18} />} rightSection={<IconExternalLink size={14} />} />
      </AppShell.Section>
    </>
  );
}
