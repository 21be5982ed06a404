import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/load.ts';
import { classifySendFailure } from './graph-errors.ts';
import { GraphApiError, GraphUnreachableError } from './graph-client.ts';
import { ZOutboundContent, toGraphBody } from './outbound-content.ts';
import { checkSendRules, isWindowOpen, windowClosesAt } from './send-rules.ts';
import { ThroughputLimiter } from './throughput.ts';

const now = new Date('2026-11-21T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
const text = ZOutboundContent.parse({ type: 'text', text: 'Ciao' });
const template = ZOutboundContent.parse({ type: 'template', template: { name: 'order_update', language: 'it' } });

describe('24-hour customer-service window', () => {
  it('is open for 24 hours after the last inbound message, then closed', () => {
    expect(isWindowOpen(hoursAgo(1), now)).toBe(true);
    expect(isWindowOpen(hoursAgo(23.99), now)).toBe(true);
    expect(isWindowOpen(hoursAgo(24), now)).toBe(false);
    expect(isWindowOpen(hoursAgo(30), now)).toBe(false);
    expect(isWindowOpen(null, now)).toBe(false);
    expect(windowClosesAt(hoursAgo(1), now)).toEqual(new Date(hoursAgo(1).getTime() + 24 * 3600_000));
    expect(windowClosesAt(hoursAgo(25), now)).toBeNull();
  });

  it('refuses free-form messages outside the window but allows templates', () => {
    expect(checkSendRules({ content: text, blocked: false, lastInboundAt: hoursAgo(25), now })?.code).toBe('outside_customer_service_window');
    expect(checkSendRules({ content: text, blocked: false, lastInboundAt: null, now })?.code).toBe('outside_customer_service_window');
    expect(checkSendRules({ content: text, blocked: false, lastInboundAt: hoursAgo(2), now })).toBeNull();
    expect(checkSendRules({ content: template, blocked: false, lastInboundAt: null, now })).toBeNull();
  });

  it('sends nothing at all to blocked contacts', () => {
    expect(checkSendRules({ content: template, blocked: true, lastInboundAt: hoursAgo(1), now })?.code).toBe('contact_blocked');
  });
});

describe('throughput limiter', () => {
  it('allows the per-second budget, refuses beyond it, and refills with time', () => {
    const limiter = new ThroughputLimiter();
    const t = 1_000_000;
    for (let i = 0; i < 80; i++) expect(limiter.tryTake('pn', 80, t)).toBe(true);
    expect(limiter.tryTake('pn', 80, t)).toBe(false);
    expect(limiter.tryTake('other', 80, t)).toBe(true);
    expect(limiter.tryTake('pn', 80, t + 50)).toBe(true); // 4 tokens back after 50 ms
    for (let i = 0; i < 3; i++) expect(limiter.tryTake('pn', 80, t + 50)).toBe(true);
    expect(limiter.tryTake('pn', 80, t + 50)).toBe(false);
  });
});

describe('outbound content', () => {
  it('builds the exact Graph body of a text reply in context', () => {
    expect(toGraphBody(text, { to: '393331234567', contextWaMessageId: 'wamid.IN1', callbackData: 'm1' })).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '393331234567',
      context: { message_id: 'wamid.IN1' },
      biz_opaque_callback_data: 'm1',
      type: 'text',
      text: { body: 'Ciao', preview_url: false },
    });
  });

  it('builds reply buttons and lists as interactive messages', () => {
    const buttons = ZOutboundContent.parse({ type: 'buttons', text: 'Confermi?', footer: 'Sportello', buttons: [{ id: 'yes', title: 'Sì' }, { id: 'no', title: 'No' }] });
    expect(toGraphBody(buttons, { to: '1' }).interactive).toEqual({
      type: 'button',
      body: { text: 'Confermi?' },
      footer: { text: 'Sportello' },
      action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Sì' } }, { type: 'reply', reply: { id: 'no', title: 'No' } }] },
    });
    const list = ZOutboundContent.parse({ type: 'list', text: 'Scegli', buttonText: 'Opzioni', sections: [{ title: 'A', rows: [{ id: 'r1', title: 'Uno', description: 'primo' }] }] });
    expect(toGraphBody(list, { to: '1' }).interactive).toEqual({
      type: 'list',
      body: { text: 'Scegli' },
      action: { button: 'Opzioni', sections: [{ title: 'A', rows: [{ id: 'r1', title: 'Uno', description: 'primo' }] }] },
    });
  });

  it('builds media by link and templates with components', () => {
    const media = ZOutboundContent.parse({ type: 'media', media: { kind: 'document', url: 'https://example.com/f.pdf', filename: 'f.pdf', caption: 'Fattura' } });
    expect(toGraphBody(media, { to: '1' })).toMatchObject({ type: 'document', document: { link: 'https://example.com/f.pdf', filename: 'f.pdf', caption: 'Fattura' } });
    expect(toGraphBody(template, { to: '1' })).toMatchObject({ type: 'template', template: { name: 'order_update', language: { code: 'it' } } });
  });

  it.each([
    [{ type: 'buttons', text: 'x', buttons: [1, 2, 3, 4].map((i) => ({ id: `b${i}`, title: `B${i}` })) }, 'more than 3 buttons'],
    [{ type: 'buttons', text: 'x', buttons: [{ id: 'a', title: 'Same' }, { id: 'b', title: 'Same' }] }, 'duplicate titles'],
    [{ type: 'buttons', text: 'x', buttons: [{ id: 'a', title: 'A title longer than twenty' }] }, 'a title over 20 characters'],
    [{ type: 'list', text: 'x', buttonText: 'Go', sections: [{ rows: Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: 'R' })) }] }, '11 rows'],
    [{ type: 'list', text: 'x', buttonText: 'Go', sections: [{ rows: Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, title: 'R' })) }, { rows: Array.from({ length: 5 }, (_, i) => ({ id: `b${i}`, title: 'R' })) }] }, '11 rows over two sections'],
    [{ type: 'text', text: '' }, 'empty text'],
    [{ type: 'text', text: 'x'.repeat(4097) }, 'text over 4096'],
    [{ type: 'media', media: { kind: 'image' } }, 'media without url or id'],
    [{ type: 'media', media: { kind: 'audio', id: '1', caption: 'no' } }, 'a caption on audio'],
    [{ type: 'template', template: { name: 'Bad Name', language: 'it' } }, 'an invalid template name'],
  ] as Array<[unknown, string]>)('refuses %j (%s)', (input) => {
    expect(ZOutboundContent.safeParse(input).success).toBe(false);
  });
});

describe('Graph errors', () => {
  const fromFixture = (name: string, status = 400) => {
    const e = fixture<{ error: { code: number; message: string; error_data?: { details: string }; error_subcode?: number; fbtrace_id: string } }>(name).error;
    return new GraphApiError(status, e.code, e.message.replace(/^\(#\d+\)\s*/, ''), e.error_data?.details ?? null, e.error_subcode ?? null, e.fbtrace_id);
  };

  it('retries rate limits, outages and unanswered calls', () => {
    expect(classifySendFailure(fromFixture('graph-error-131056')).retry).toBe(true);
    expect(classifySendFailure(new GraphApiError(400, 130429, 'Rate limit hit', null, null, null)).retry).toBe(true);
    expect(classifySendFailure(new GraphApiError(503, 131016, 'Service unavailable', null, null, null)).retry).toBe(true);
    expect(classifySendFailure(new GraphUnreachableError('down')).retry).toBe(true);
  });

  it('maps permanent errors to errors a user can act on', () => {
    const auth = classifySendFailure(fromFixture('graph-error-190', 401));
    expect(auth.retry).toBe(false);
    if (!auth.retry) expect(auth.error.code).toBe('channel_auth_failed');
    const window = classifySendFailure(new GraphApiError(400, 131047, 'Re-engagement message', null, null, null));
    if (!window.retry) expect(window.error.httpStatus).toBe(422);
    const param = classifySendFailure(new GraphApiError(400, 100, 'Invalid parameter', 'bad to', null, null));
    if (!param.retry) expect(param.error).toMatchObject({ code: 'invalid_message', details: { whatsappCode: 100, whatsappDetails: 'bad to' } });
  });
});
