import { describe, expect, it } from 'vitest';
import { ZOutboundContent } from '../channels/outbound-content.ts';
import { ZStepMessage } from './definition.ts';
import { flattenData, placeholderKey, placeholderValues, renderMessage, renderTemplateComponents, renderText } from './placeholders.ts';

const contact = (over: Partial<Parameters<typeof placeholderValues>[0]['contact']> = {}) => ({
  name: 'Maria Grazia Rossi',
  phone: '+393331234567',
  email: 'maria@example.com',
  language: 'it',
  fields: {},
  ...over,
});

const ticket = { reference: 'T-42', title: 'Broken router', status: 'Open', priority: 'high', category: null };

describe('renderText', () => {
  const values = { NAME: 'Maria', CITY: 'Roma', EMPTY: '' };

  it.each([
    ['Ciao %%NAME%%!', 'Ciao Maria!'],
    ['%%name%% from %%City%%', 'Maria from Roma'],
    ['%%NAME%%%%CITY%%', 'MariaRoma'],
    ['unknown: [%%NOPE%%]', 'unknown: []'],
    ['empty: [%%EMPTY%%]', 'empty: []'],
    ['100%% sure', '100%% sure'],
    ['%%', '%%'],
    ['%%%%', '%%%%'],
    ['%%NAME', '%%NAME'],
    ['NAME%%', 'NAME%%'],
    ['%%NAME%%%%', 'Maria%%'],
    ['%%NA ME%%', '%%NA ME%%'],
    ['%%NA-ME%%', '%%NA-ME%%'],
    ['50% off %%NAME%%', '50% off Maria'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(renderText(text, values)).toBe(expected);
  });

  it('does not expand placeholders inside values, nor treat $ patterns specially', () => {
    expect(renderText('Hi %%NAME%%', { NAME: '%%PHONE%%', PHONE: '+39' })).toBe('Hi %%PHONE%%');
    expect(renderText('Hi %%NAME%%', { NAME: "$& $1 $$ $'" })).toBe("Hi $& $1 $$ $'");
  });

  it('never reads inherited object properties as values', () => {
    expect(renderText('[%%CONSTRUCTOR%%][%%__PROTO__%%][%%toString%%]', {})).toBe('[][][]');
  });
});

describe('flattenData', () => {
  it('upper-cases keys, flattens nested objects with _ and joins arrays', () => {
    expect(
      flattenData({
        order: { id: 5, total: 12.5, paid: true, shipping: { city: 'Roma' } },
        items: ['a', 'b', 3],
        note: null,
        skipped: undefined,
        'tracking-code': 'XY',
        città: 'Milano',
      }),
    ).toEqual({
      ORDER_ID: '5',
      ORDER_TOTAL: '12.5',
      ORDER_PAID: 'true',
      ORDER_SHIPPING_CITY: 'Roma',
      ITEMS: 'a, b, 3',
      NOTE: '',
      SKIPPED: '',
      TRACKING_CODE: 'XY',
      CITTA: 'Milano',
    });
  });

  it('writes objects inside arrays as JSON and empty objects as nothing', () => {
    expect(flattenData({ lines: [{ sku: 'A' }, 'b'], empty: {} })).toEqual({ LINES: '{"sku":"A"}, b' });
  });

  it('stops flattening very deep data and writes the rest as JSON', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 20; i++) deep = { d: deep };
    const flat = flattenData(deep);
    expect(Object.keys(flat)).toHaveLength(1);
    const [key, value] = Object.entries(flat)[0]!;
    expect(key).toMatch(/^D(_D)+$/);
    expect(value).toContain('"leaf":1');
  });

  it('derives placeholder keys', () => {
    expect(placeholderKey('order.id')).toBe('ORDER_ID');
    expect(placeholderKey('Çà')).toBe('CA');
  });
});

describe('placeholderValues', () => {
  it('gives the built-ins', () => {
    const values = placeholderValues({ contact: contact() });
    expect(values).toMatchObject({
      NAME: 'Maria Grazia Rossi',
      FIRST_NAME: 'Maria',
      LAST_NAME: 'Grazia Rossi',
      PHONE: '+393331234567',
      EMAIL: 'maria@example.com',
      LANGUAGE: 'it',
    });
  });

  it.each([
    [null, '', '', ''],
    ['', '', '', ''],
    ['   ', '', '', ''],
    ['Cher', 'Cher', 'Cher', ''],
    ['  Anna   Bianchi  ', 'Anna   Bianchi', 'Anna', 'Bianchi'],
  ])('name %j → NAME %j, FIRST_NAME %j, LAST_NAME %j', (name, full, first, last) => {
    const values = placeholderValues({ contact: contact({ name, email: null, language: null }) });
    expect(values).toMatchObject({ NAME: full, FIRST_NAME: first, LAST_NAME: last, EMAIL: '', LANGUAGE: '' });
  });

  it('gives dynamic fields through fieldValueText', () => {
    const values = placeholderValues({ contact: contact({ fields: { CITY: 'Roma', AGE: 41, VIP: false, BIRTHDAY: '1983-05-02', GONE: null } }) });
    expect(values).toMatchObject({ CITY: 'Roma', AGE: '41', VIP: 'false', BIRTHDAY: '1983-05-02', GONE: '' });
  });

  it('gives ticket values only with a ticket', () => {
    expect(placeholderValues({ contact: contact(), ticket })).toMatchObject({
      TICKET_REFERENCE: 'T-42',
      TICKET_TITLE: 'Broken router',
      TICKET_STATUS: 'Open',
      TICKET_PRIORITY: 'high',
      TICKET_CATEGORY: '',
    });
    expect(placeholderValues({ contact: contact(), ticket: null })).not.toHaveProperty('TICKET_REFERENCE');
  });

  it('gives run data, flattened', () => {
    const values = placeholderValues({ contact: contact(), runData: { order: { id: 5 }, tags: ['x', 'y'] } });
    expect(values).toMatchObject({ ORDER_ID: '5', TAGS: 'x, y' });
  });

  describe('precedence: run data < contact fields < ticket < built-ins', () => {
    it('built-ins win over run data of the same key', () => {
      const values = placeholderValues({ contact: contact(), runData: { name: 'Mallory', phone: '+1555', first_name: 'X' } });
      expect(values).toMatchObject({ NAME: 'Maria Grazia Rossi', PHONE: '+393331234567', FIRST_NAME: 'Maria' });
    });

    it('the ticket wins over run data TICKET_* keys, which fill in when there is no ticket', () => {
      const runData = { ticket_reference: 'T-7', ticket: { title: 'From the payload' } };
      expect(placeholderValues({ contact: contact(), ticket, runData })).toMatchObject({ TICKET_REFERENCE: 'T-42', TICKET_TITLE: 'Broken router' });
      expect(placeholderValues({ contact: contact(), runData })).toMatchObject({ TICKET_REFERENCE: 'T-7', TICKET_TITLE: 'From the payload' });
    });

    it('a contact field wins over run data of the same key', () => {
      const values = placeholderValues({ contact: contact({ fields: { CITY: 'Roma' } }), runData: { city: 'Milano', zip: '00100' } });
      expect(values).toMatchObject({ CITY: 'Roma', ZIP: '00100' });
    });
  });
});

describe('renderMessage', () => {
  const values = { NAME: 'Maria', ORDER_ID: '5', LONG: 'x'.repeat(5000), EMPTY: '' };

  it('renders a text message and keeps previewUrl', () => {
    expect(renderMessage({ type: 'text', text: 'Hi %%NAME%%, order %%ORDER_ID%%', previewUrl: true }, values)).toEqual({
      type: 'text',
      text: 'Hi Maria, order 5',
      previewUrl: true,
    });
    expect(renderMessage({ type: 'text', text: '%%LONG%%' }, values)).toEqual({ type: 'text', text: 'x'.repeat(4096) });
  });

  it('renders buttons, gives them reply ids and drops their exits', () => {
    const message = ZStepMessage.parse({
      type: 'buttons',
      text: 'Hi %%NAME%%, is order %%ORDER_ID%% fine?',
      header: 'Order %%ORDER_ID%%',
      footer: '%%EMPTY%%',
      buttons: [
        { title: 'Yes %%NAME%%', next: 'thanks' },
        { id: 'no', title: 'No', next: 'sorry' },
        { title: '%%LONG%%' },
      ],
    });
    const content = renderMessage(message, values);
    expect(content).toEqual({
      type: 'buttons',
      text: 'Hi Maria, is order 5 fine?',
      header: 'Order 5',
      buttons: [
        { id: 'yes_name', title: 'Yes Maria' },
        { id: 'no', title: 'No' },
        { id: 'long', title: 'x'.repeat(20) },
      ],
    });
    expect(ZOutboundContent.safeParse(content).success).toBe(true);
  });

  it('cuts the body of a buttons message to 1024', () => {
    const content = renderMessage({ type: 'buttons', text: '%%LONG%%', buttons: [{ title: 'Ok' }] }, values);
    expect(content.type === 'buttons' && content.text).toHaveLength(1024);
  });

  it('renders lists, gives rows their ids and cuts to the limits', () => {
    const message = ZStepMessage.parse({
      type: 'list',
      text: 'Choose, %%NAME%%',
      header: 'Menu',
      footer: 'Order %%ORDER_ID%%',
      buttonText: 'Options %%LONG%%',
      sections: [
        { title: 'For %%NAME%% %%LONG%%', rows: [{ title: 'Track %%ORDER_ID%%', description: '%%LONG%%', next: 'track' }] },
        { title: '%%EMPTY%%', rows: [{ id: 'agent', title: '%%LONG%%', description: '%%EMPTY%%' }] },
      ],
    });
    const content = renderMessage(message, values);
    expect(content).toEqual({
      type: 'list',
      text: 'Choose, Maria',
      header: 'Menu',
      footer: 'Order 5',
      buttonText: `Options ${'x'.repeat(12)}`,
      sections: [
        { title: `For Maria ${'x'.repeat(14)}`, rows: [{ id: 'track_order_id', title: 'Track 5', description: 'x'.repeat(72) }] },
        { rows: [{ id: 'agent', title: 'x'.repeat(24) }] },
      ],
    });
    expect(ZOutboundContent.safeParse(content).success).toBe(true);
  });

  it('renders a media caption and filename and keeps the rest', () => {
    expect(
      renderMessage(
        { type: 'media', media: { kind: 'document', url: 'https://example.com/a.pdf', caption: 'Invoice for %%NAME%%', filename: 'invoice-%%ORDER_ID%%.pdf' } },
        values,
      ),
    ).toEqual({ type: 'media', media: { kind: 'document', url: 'https://example.com/a.pdf', caption: 'Invoice for Maria', filename: 'invoice-5.pdf' } });
    expect(renderMessage({ type: 'media', media: { kind: 'image', id: 'm1', caption: '%%EMPTY%%' } }, values)).toEqual({
      type: 'media',
      media: { kind: 'image', id: 'm1' },
    });
    expect(renderMessage({ type: 'media', media: { kind: 'image', id: 'm1', caption: '%%LONG%%' } }, values)).toEqual({
      type: 'media',
      media: { kind: 'image', id: 'm1', caption: 'x'.repeat(1024) },
    });
  });

  it('never splits an emoji when cutting', () => {
    const content = renderMessage({ type: 'buttons', text: 'Pick', buttons: [{ id: 'a', title: '%%E%%' }] }, { E: `${'x'.repeat(19)}😀` });
    expect(content.type === 'buttons' && content.buttons[0]!.title).toBe('x'.repeat(19));
  });
});

describe('renderTemplateComponents', () => {
  it('renders every string, deeply, and leaves other values alone', () => {
    const components = [
      { type: 'header', parameters: [{ type: 'text', text: 'Order %%ORDER_ID%%' }] },
      {
        type: 'body',
        parameters: [
          { type: 'text', text: '%%name%%' },
          { type: 'currency', currency: { fallback_value: '%%TOTAL%% EUR', code: 'EUR', amount_1000: 12500 } },
          { type: 'text', text: '%%MISSING%%' },
        ],
      },
      { type: 'button', sub_type: 'url', index: 0, parameters: [{ type: 'text', text: 'o/%%ORDER_ID%%' }], extra: null, flag: true },
    ];
    const rendered = renderTemplateComponents(components, { ORDER_ID: '5', NAME: 'Maria', TOTAL: '12.50' });
    expect(rendered).toEqual([
      { type: 'header', parameters: [{ type: 'text', text: 'Order 5' }] },
      {
        type: 'body',
        parameters: [
          { type: 'text', text: 'Maria' },
          { type: 'currency', currency: { fallback_value: '12.50 EUR', code: 'EUR', amount_1000: 12500 } },
          { type: 'text', text: '' },
        ],
      },
      { type: 'button', sub_type: 'url', index: 0, parameters: [{ type: 'text', text: 'o/5' }], extra: null, flag: true },
    ]);
    expect(components[0]!.parameters[0]!.text).toBe('Order %%ORDER_ID%%');
  });

  it('passes undefined through', () => {
    expect(renderTemplateComponents(undefined, {})).toBeUndefined();
    expect(renderTemplateComponents([], {})).toEqual([]);
  });
});
