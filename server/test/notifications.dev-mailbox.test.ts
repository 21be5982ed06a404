import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvents } from '../src/events/outbox.ts';
import { createUser, updateUser } from '../src/modules/accounts/service.ts';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

interface MailItem {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
}

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello({ config: { smtpUrl: undefined, publicUrl: 'https://desk.example' } });
});
afterAll(async () => {
  await sportello?.close();
});

describe('ticket e-mails without SMTP_URL', () => {
  it('land in the sandbox dev mailbox, in each recipient language, naming the changes and who made them', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const tag = account.email.replace(/^admin-/, '');
    const italian = await createUser(sportello.deps, account.accountId, { email: `it-${tag}`, name: 'Giulia', password: 'correct horse battery', role: 'operator', language: 'it' });
    const quiet = await createUser(sportello.deps, account.accountId, { email: `off-${tag}`, name: 'Otto', password: 'correct horse battery', role: 'operator' });
    await updateUser(sportello.deps, account.accountId, quiet.id, { receiveTicketEmails: false });
    const ticketId = '0190f0f0-0000-7000-8000-000000000777';
    await sportello.deps.database.transaction((tx) =>
      recordEvents(tx, [
        {
          accountId: account.accountId,
          type: 'ticket.updated',
          payload: {
            ticketId,
            reference: 'TK-000777',
            title: 'Refund request',
            status: 'Waiting',
            macroStatus: 'in_progress',
            priority: 'urgent',
            category: 'Billing',
            ownerId: italian.id,
            contactId: null,
            actor: { type: 'operator', id: italian.id },
            changes: { priority: { from: 'low', to: 'urgent' }, ownerId: { from: null, to: italian.id } },
          },
        },
      ]),
    );

    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const mailTo = async (email: string) => (await sandbox.get<{ data: MailItem[] }>(`/v1/mail?to=${encodeURIComponent(email)}`)).body.data;
    const [english] = await eventually(async () => {
      const mails = await mailTo(account.email);
      return mails.length > 0 ? mails : null;
    }, 20_000, 'the admin e-mail');
    const [italiano] = await eventually(async () => {
      const mails = await mailTo(italian.email);
      return mails.length > 0 ? mails : null;
    }, 20_000, 'the Italian e-mail');

    expect(english).toMatchObject({ from: 'Sportello <noreply@sportello.local>', to: [account.email], subject: '[Sportello] TK-000777 · Refund request — updated' });
    expect(english!.text).toContain('Ticket TK-000777 “Refund request” was updated by Giulia.');
    expect(english!.text).toContain('- Priority: Low → Urgent');
    expect(english!.text).toContain('- Owner: (none) → Giulia');
    expect(english!.text).toContain(`Open the ticket: https://desk.example/tickets/${ticketId}`);
    expect(english!.html).toContain('<table>');

    expect(italiano!.subject).toBe('[Sportello] TK-000777 · Refund request — aggiornato');
    expect(italiano!.text).toContain('Il ticket TK-000777 “Refund request” è stato aggiornato da Giulia.');
    expect(italiano!.text).toContain('- Priorità: Bassa → Urgente');

    await sportello.drain();
    await eventually(async () => {
      const { rows } = await sportello.deps.database.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE '%ticket-mail%' AND state::text IN ('created', 'retry', 'active')`,
      );
      return rows[0]!.n === 0;
    }, 20_000, 'the mail queue to empty');
    expect(await mailTo(quiet.email)).toEqual([]);
    expect(await mailTo(account.email)).toHaveLength(1);
    expect(await mailTo(italian.email)).toHaveLength(1);
  });
});
