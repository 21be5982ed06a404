import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerQueue } from '../src/events/dispatcher.ts';
import { recordEvents } from '../src/events/outbox.ts';
import type { EventType } from '../src/events/types.ts';
import { createUser, updateUser } from '../src/modules/accounts/service.ts';
import { enqueueTicketMails, TICKET_MAIL_CONSUMER, TICKET_MAIL_QUEUE } from '../src/modules/notifications/ticket-mail-jobs.ts';
import { createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

interface ReceivedMail {
  to: string[];
  subject: string;
  eventId: string | null;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, data: string) => {
      if (encoding.toUpperCase() === 'B') return Buffer.from(data, 'base64').toString('utf8');
      const bytes = data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => `%${hex}`);
      return decodeURIComponent(bytes.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
    });
}

function header(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeWords(line.slice(name.length + 1).trim()) : null;
}

/** A real SMTP peer that can refuse mail or go away and come back on the same port. */
class TestSmtpServer {
  received: ReceivedMail[] = [];
  refused = 0;
  refusing = false;
  port = 0;
  private server: SMTPServer | null = null;

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (!this.refusing) return callback();
        this.refused += 1;
        callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: header(raw, 'Subject') ?? '',
            eventId: header(raw, 'X-Sportello-Event'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  forEvent(eventId: string): ReceivedMail[] {
    return this.received.filter((m) => m.eventId === eventId);
  }
}

const smtp = new TestSmtpServer();
let sportello: TestSportello;

beforeAll(async () => {
  await smtp.start();
  sportello = await startTestSportello({ config: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailRetryDelaySeconds: 1 } });
});
afterAll(async () => {
  await sportello?.close();
  await smtp.stop();
});

/** Records ticket events in one transaction, as the tickets module does, and returns their ids in order. */
async function recordTicketEvents(accountId: string, events: { type: EventType; payload: Record<string, unknown> }[]): Promise<string[]> {
  return sportello.deps.database.transaction(async (tx) => {
    await recordEvents(
      tx,
      events.map((e) => ({ accountId, type: e.type, payload: e.payload })),
    );
    const { rows } = await tx.sql.query<{ id: string }>('SELECT id FROM events WHERE account_id = $1 AND type LIKE $2 ORDER BY id DESC LIMIT $3', [
      accountId,
      'ticket.%',
      events.length,
    ]);
    return rows.map((r) => r.id).reverse();
  });
}

/** Every job about these events, in the consumer's queue and the mail queue, has finished. */
async function settled(eventIds: string[]): Promise<void> {
  await eventually(
    async () => {
      const { rows } = await sportello.deps.database.sql.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM events WHERE id = ANY($1::uuid[]) AND dispatched_at IS NULL)
              + (SELECT count(*) FROM pgboss.job WHERE name IN ($2, $3) AND data->>'eventId' = ANY($1::text[])
                   AND state::text IN ('created', 'retry', 'active')) AS n`,
        [eventIds, consumerQueue(TICKET_MAIL_CONSUMER), TICKET_MAIL_QUEUE],
      );
      return Number(rows[0]!.n) === 0;
    },
    20_000,
    'ticket mail jobs to finish',
  );
}

function ticket(reference: string, extra: Record<string, unknown> = {}) {
  return {
    ticketId: `0190f0f0-0000-7000-8000-${reference.replace(/\D/g, '').padStart(12, '0')}`,
    reference,
    title: 'Printer on fire',
    status: 'Open',
    macroStatus: 'open',
    priority: 'high',
    category: 'Hardware',
    ownerId: null,
    contactId: null,
    actor: { type: 'api', id: null },
    ...extra,
  };
}

async function accountWithUsers() {
  const account = await createTestAccount(sportello, { sandbox: false });
  const deps = sportello.deps;
  const tag = account.email.replace(/^admin-/, '');
  const italian = await createUser(deps, account.accountId, { email: `it-${tag}`, name: 'Giulia', password: 'correct horse battery', role: 'operator', language: 'it' });
  const switchedOff = await createUser(deps, account.accountId, { email: `off-${tag}`, name: 'Otto', password: 'correct horse battery', role: 'operator' });
  await updateUser(deps, account.accountId, switchedOff.id, { receiveTicketEmails: false });
  const disabled = await createUser(deps, account.accountId, { email: `gone-${tag}`, name: 'Dora', password: 'correct horse battery', role: 'operator' });
  await updateUser(deps, account.accountId, disabled.id, { disabled: true });
  return { account, italian, switchedOff, disabled };
}

describe('ticket e-mails over SMTP', () => {
  it('sends one e-mail per event to every active user with the switch on, in their language, and nobody else', async () => {
    const { account, italian, switchedOff, disabled } = await accountWithUsers();
    const other = await createTestAccount(sportello, { sandbox: false });
    const [opened] = await recordTicketEvents(account.accountId, [
      { type: 'ticket.created', payload: ticket('TK-000123', { ownerId: italian.id, actor: { type: 'operator', id: account.userId } }) },
    ]);
    await eventually(async () => smtp.forEvent(opened!).length >= 2, 20_000, 'the opening e-mails');
    await settled([opened!]);

    const mails = smtp.forEvent(opened!);
    expect(mails.map((m) => m.to).sort()).toEqual([[account.email], [italian.email]].sort());
    expect(mails.find((m) => m.to[0] === account.email)?.subject).toBe('[Sportello] TK-000123 · Printer on fire — opened');
    expect(mails.find((m) => m.to[0] === italian.email)?.subject).toBe('[Sportello] TK-000123 · Printer on fire — aperto');
    const everyone = smtp.received.flatMap((m) => m.to);
    expect(everyone).not.toContain(switchedOff.email);
    expect(everyone).not.toContain(disabled.email);
    expect(everyone).not.toContain(other.email);
  });

  it('mails a status change once, whether it comes with ticket.updated or alone', async () => {
    const { account, italian } = await accountWithUsers();
    const [updated, statusChanged] = await recordTicketEvents(account.accountId, [
      { type: 'ticket.updated', payload: ticket('TK-000124', { status: 'Resolved', changes: { status: { from: 'Open', to: 'Resolved' } } }) },
      { type: 'ticket.status_changed', payload: ticket('TK-000124', { status: 'Resolved', from: 'Open', to: 'Resolved', fromMacroStatus: 'open', toMacroStatus: 'terminated' }) },
    ]);
    const [alone] = await recordTicketEvents(account.accountId, [
      { type: 'ticket.status_changed', payload: ticket('TK-000125', { status: 'Closed', from: 'Open', to: 'Closed', fromMacroStatus: 'open', toMacroStatus: 'terminated' }) },
    ]);
    await eventually(async () => smtp.forEvent(updated!).length >= 2 && smtp.forEvent(alone!).length >= 2, 20_000, 'the status e-mails');
    await settled([updated!, statusChanged!, alone!]);

    expect(smtp.forEvent(updated!).map((m) => m.subject).sort()).toEqual([
      '[Sportello] TK-000124 · Printer on fire — stato cambiato in Risolto',
      '[Sportello] TK-000124 · Printer on fire — status changed to Resolved',
    ]);
    expect(smtp.forEvent(statusChanged!)).toEqual([]);
    expect(smtp.forEvent(alone!).map((m) => m.to[0]).sort()).toEqual([account.email, italian.email].sort());
    expect(smtp.forEvent(alone!).find((m) => m.to[0] === account.email)?.subject).toBe('[Sportello] TK-000125 · Printer on fire — status changed to Closed');
  });

  it('sends nothing twice when an event reaches the consumer again', async () => {
    const { account } = await accountWithUsers();
    const [eventId] = await recordTicketEvents(account.accountId, [{ type: 'ticket.updated', payload: ticket('TK-000126', { changes: { priority: { from: 'low', to: 'high' } } }) }]);
    await eventually(async () => smtp.forEvent(eventId!).length >= 2, 20_000, 'the first e-mails');
    await settled([eventId!]);

    // The dispatcher's at-least-once delivery: the same event handed to the consumer twice more.
    await sportello.deps.jobs.send(consumerQueue(TICKET_MAIL_CONSUMER), { eventId });
    await sportello.deps.jobs.send(consumerQueue(TICKET_MAIL_CONSUMER), { eventId });
    await eventually(
      async () => {
        const { rows } = await sportello.deps.database.sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'eventId' = $2 AND state = 'completed'`,
          [consumerQueue(TICKET_MAIL_CONSUMER), eventId],
        );
        return rows[0]!.n === 3;
      },
      20_000,
      'the replayed deliveries',
    );
    await settled([eventId!]);
    const { rows: jobs } = await sportello.deps.database.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'eventId' = $2`, [
      TICKET_MAIL_QUEUE,
      eventId,
    ]);
    expect(jobs[0]!.n).toBe(2);
    expect(smtp.forEvent(eventId!)).toHaveLength(2);
  });

  it('expands an event into jobs idempotently when called directly', async () => {
    const { account } = await accountWithUsers();
    const [eventId] = await recordTicketEvents(account.accountId, [{ type: 'ticket.created', payload: ticket('TK-000127') }]);
    await eventually(async () => smtp.forEvent(eventId!).length >= 2, 20_000, 'the e-mails');
    await settled([eventId!]);
    const { rows } = await sportello.deps.database.sql.query<{ id: string; account_id: string; type: EventType; payload: Record<string, unknown>; created_at: Date }>(
      'SELECT id, account_id, type, payload, created_at FROM events WHERE id = $1',
      [eventId],
    );
    const row = rows[0]!;
    await enqueueTicketMails(sportello.deps, { id: row.id, accountId: row.account_id, type: row.type, payload: row.payload, createdAt: new Date(row.created_at) });
    await settled([eventId!]);
    expect(smtp.forEvent(eventId!)).toHaveLength(2);
  });

  it('keeps mail refused by the SMTP server and delivers it once the server accepts again, without slowing the API', async () => {
    const { account } = await accountWithUsers();
    smtp.refusing = true;
    smtp.refused = 0;
    try {
      const [eventId] = await recordTicketEvents(account.accountId, [{ type: 'ticket.created', payload: ticket('TK-000128') }]);
      await eventually(async () => smtp.refused >= 2, 20_000, 'a refused attempt');
      const started = Date.now();
      const me = await account.api.get('/api/v1/me');
      expect(me.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(smtp.forEvent(eventId!)).toEqual([]);
      smtp.refusing = false;
      await eventually(async () => smtp.forEvent(eventId!).length >= 2, 30_000, 'the delayed e-mails');
      await settled([eventId!]);
      expect(smtp.forEvent(eventId!)).toHaveLength(2);
    } finally {
      smtp.refusing = false;
    }
  });

  it('delivers mail that was due while the SMTP server was down', async () => {
    const { account } = await accountWithUsers();
    await smtp.stop();
    let restarted = false;
    try {
      const [eventId] = await recordTicketEvents(account.accountId, [{ type: 'ticket.created', payload: ticket('TK-000129') }]);
      await eventually(
        async () => {
          const { rows } = await sportello.deps.database.sql.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'eventId' = $2 AND state = 'retry' AND retry_count >= 1`,
            [TICKET_MAIL_QUEUE, eventId],
          );
          return rows[0]!.n >= 1;
        },
        20_000,
        'a failed attempt waiting for its retry',
      );
      const me = await account.api.get('/api/v1/me');
      expect(me.status).toBe(200);
      await smtp.start();
      restarted = true;
      await eventually(async () => smtp.forEvent(eventId!).length >= 2, 30_000, 'the delayed e-mails');
      await settled([eventId!]);
      expect(smtp.forEvent(eventId!)).toHaveLength(2);
    } finally {
      if (!restarted) await smtp.start();
    }
  });
});
