import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/load.ts';
import { parseWebhook, readEnvelope } from './webhook-payload.ts';

describe('parseWebhook (recorded Cloud API payloads)', () => {
  it('reads an inbound text with the profile name and time', () => {
    const parsed = parseWebhook(fixture('inbound-text'));
    expect(parsed.messages).toEqual([
      expect.objectContaining({
        phoneNumberId: '106540352242922',
        from: '16505551234',
        profileName: 'Sheena Nelson',
        type: 'text',
        text: 'Does it come in another color?',
        sentAt: new Date(1749416383 * 1000),
        contextWaMessageId: null,
      }),
    ]);
    expect(parsed.messages[0]!.waMessageId).toMatch(/^wamid\./);
    expect(parsed.statuses).toEqual([]);
  });

  it.each([
    ['inbound-interactive-button', 'interactive', 'Yes', 'wamid.OUT1'],
    ['inbound-interactive-list', 'interactive', 'Priority Mail Express', 'wamid.OUT2'],
    ['inbound-template-button', 'button', 'Track', 'wamid.OUT3'],
    ['inbound-image', 'image', 'Il pacco è arrivato così', null],
    ['inbound-document', 'document', 'fattura.pdf', null],
    ['inbound-audio', 'audio', null, null],
    ['inbound-location', 'location', 'Duomo, Piazza del Duomo, Milano', null],
    ['inbound-contacts', 'contacts', 'Mario Rossi', null],
    ['inbound-reaction', 'reaction', '👍', null],
    ['inbound-unsupported', 'unsupported', null, null],
  ])('reads %s', (name, type, text, context) => {
    const [message] = parseWebhook(fixture(name)).messages;
    expect(message).toMatchObject({ type, text, contextWaMessageId: context });
    expect(message!.raw.type).toBe(type);
  });

  it('reads sent, delivered and read statuses with the echoed callback data', () => {
    const sent = parseWebhook(fixture('status-sent')).statuses[0]!;
    expect(sent).toEqual({
      phoneNumberId: '106540352242922',
      waMessageId: 'wamid.OUT1',
      status: 'sent',
      at: new Date(1750857384 * 1000),
      recipientId: '16505551234',
      callbackData: '0190d7e0-0000-7000-8000-000000000001',
      error: null,
    });
    expect(parseWebhook(fixture('status-delivered')).statuses[0]!.status).toBe('delivered');
    expect(parseWebhook(fixture('status-read')).statuses[0]!.status).toBe('read');
  });

  it('reads a failed status with its error code, title and details', () => {
    const failed = parseWebhook(fixture('status-failed-131047')).statuses[0]!;
    expect(failed.status).toBe('failed');
    expect(failed.error).toEqual({
      code: 131047,
      title: 'Re-engagement message',
      details: 'More than 24 hours have passed since the recipient last replied to the sender number.',
    });
  });

  it('reads errors that belong to no message', () => {
    expect(parseWebhook(fixture('value-errors-130429')).errors).toEqual([
      expect.objectContaining({ code: 130429, title: 'Rate limit hit', phoneNumberId: '106540352242922' }),
    ]);
  });

  it('keeps changes of other fields aside', () => {
    const parsed = parseWebhook(fixture('template-status-update'));
    expect(parsed.messages).toEqual([]);
    expect(parsed.otherChanges[0]!.field).toBe('message_template_status_update');
  });

  it('skips a malformed change but keeps the good ones', () => {
    const good = fixture<{ entry: Array<{ changes: unknown[] }> }>('inbound-text');
    good.entry[0]!.changes.push({ field: 'messages', value: { metadata: {} } });
    expect(parseWebhook(good).messages).toHaveLength(1);
    expect(parseWebhook({ nope: true })).toEqual({ messages: [], statuses: [], errors: [], otherChanges: [] });
  });

  it('finds the phone number ids before verification', () => {
    expect(readEnvelope(fixture('status-sent'))).toEqual({ whatsapp: true, phoneNumberIds: ['106540352242922'] });
    expect(readEnvelope({ object: 'page', entry: [] })).toEqual({ whatsapp: false, phoneNumberIds: [] });
    expect(readEnvelope({ object: 'whatsapp_business_account', entry: [{ changes: [null, { value: 3 }] }] })).toEqual({ whatsapp: true, phoneNumberIds: [] });
    expect(readEnvelope({ object: 'page' })).toBeNull();
    expect(readEnvelope([1, 2])).toBeNull();
    expect(readEnvelope('text')).toBeNull();
  });
});
