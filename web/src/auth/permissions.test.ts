import { describe, expect, it } from 'vitest';
import { can } from './permissions';

describe('permissions', () => {
  it('let every role work the inbox, contacts and tickets', () => {
    for (const role of ['admin', 'operator', 'chat_operator'] as const) {
      expect(can(role, 'inbox.view')).toBe(true);
      expect(can(role, 'contacts.view')).toBe(true);
      expect(can(role, 'tickets.view')).toBe(true);
    }
  });

  it('keep automations and settings to admins, as the server does', () => {
    expect(can('admin', 'automations.manage')).toBe(true);
    expect(can('admin', 'settings.view')).toBe(true);
    expect(can('operator', 'automations.view')).toBe(false);
    expect(can('chat_operator', 'settings.view')).toBe(false);
  });
});
