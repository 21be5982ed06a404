import { describe, expect, it } from 'vitest';
import { serializeLikeMeta } from '../lib/hub-signature.ts';
import { webhookErrorObject } from './graph-errors.ts';
import { buildInboundMessage } from './inbound-message.ts';
import { buildInboundWebhook, buildStatusWebhook, pricingFor, unixSeconds } from './webhook-payloads.ts';

const business = { phoneNumberId: '106540352242922', wabaId: '102290129340398', displayPhoneNumber: '+1 555-078-3881' };
const at = new Date('2025-06-25T13:16:24.900Z');

describe('status webhooks', () => {
  it("build Meta's envelope with pricing and the echoed callback data", () => {
    const payload = buildStatusWebhook(business, {
      messageId: 'wamid.OUT1',
      status: 'sent',
      at,
      recipientWaId: '16505551234',
      pricing: pricingFor(undefined),
      bizOpaqueCallbackData: 'msg-42',
    });
    expect(payload).toEqual({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
                statuses: [
                  {
                    id: 'wamid.OUT1',
                    status: 'sent',
                    timestamp: '1750857384',
                    recipient_id: '16505551234',
                    pricing: { billable: false, pricing_model: 'PMP', type: 'free_customer_service', category: 'service' },
                    biz_opaque_callback_data: 'msg-42',
                  },
                ],
              },
            },
          ],
        },
      ],
    });
  });

  it('carry errors only on failed, and never pricing there', () => {
    const failed = buildStatusWebhook(business, {
      messageId: 'wamid.OUT9',
      status: 'failed',
      at,
      recipientWaId: '16505551234',
      pricing: pricingFor(undefined),
      error: webhookErrorObject(131047),
    });
    const status = failed.entry[0]?.changes[0]?.value.statuses as Array<Record<string, unknown>>;
    expect(status[0]).toEqual({
      id: 'wamid.OUT9',
      status: 'failed',
      timestamp: '1750857384',
      recipient_id: '16505551234',
      errors: [webhookErrorObject(131047)],
    });
    const read = buildStatusWebhook(business, { messageId: 'wamid.OUT1', status: 'read', at, recipientWaId: '1', error: webhookErrorObject(131047) });
    expect(read.entry[0]?.changes[0]?.value.statuses).toEqual([{ id: 'wamid.OUT1', status: 'read', timestamp: '1750857384', recipient_id: '1' }]);
  });

  it('bill templates by category', () => {
    expect(pricingFor('MARKETING')).toEqual({ billable: true, pricing_model: 'PMP', type: 'regular', category: 'marketing' });
  });

  it('use Unix seconds as strings', () => {
    expect(unixSeconds(at)).toBe('1750857384');
    expect(unixSeconds(1_750_857_384_999)).toBe('1750857384');
  });
});

describe('inbound webhooks', () => {
  const fields = { from: '16505551234', id: 'wamid.IN1', at };
  const messageOf = (payload: ReturnType<typeof buildInboundWebhook>) => (payload.entry[0]?.changes[0]?.value.messages as unknown[])[0];

  it('name the sender in contacts and carry the message', () => {
    const message = buildInboundMessage({ kind: 'text', text: 'Does it come in another color?' }, fields);
    const payload = buildInboundWebhook(business, { waId: '16505551234', name: 'Sheena Nelson' }, message);
    expect(payload.entry[0]?.changes[0]?.value).toEqual({
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
      contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: '16505551234' }],
      messages: [{ from: '16505551234', id: 'wamid.IN1', timestamp: '1750857384', type: 'text', text: { body: 'Does it come in another color?' } }],
    });
    expect(messageOf(payload)).toBe(message);
  });

  it('turn button and list taps into interactive replies quoting the business message', () => {
    const context = { from: '15550783881', id: 'wamid.OUT1' };
    expect(buildInboundMessage({ kind: 'buttonReply', id: 'confirm', title: 'Yes' }, { ...fields, context })).toEqual({
      context,
      from: '16505551234',
      id: 'wamid.IN1',
      timestamp: '1750857384',
      type: 'interactive',
      interactive: { type: 'button_reply', button_reply: { id: 'confirm', title: 'Yes' } },
    });
    expect(buildInboundMessage({ kind: 'listReply', id: 'priority', title: 'Priority', description: 'Next day' }, { ...fields, context })).toMatchObject({
      type: 'interactive',
      interactive: { type: 'list_reply', list_reply: { id: 'priority', title: 'Priority', description: 'Next day' } },
      context,
    });
    expect(buildInboundMessage({ kind: 'templateButton', text: 'Track', payload: 'TRACK_1234' }, { ...fields, context })).toMatchObject({
      type: 'button',
      button: { text: 'Track', payload: 'TRACK_1234' },
      context,
    });
  });

  it('give media an id, a MIME type and a sha256', () => {
    const image = buildInboundMessage({ kind: 'image', caption: 'Il pacco' }, fields);
    expect(image).toMatchObject({ type: 'image', image: { caption: 'Il pacco', mime_type: 'image/jpeg' } });
    const media = (image as { image: { id: string; sha256: string } }).image;
    expect(media.id).toMatch(/^\d{16}$/);
    expect(Buffer.from(media.sha256, 'base64')).toHaveLength(32);
    expect(buildInboundMessage({ kind: 'document', filename: 'fattura.pdf' }, fields)).toMatchObject({
      document: { filename: 'fattura.pdf', mime_type: 'application/pdf' },
    });
    expect(buildInboundMessage({ kind: 'audio' }, fields)).toMatchObject({ audio: { mime_type: 'audio/ogg; codecs=opus', voice: true } });
    expect(buildInboundMessage({ kind: 'sticker' }, fields)).toMatchObject({ sticker: { mime_type: 'image/webp', animated: false } });
  });

  it('carry locations, contacts and reactions (reactions without context)', () => {
    expect(buildInboundMessage({ kind: 'location', latitude: 45.46, longitude: 9.19, name: 'Duomo' }, fields)).toMatchObject({
      type: 'location',
      location: { latitude: 45.46, longitude: 9.19, name: 'Duomo' },
    });
    const contacts = [{ name: { formatted_name: 'Ana' }, phones: [{ phone: '+39 333', wa_id: '39333' }] }];
    expect(buildInboundMessage({ kind: 'contacts', contacts }, fields)).toMatchObject({ type: 'contacts', contacts });
    const reaction = buildInboundMessage({ kind: 'reaction', messageId: 'wamid.OUT1', emoji: '👍' }, { ...fields, context: { from: '1', id: 'x' } });
    expect(reaction).toEqual({
      from: '16505551234',
      id: 'wamid.IN1',
      timestamp: '1750857384',
      type: 'reaction',
      reaction: { message_id: 'wamid.OUT1', emoji: '👍' },
    });
  });

  it('serialise with non-ASCII escaped, as Meta signs them', () => {
    const message = buildInboundMessage({ kind: 'text', text: 'Caffè ☕' }, fields);
    const raw = serializeLikeMeta(buildInboundWebhook(business, { waId: '16505551234', name: 'Zoë' }, message));
    expect(raw).toContain('"name":"Zo\\u00eb"');
    expect(raw).toContain('"body":"Caff\\u00e8 \\u2615"');
    expect(/[\u0080-\uffff]/.test(raw)).toBe(false);
  });
});
