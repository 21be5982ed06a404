import { describe, expect, it } from 'vitest';
import { inboundText, outboundText } from './message-text.ts';

describe('readable text of outbound messages', () => {
  it('covers each Graph message type', () => {
    expect(outboundText('text', { text: { body: 'Ciao' } })).toBe('Ciao');
    expect(outboundText('interactive', { interactive: { type: 'button', header: { type: 'text', text: 'Order' }, body: { text: 'Confirm?' } } })).toBe(
      'Order\nConfirm?',
    );
    expect(
      outboundText('template', {
        template: {
          name: 'order_update',
          language: { code: 'it' },
          components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }, { type: 'text', text: '#12' }] }],
        },
      }),
    ).toBe('[Template] order_update (it): Ana · #12');
    expect(outboundText('template', { template: { name: 'hello_world', language: { code: 'en_US' } } })).toBe('[Template] hello_world (en_US)');
    expect(outboundText('image', { image: { link: 'https://x/a.jpg', caption: 'Look' } })).toBe('[Photo] Look');
    expect(outboundText('document', { document: { id: '1', filename: 'invoice.pdf' } })).toBe('[Document: invoice.pdf]');
    expect(outboundText('location', { location: { latitude: 1, longitude: 2, name: 'Shop' } })).toBe('[Location] Shop');
    expect(outboundText('contacts', { contacts: [{ name: { formatted_name: 'Ana' } }] })).toBe('[Contact] Ana');
    expect(outboundText('reaction', { reaction: { message_id: 'wamid.A', emoji: '👍' } })).toBe('Reacted 👍');
  });
});

describe('readable text of inbound messages', () => {
  it('covers replies, media and reactions', () => {
    expect(inboundText({ type: 'text', text: { body: 'Ciao' } })).toBe('Ciao');
    expect(inboundText({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'y', title: 'Yes' } } })).toBe('Yes');
    expect(inboundText({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'r', title: 'Row' } } })).toBe('Row');
    expect(inboundText({ type: 'button', button: { text: 'Track', payload: 'T' } })).toBe('Track');
    expect(inboundText({ type: 'audio', audio: { id: '1' } })).toBe('[Audio]');
    expect(inboundText({ type: 'reaction', reaction: { message_id: 'x', emoji: '' } })).toBe('Removed a reaction');
    expect(inboundText({ type: 'unsupported' })).toBe('[unsupported]');
  });
});
