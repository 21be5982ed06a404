import type { Role } from '../api/types';

/**
 * What each role may do in the console, mirroring the server's checks
 * (requireRole in server/src/http/auth.ts): the server is the authority, the
 * console only hides what would be refused. Add a permission here when a page
 * needs one.
 */
const PERMISSIONS = {
  'inbox.view': ['admin', 'operator', 'chat_operator'],
  'contacts.view': ['admin', 'operator', 'chat_operator'],
  'contacts.manage': ['admin', 'operator'],
  // Assigning a chat to operators (POST/DELETE /contacts/{id}/operators).
  'contacts.assignOperators': ['admin', 'operator'],
  'tickets.view': ['admin', 'operator', 'chat_operator'],
  'tickets.manage': ['admin'],
  'automations.view': ['admin'],
  'automations.manage': ['admin'],
  'settings.view': ['admin'],
  'settings.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
