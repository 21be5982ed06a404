import { describe, expect, it } from 'vitest';
import { validateSendBody, type SendValidation } from './validate-send.ts';

const base = { messaging_product: 'whatsapp', to: '+393331234567' };

function fault(result: SendValidation) {
  if (result.ok) throw new Error(`expected a fault, got ${JSON.stringify(result.send)}`);
  return result.fault;
}

function accepted(result: SendValidation) {
  if (!result.ok) throw new Error(`expected acceptance, got ${JSON.stringify(result.fault)}`);
  return result.send;
}

describe('the envelope', () => {
  it('accepts a text message and keeps `to` as given next to its wa_id', () => {
    const send = accepted(validateSendBody({ ...base, type: 'text', text: { body: 'Ciao' } }));
    expect(send).toEqual({ kind: 'message', input: '+393331234567', waId: '393331234567', type: 'text' });
  });

  it('treats a missing type as text, as Meta does', () => {
    expect(accepted(validateSendBody({ ...base, text: { body: 'x' } }))).toMatchObject({ type: 'text' });
  });

  it('requires messaging_product "whatsapp" with code 100', () => {
    expect(fault(validateSendBody({ to: '39333', text: { body: 'x' } }))).toMatchObject({
      code: 100,
      message: '(#100) The parameter messaging_product is required.',
    });
    expect(fault(validateSendBody({ ...base, messaging_product: 'sms', text: { body: 'x' } })).code).toBe(100);
    expect(fault(validateSendBody('not an object')).code).toBe(100);
  });

  it('requires `to` made of digits with an optional leading +', () => {
    expect(fault(validateSendBody({ messaging_product: 'whatsapp', text: { body: 'x' } }))).toMatchObject({
      code: 100,
      message: '(#100) The parameter to is required.',
    });
    for (const to of ['39 333 1234567', 'abc', '++39333123', '123', 393331234567]) {
      expect(fault(validateSendBody({ ...base, to, text: { body: 'x' } })).code).toBe(100);
    }
    expect(accepted(validateSendBody({ ...base, to: '393331234567', text: { body: 'x' } }))).toMatchObject({ waId: '393331234567' });
  });

  it('refuses unknown types, group recipients and oversized callback data', () => {
    expect(fault(validateSendBody({ ...base, type: 'fax' })).code).toBe(100);
    expect(fault(validateSendBody({ ...base, recipient_type: 'group', text: { body: 'x' } })).code).toBe(100);
    expect(fault(validateSendBody({ ...base, text: { body: 'x' }, biz_opaque_callback_data: 'x'.repeat(513) })).code).toBe(100);
    expect(accepted(validateSendBody({ ...base, text: { body: 'x' }, biz_opaque_callback_data: 'run-1' }))).toMatchObject({
      bizOpaqueCallbackData: 'run-1',
    });
  });

  it('checks a reply context', () => {
    expect(fault(validateSendBody({ ...base, text: { body: 'x' }, context: {} })).code).toBe(100);
    accepted(validateSendBody({ ...base, text: { body: 'x' }, context: { message_id: 'wamid.A' } }));
  });
});

describe('text', () => {
  it('limits the body to 4096 characters, counting an emoji as one', () => {
    accepted(validateSendBody({ ...base, text: { body: 'a'.repeat(4096) } }));
    accepted(validateSendBody({ ...base, text: { body: '😀'.repeat(4096) } }));
    expect(fault(validateSendBody({ ...base, text: { body: 'a'.repeat(4097) } }))).toMatchObject({
      code: 100,
      message: "(#100) Param text['body'] must be at most 4096 characters long.",
    });
  });

  it('requires a body string', () => {
    expect(fault(validateSendBody({ ...base, type: 'text' })).code).toBe(100);
    expect(fault(validateSendBody({ ...base, text: {} })).message).toBe("(#100) The parameter text['body'] is required.");
    expect(fault(validateSendBody({ ...base, text: { body: 42 } })).code).toBe(100);
  });
});

describe('media', () => {
  it('needs exactly one of id and link', () => {
    accepted(validateSendBody({ ...base, type: 'image', image: { id: '1037543291543636' } }));
    accepted(validateSendBody({ ...base, type: 'image', image: { link: 'https://example.com/a.jpg', caption: 'A' } }));
    expect(fault(validateSendBody({ ...base, type: 'image', image: { caption: 'A' } })).code).toBe(131008);
    expect(fault(validateSendBody({ ...base, type: 'image', image: { id: '1', link: 'https://example.com/a.jpg' } })).code).toBe(131009);
    expect(fault(validateSendBody({ ...base, type: 'video', video: { link: 'ftp://example.com/a.mp4' } })).code).toBe(131009);
  });

  it('takes no caption on audio and stickers, and a filename only on documents', () => {
    expect(fault(validateSendBody({ ...base, type: 'audio', audio: { id: '1', caption: 'x' } })).code).toBe(100);
    expect(fault(validateSendBody({ ...base, type: 'sticker', sticker: { id: '1', caption: 'x' } })).code).toBe(100);
    expect(fault(validateSendBody({ ...base, type: 'image', image: { id: '1', filename: 'a.jpg' } })).code).toBe(100);
    accepted(validateSendBody({ ...base, type: 'document', document: { id: '1', filename: 'invoice.pdf', caption: 'Invoice' } }));
  });
});

describe('location, contacts, reaction', () => {
  it('requires coordinates in range', () => {
    accepted(validateSendBody({ ...base, type: 'location', location: { latitude: 45.46, longitude: '9.19', name: 'Duomo' } }));
    expect(fault(validateSendBody({ ...base, type: 'location', location: { longitude: 9 } })).code).toBe(131008);
    expect(fault(validateSendBody({ ...base, type: 'location', location: { latitude: 91, longitude: 9 } })).code).toBe(131009);
  });

  it('requires a formatted name for each contact', () => {
    accepted(validateSendBody({ ...base, type: 'contacts', contacts: [{ name: { formatted_name: 'Ana', first_name: 'Ana' } }] }));
    expect(fault(validateSendBody({ ...base, type: 'contacts', contacts: [{ name: { first_name: 'Ana' } }] })).code).toBe(131008);
    expect(fault(validateSendBody({ ...base, type: 'contacts', contacts: [] })).code).toBe(131009);
  });

  it('takes one emoji, or an empty one to remove a reaction', () => {
    for (const emoji of ['👍', '❤️', '🇮🇹', '👍🏽', '']) {
      accepted(validateSendBody({ ...base, type: 'reaction', reaction: { message_id: 'wamid.A', emoji } }));
    }
    expect(fault(validateSendBody({ ...base, type: 'reaction', reaction: { message_id: 'wamid.A', emoji: 'ok' } })).code).toBe(131009);
    expect(fault(validateSendBody({ ...base, type: 'reaction', reaction: { message_id: 'wamid.A', emoji: '👍👍' } })).code).toBe(131009);
    expect(fault(validateSendBody({ ...base, type: 'reaction', reaction: { emoji: '👍' } })).code).toBe(131008);
  });
});

describe('template', () => {
  it('requires a name and a language code', () => {
    expect(fault(validateSendBody({ ...base, type: 'template', template: { language: { code: 'it' } } })).code).toBe(131008);
    expect(fault(validateSendBody({ ...base, type: 'template', template: { name: 'hello' } })).code).toBe(131008);
    expect(fault(validateSendBody({ ...base, type: 'template', template: { name: 'hello', language: {} } })).code).toBe(131008);
  });

  it('counts the parameters of each component', () => {
    const send = accepted(
      validateSendBody({
        ...base,
        type: 'template',
        template: {
          name: 'order_update',
          language: { code: 'en_US' },
          components: [
            { type: 'header', parameters: [{ type: 'image', image: { id: '1234' } }] },
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'Ana' },
                { type: 'currency', currency: { fallback_value: '$10.00', code: 'USD', amount_1000: 10000 } },
              ],
            },
            { type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: 'TRACK' }] },
          ],
        },
      }),
    );
    expect(send).toMatchObject({
      template: { name: 'order_update', languageCode: 'en_US', parameterCounts: { header: 1, body: 2, 'button:0': 1 } },
    });
  });

  it('refuses named and positional parameters mixed, and malformed parameters', () => {
    const template = (parameters: unknown[]) => ({
      ...base,
      type: 'template',
      template: { name: 't', language: { code: 'it' }, components: [{ type: 'body', parameters }] },
    });
    expect(fault(validateSendBody(template([{ type: 'text', text: 'a', parameter_name: 'first_name' }, { type: 'text', text: 'b' }]))).code).toBe(131009);
    expect(fault(validateSendBody(template([{ type: 'text' }]))).code).toBe(131008);
    expect(fault(validateSendBody(template([{ text: 'a' }]))).code).toBe(131008);
    accepted(validateSendBody(template([{ type: 'text', text: 'a', parameter_name: 'first_name' }])));
  });
});

describe('mark as read', () => {
  it('is told apart by its status field', () => {
    expect(accepted(validateSendBody({ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.X' }))).toEqual({
      kind: 'mark_read',
      messageId: 'wamid.X',
    });
    accepted(validateSendBody({ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.X', typing_indicator: { type: 'text' } }));
    expect(fault(validateSendBody({ messaging_product: 'whatsapp', status: 'read' })).code).toBe(100);
    expect(fault(validateSendBody({ messaging_product: 'whatsapp', status: 'delivered', message_id: 'wamid.X' })).code).toBe(100);
  });
});
