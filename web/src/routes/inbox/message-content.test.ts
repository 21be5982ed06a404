import { describe, expect, it } from 'vitest';
import { messageBody } from './message-content';

describe('what a message shows', () => {
  it('reads outbound buttons and lists from the request Sportello stored', () => {
    const buttons = messageBody({
      direction: 'outbound',
      type: 'interactive',
      text: 'Which day?',
      content: { request: { type: 'buttons', text: 'Which day?', buttons: [{ id: 'mon', title: 'Monday' }, { id: 'tue', title: 'Tuesday' }] }, graph: {} },
    });
    expect(buttons).toEqual({ kind: 'buttons', text: 'Which day?', header: null, footer: null, buttons: ['Monday', 'Tuesday'] });

    const list = messageBody({
      direction: 'outbound',
      type: 'interactive',
      text: 'Menu',
      content: { request: { type: 'list', text: 'Menu', buttonText: 'Open', sections: [{ title: 'Food', rows: [{ id: 'p', title: 'Pizza', description: 'Hot' }] }] } },
    });
    expect(list).toMatchObject({ kind: 'list', buttonText: 'Open', sections: [{ title: 'Food', rows: [{ title: 'Pizza', description: 'Hot' }] }] });
  });

  it('links outbound media by their URL', () => {
    expect(
      messageBody({ direction: 'outbound', type: 'document', text: 'menu.pdf', content: { request: { type: 'media', media: { kind: 'document', url: 'https://example.com/menu.pdf', filename: 'menu.pdf' } } } }),
    ).toEqual({ kind: 'media', media: 'document', caption: null, filename: 'menu.pdf', url: 'https://example.com/menu.pdf', mimeType: null });
  });

  it('reads inbound media, taps on buttons and locations from the Cloud API message', () => {
    expect(messageBody({ direction: 'inbound', type: 'image', text: 'My receipt', content: { type: 'image', image: { id: 'm1', mime_type: 'image/jpeg', caption: 'My receipt' } } })).toEqual({
      kind: 'media',
      media: 'image',
      caption: 'My receipt',
      filename: null,
      url: null,
      mimeType: 'image/jpeg',
    });
    expect(messageBody({ direction: 'inbound', type: 'interactive', text: 'Monday', content: { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'mon', title: 'Monday' } } } })).toEqual({
      kind: 'reply',
      title: 'Monday',
    });
    expect(messageBody({ direction: 'inbound', type: 'location', text: null, content: { type: 'location', location: { latitude: 45.46, longitude: 9.19, name: 'Duomo' } } })).toMatchObject({
      kind: 'location',
      label: 'Duomo',
      mapUrl: expect.stringContaining('mlat=45.46'),
    });
  });

  it('shows plain text, and the type of anything it does not know', () => {
    expect(messageBody({ direction: 'inbound', type: 'text', text: 'Ciao', content: { type: 'text', text: { body: 'Ciao' } } })).toEqual({ kind: 'text', text: 'Ciao' });
    expect(messageBody({ direction: 'inbound', type: 'order', text: '2 items', content: {} })).toEqual({ kind: 'other', type: 'order', text: '2 items' });
  });
});
