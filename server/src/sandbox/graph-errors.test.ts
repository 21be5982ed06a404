import { describe, expect, it } from 'vitest';
import { graphErrorReply, isReportedByWebhook, unknownObjectReply, webhookErrorObject } from './graph-errors.ts';

describe('Graph error replies', () => {
  it("use Meta's shape with '(#code) title' and error_data", () => {
    const reply = graphErrorReply({ code: 131056 }, 400);
    expect(reply.statusCode).toBe(400);
    expect(reply.body).toEqual({
      error: {
        message: '(#131056) (Business Account, Consumer Account) pair rate limit hit',
        type: 'OAuthException',
        code: 131056,
        error_data: {
          messaging_product: 'whatsapp',
          details:
            'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
        },
        fbtrace_id: expect.stringMatching(/^[\w-]{23}$/),
      },
    });
  });

  it('take the HTTP status of rate limits from the setting, and other statuses from the catalogue', () => {
    expect(graphErrorReply({ code: 130429 }, 429).statusCode).toBe(429);
    expect(graphErrorReply({ code: 131056 }, 429).statusCode).toBe(429);
    expect(graphErrorReply({ code: 131000 }, 429).statusCode).toBe(500);
    expect(graphErrorReply({ code: 131016 }, 400).statusCode).toBe(503);
    expect(graphErrorReply({ code: 100 }, 400).statusCode).toBe(400);
    expect(graphErrorReply({ code: 131000, httpStatus: 502 }, 400).statusCode).toBe(502);
  });

  it('let code-100 errors carry their own headline', () => {
    const body = graphErrorReply({ code: 100, message: '(#100) The parameter to is required.' }, 400).body as { error: { message: string } };
    expect(body.error.message).toBe('(#100) The parameter to is required.');
  });

  it('answer unknown ids like Graph', () => {
    const reply = unknownObjectReply('123', 'post');
    expect(reply.statusCode).toBe(400);
    expect(reply.body).toMatchObject({ error: { code: 100, error_subcode: 33, type: 'GraphMethodException' } });
    expect((reply.body as { error: { message: string } }).error.message).toMatch(/^Unsupported post request. Object with ID '123' does not exist/);
  });
});

describe('where a code is reported', () => {
  it('puts delivery failures in webhooks and request problems in the call', () => {
    for (const code of [131026, 131047, 131049, 131050, 131053]) expect(isReportedByWebhook(code)).toBe(true);
    for (const code of [100, 190, 130429, 131000, 131008, 131009, 131016, 131056, 132000, 132001, 999999]) {
      expect(isReportedByWebhook(code)).toBe(false);
    }
  });

  it("builds the failed-status error object exactly like Meta's", () => {
    expect(webhookErrorObject(131047)).toEqual({
      code: 131047,
      title: 'Re-engagement message',
      message: 'Re-engagement message',
      error_data: { details: 'More than 24 hours have passed since the recipient last replied to the sender number.' },
      href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
    });
  });
});
