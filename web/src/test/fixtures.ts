import type { Me, Role } from '../api/types';

/** GET /api/v1/me as the server answers it, for component tests. */
export function meFixture(overrides: { role?: Role; language?: 'it' | 'en' | 'es'; receiveTicketEmails?: boolean } = {}): Me {
  const role = overrides.role ?? 'admin';
  return {
    user: {
      id: '0190e3b4-0000-7000-8000-000000000001',
      email: 'anna@example.it',
      name: 'Anna Rossi',
      role,
      language: overrides.language ?? 'en',
      receiveTicketEmails: overrides.receiveTicketEmails ?? true,
      disabled: false,
      createdAt: '2026-01-10T09:00:00.000Z',
    },
    account: { id: '0190e3b4-0000-7000-8000-000000000002', name: 'Demo', timezone: 'Europe/Rome', defaultLanguage: 'it', createdAt: '2026-01-10T09:00:00.000Z' },
    role,
  };
}
