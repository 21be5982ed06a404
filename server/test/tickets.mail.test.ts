import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

describe('ticket e-mails from the real ticket events', () => {
  it('mails each user with the switch on once per opening and once per change, and nobody with it off', async () => {
    const account = await createTestAccount(sportello, { sandbox: true });
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const quietEmail = `quiet-${Date.now()}@example.test`;
    const quiet = await account.api.post('/api/v1/users', { email: quietEmail, name: 'Quiet', password: 'password-123', role: 'operator', language: 'it' });
    const login = await apiClient(sportello.url).post('/api/v1/auth/login', { email: quietEmail, password: 'password-123' });
    await apiClient(sportello.url).patch('/api/v1/me', { receiveTicketEmails: false }, { cookie: login.headers.get('set-cookie')!.split(';')[0]! });
    expect(quiet.status).toBe(201);

    const contact = await account.api.post('/api/v1/contacts', { phone: `+39340${String(Date.now()).slice(-7)}`, name: 'Cliente' });
    const ticket = await account.api.post('/api/v1/tickets', { contactId: contact.body.id, title: 'Pacco danneggiato', priority: 'high' });
    expect(ticket.status).toBe(201);
    const opened = await eventually(async () => {
      const mail = (await sandbox.get(`/v1/mail?to=${encodeURIComponent(account.email)}`)).body.data as any[];
      return mail.find((m) => m.subject.includes(ticket.body.reference)) ?? null;
    }, 20_000, 'the opening e-mail');
    expect(opened.subject).toContain('Pacco danneggiato');

    const changed = await account.api.patch(`/api/v1/tickets/${ticket.body.reference}`, { status: 'Resolved' });
    expect(changed.status).toBe(200);
    const mails = await eventually(async () => {
      const mail = ((await sandbox.get(`/v1/mail?to=${encodeURIComponent(account.email)}`)).body.data as any[]).filter((m) => m.subject.includes(ticket.body.reference));
      return mail.length >= 2 ? mail : null;
    }, 20_000, 'the change e-mail');
    await sportello.drain();
    await new Promise((r) => setTimeout(r, 1500));
    const all = ((await sandbox.get(`/v1/mail?to=${encodeURIComponent(account.email)}`)).body.data as any[]).filter((m) => m.subject.includes(ticket.body.reference));
    expect(all).toHaveLength(2);
    expect(mails.some((m: any) => /Resolved/.test(m.subject))).toBe(true);
    expect((await sandbox.get(`/v1/mail?to=${encodeURIComponent(quietEmail)}`)).body.data).toHaveLength(0);
  });
});
