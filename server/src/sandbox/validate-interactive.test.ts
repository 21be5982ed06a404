import { describe, expect, it } from 'vitest';
import { validateSendBody } from './validate-send.ts';

function interactive(value: Record<string, unknown>) {
  return validateSendBody({ messaging_product: 'whatsapp', to: '393331234567', type: 'interactive', interactive: value });
}

function faultOf(value: Record<string, unknown>) {
  const result = interactive(value);
  if (result.ok) throw new Error('expected a fault');
  return result.fault;
}

const replyButton = (id: string, title: string) => ({ type: 'reply', reply: { id, title } });

function buttons(list: unknown[], extra: Record<string, unknown> = {}) {
  return { type: 'button', body: { text: 'Confirm this order?' }, action: { buttons: list }, ...extra };
}

describe('reply buttons', () => {
  it('accepts one to three buttons with header and footer', () => {
    const ok = interactive(
      buttons([replyButton('yes', 'Yes'), replyButton('no', 'No'), replyButton('later', 'Later')], {
        header: { type: 'text', text: 'Order #1023' },
        footer: { text: 'Lucky Shrub' },
      }),
    );
    expect(ok.ok).toBe(true);
    expect(interactive(buttons([replyButton('y', 'Y')], { header: { type: 'image', image: { id: '1' } } })).ok).toBe(true);
  });

  it('refuses zero or four buttons', () => {
    expect(faultOf(buttons([]))).toEqual({ code: 131009, details: 'Buttons count invalid. Min count: 1, Max count: 3' });
    const four = ['a', 'b', 'c', 'd'].map((x) => replyButton(x, x));
    expect(faultOf(buttons(four)).code).toBe(131009);
  });

  it('limits titles to 1–20 characters, with Meta wording', () => {
    expect(faultOf(buttons([replyButton('a', '🔎 Ver otros profesionales')]))).toEqual({
      code: 131009,
      details: 'Button title length invalid. Min length: 1, Max length: 20',
    });
    expect(faultOf(buttons([replyButton('a', '')])).code).toBe(131009);
    expect(interactive(buttons([replyButton('a', 'x'.repeat(20))])).ok).toBe(true);
  });

  it('limits ids to 256 characters without surrounding spaces', () => {
    expect(interactive(buttons([replyButton('x'.repeat(256), 'A')])).ok).toBe(true);
    expect(faultOf(buttons([replyButton('x'.repeat(257), 'A')])).code).toBe(131009);
    expect(faultOf(buttons([replyButton(' yes', 'A')])).details).toMatch(/leading or trailing spaces/);
    expect(faultOf(buttons([replyButton('yes ', 'A')])).code).toBe(131009);
  });

  it('requires unique ids and titles', () => {
    expect(faultOf(buttons([replyButton('a', 'A'), replyButton('a', 'B')])).details).toMatch(/id is not unique/);
    expect(faultOf(buttons([replyButton('a', 'A'), replyButton('b', 'A')])).details).toMatch(/title is not unique/);
  });

  it('requires a body of at most 1024 characters, and limits header and footer to 60', () => {
    expect(faultOf({ type: 'button', action: { buttons: [replyButton('a', 'A')] } }).code).toBe(131008);
    expect(faultOf(buttons([replyButton('a', 'A')], { body: { text: 'x'.repeat(1025) } })).code).toBe(131009);
    expect(faultOf(buttons([replyButton('a', 'A')], { header: { type: 'text', text: 'x'.repeat(61) } })).code).toBe(131009);
    expect(faultOf(buttons([replyButton('a', 'A')], { footer: { text: 'x'.repeat(61) } })).code).toBe(131009);
    expect(faultOf(buttons([replyButton('a', 'A')], { header: { type: 'location' } })).code).toBe(131009);
  });

  it('requires the action and button type', () => {
    expect(faultOf({ type: 'button', body: { text: 'x' } }).code).toBe(131008);
    expect(faultOf(buttons([{ type: 'url', reply: { id: 'a', title: 'A' } }])).code).toBe(131009);
    expect(faultOf(buttons([{ type: 'reply' }])).code).toBe(131008);
  });
});

function list(sections: unknown[], extra: Record<string, unknown> = {}) {
  return { type: 'list', body: { text: 'Which shipping option?' }, action: { button: 'Shipping Options', sections }, ...extra };
}
const row = (id: string, title = id, description?: string) => ({ id, title, ...(description ? { description } : {}) });

describe('lists', () => {
  it('accepts up to ten rows across sections', () => {
    const ok = interactive(
      list([
        { title: 'Express', rows: [1, 2, 3, 4, 5].map((n) => row(`e${n}`, `Express ${n}`, 'Next day')) },
        { title: 'Standard', rows: [1, 2, 3, 4, 5].map((n) => row(`s${n}`)) },
      ]),
    );
    expect(ok.ok).toBe(true);
  });

  it('refuses an eleventh row, counted across all sections', () => {
    expect(
      faultOf(list([{ title: 'A', rows: [1, 2, 3, 4, 5, 6].map((n) => row(`a${n}`)) }, { title: 'B', rows: [1, 2, 3, 4, 5].map((n) => row(`b${n}`)) }])),
    ).toEqual({ code: 131009, details: 'Total row count exceed max allowed count: 10' });
  });

  it('refuses more than ten sections or none', () => {
    const eleven = Array.from({ length: 11 }, (_, n) => ({ title: `S${n}`, rows: [row(`r${n}`)] }));
    expect(faultOf(list(eleven)).code).toBe(131009);
    expect(faultOf(list([])).code).toBe(131009);
  });

  it('limits the button label to 20, row id 200, title 24, description 72, section title 24', () => {
    expect(faultOf({ ...list([{ rows: [row('a')] }]), action: { button: 'x'.repeat(21), sections: [{ rows: [row('a')] }] } }).code).toBe(131009);
    expect(faultOf({ type: 'list', body: { text: 'x' }, action: { sections: [{ rows: [row('a')] }] } }).code).toBe(131008);
    expect(faultOf(list([{ rows: [row('x'.repeat(201))] }])).code).toBe(131009);
    expect(faultOf(list([{ rows: [row('a', 'x'.repeat(25))] }])).code).toBe(131009);
    expect(faultOf(list([{ rows: [row('a', 'A', 'x'.repeat(73))] }])).code).toBe(131009);
    expect(faultOf(list([{ title: 'x'.repeat(25), rows: [row('a')] }])).code).toBe(131009);
    expect(interactive(list([{ rows: [row('x'.repeat(200), 'x'.repeat(24), 'x'.repeat(72))] }])).ok).toBe(true);
  });

  it('requires section titles when there are several sections, and unique row ids', () => {
    expect(faultOf(list([{ rows: [row('a')] }, { rows: [row('b')] }])).code).toBe(131008);
    expect(faultOf(list([{ title: 'A', rows: [row('a')] }, { title: 'B', rows: [row('a')] }])).details).toMatch(/not unique/);
  });

  it('allows only a text header', () => {
    expect(faultOf(list([{ rows: [row('a')] }], { header: { type: 'image', image: { id: '1' } } })).code).toBe(131009);
    expect(interactive(list([{ rows: [row('a')] }], { header: { type: 'text', text: 'Choose' } })).ok).toBe(true);
  });
});

describe('other interactive kinds', () => {
  it('checks call-to-action URLs and location requests', () => {
    const cta = { type: 'cta_url', body: { text: 'See it' }, action: { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://example.com' } } };
    expect(interactive(cta).ok).toBe(true);
    expect(faultOf({ ...cta, action: { name: 'cta_url', parameters: { display_text: 'Open', url: 'nope' } } }).code).toBe(131009);
    expect(interactive({ type: 'location_request_message', body: { text: 'Where are you?' }, action: { name: 'send_location' } }).ok).toBe(true);
  });

  it('refuses kinds it does not simulate', () => {
    expect(faultOf({ type: 'product_carousel', body: { text: 'x' } }).code).toBe(131009);
    expect(faultOf({ body: { text: 'x' } }).code).toBe(131008);
  });
});
