import { IconAddressBook, IconMessages, IconRobot, IconSettings, IconTicket, type Icon } from '@tabler/icons-react';
import type { Permission } from '../auth/permissions';

export interface NavItem {
  /** The route, also the section's folder in src/routes/ and its i18n namespace. */
  path: string;
  /** Key in the common namespace. */
  label: string;
  icon: Icon;
  permission: Permission;
}

/** The console's sections, in menu order. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/inbox', label: 'nav.inbox', icon: IconMessages, permission: 'inbox.view' },
  { path: '/contacts', label: 'nav.contacts', icon: IconAddressBook, permission: 'contacts.view' },
  { path: '/tickets', label: 'nav.tickets', icon: IconTicket, permission: 'tickets.view' },
  { path: '/automations', label: 'nav.automations', icon: IconRobot, permission: 'automations.view' },
  { path: '/settings', label: 'nav.settings', icon: IconSettings, permission: 'settings.view' },
];

/** The server marks in index.html whether its WhatsApp simulator (and so the phone page) runs. */
export function sandboxPhoneAvailable(doc: Document = document): boolean {
  return doc.querySelector('meta[name="sportello-sandbox"]')?.getAttribute('content') !== 'off';
}
