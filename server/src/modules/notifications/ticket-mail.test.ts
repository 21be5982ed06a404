import { describe, expect, it } from 'vitest';
import { readTicketNotice, renderTicketMail, type TicketMailContext } from './ticket-mail.ts';

const base = {
  ticketId: '0190f0f0-0000-7000-8000-000000000001',
  reference: 'TK-000123',
  title: 'Printer <on> fire',
  status: 'Open',
  macroStatus: 'open',
  priority: 'high',
  category: 'Hardware',
  ownerId: 'u-owner',
  contactId: 'c-1',
  actor: { type: 'operator', id: 'u-actor' },
};

function context(language: string, overrides: Partial<TicketMailContext> = {}): TicketMailContext {
  return {
    recipient: { name: 'Eva', language },
    userNames: new Map([
      ['u-owner', 'Olga Owner'],
      ['u-actor', 'Aldo Actor'],
      ['u-new', 'Nina New'],
    ]),
    ticketUrl: null,
    ...overrides,
  };
}

function render(type: string, payload: Record<string, unknown>, language = 'en', overrides: Partial<TicketMailContext> = {}) {
  const notice = readTicketNotice({ type: type as never, payload });
  if (!notice) throw new Error('not a ticket notice');
  return renderTicketMail(notice, context(language, overrides));
}

describe('ticket e-mails', () => {
  it('names the ticket, what happened and who did it, in the recipient language', () => {
    const en = render('ticket.created', base);
    expect(en.subject).toBe('[Sportello] TK-000123 · Printer <on> fire — opened');
    expect(en.text).toContain('Hello Eva,');
    expect(en.text).toContain('Ticket TK-000123 “Printer <on> fire” was opened by Aldo Actor.');
    expect(en.text).toContain('- Owner: Olga Owner');
    expect(en.text).toContain('- Priority: High');

    const it_ = render('ticket.created', base, 'it');
    expect(it_.subject).toBe('[Sportello] TK-000123 · Printer <on> fire — aperto');
    expect(it_.text).toContain('Il ticket TK-000123 “Printer <on> fire” è stato aperto da Aldo Actor.');
    expect(it_.text).toContain('- Priorità: Alta');

    const es = render('ticket.created', base, 'es');
    expect(es.subject).toBe('[Sportello] TK-000123 · Printer <on> fire — abierto');
    expect(es.text).toContain('El ticket TK-000123 “Printer <on> fire” fue abierto por Aldo Actor.');
  });

  it('escapes HTML and links the ticket when the public URL is known', () => {
    const mail = render('ticket.created', base, 'en', { ticketUrl: 'https://desk.example/tickets/1?a=1&b=2' });
    expect(mail.html).toContain('Printer &lt;on&gt; fire');
    expect(mail.html).not.toContain('<on>');
    expect(mail.html).toContain('href="https://desk.example/tickets/1?a=1&amp;b=2"');
    expect(mail.text).toContain('Open the ticket: https://desk.example/tickets/1?a=1&b=2');
  });

  it('puts a status change in the subject and lists every change with old and new value', () => {
    const payload = {
      ...base,
      status: 'Resolved',
      changes: { status: { from: 'Open', to: 'Resolved' }, ownerId: { from: 'u-owner', to: 'u-new' }, priority: { from: 'low', to: 'urgent' } },
      actor: { type: 'api', id: 'key-1' },
    };
    const en = render('ticket.updated', payload);
    expect(en.subject).toBe('[Sportello] TK-000123 · Printer <on> fire — status changed to Resolved');
    expect(en.text).toContain('was updated through the API.');
    expect(en.text).toContain('- Status: Open → Resolved');
    expect(en.text).toContain('- Owner: Olga Owner → Nina New');
    expect(en.text).toContain('- Priority: Low → Urgent');
    const it_ = render('ticket.updated', payload, 'it');
    expect(it_.subject).toBe('[Sportello] TK-000123 · Printer <on> fire — stato cambiato in Risolto');
    expect(it_.text).toContain("è stato aggiornato tramite l'API.");
    expect(it_.text).toContain('- Stato: Aperto → Risolto');
  });

  it('reads a status change from its own event, macro-status included', () => {
    const mail = render('ticket.status_changed', { ...base, from: 'In progress', to: 'Closed', fromMacroStatus: 'in_progress', toMacroStatus: 'terminated', actor: { type: 'automation', id: 'a1' } }, 'es');
    expect(mail.subject).toBe('[Sportello] TK-000123 · Printer <on> fire — estado cambiado a Cerrado');
    expect(mail.text).toContain('- Estado: En curso → Cerrado');
    expect(mail.text).toContain('- Fase: En curso → Cerrado');
    expect(mail.text).toContain('por una automatización');
  });

  it('keeps custom statuses and unknown fields as they are, and tolerates a bare payload', () => {
    const custom = render('ticket.updated', { ticketId: 't-1', changes: { status: { from: 'Open', to: 'Parts ordered' }, warranty: { from: null, to: true } } });
    expect(custom.subject).toBe('[Sportello] t-1 — status changed to Parts ordered');
    expect(custom.text).toContain('- warranty: (none) → true');
    expect(custom.text).toContain('by Sportello');
    expect(readTicketNotice({ type: 'ticket.updated', payload: {} })).toBeNull();
    expect(readTicketNotice({ type: 'contact.created', payload: { ticketId: 'x' } })).toBeNull();
  });

  it('shows an added note', () => {
    const mail = render('ticket.note_added', { ...base, note: { text: 'Called the customer back' } });
    expect(mail.subject).toBe('[Sportello] TK-000123 · Printer <on> fire — note added');
    expect(mail.text).toContain('Note:\nCalled the customer back');
  });
});
