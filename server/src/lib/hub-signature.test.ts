import { describe, expect, it } from 'vitest';
import { serializeLikeMeta, signHubSignature, verifyHubSignature } from './hub-signature.ts';

describe('X-Hub-Signature-256', () => {
  const secret = 'app-secret';
  const body = Buffer.from('{"object":"whatsapp_business_account"}');

  it('accepts the signature Meta computes over the raw bytes', () => {
    expect(verifyHubSignature(body, signHubSignature(body, secret), secret)).toBe(true);
  });

  it('rejects a signature made with another secret', () => {
    expect(verifyHubSignature(body, signHubSignature(body, 'other'), secret)).toBe(false);
  });

  it('rejects a body changed by one byte', () => {
    const header = signHubSignature(body, secret);
    expect(verifyHubSignature(Buffer.from('{"object":"whatsapp_business_accounT"}'), header, secret)).toBe(false);
  });

  it('rejects missing, unprefixed, truncated and non-hex headers', () => {
    const good = signHubSignature(body, secret);
    expect(verifyHubSignature(body, undefined, secret)).toBe(false);
    expect(verifyHubSignature(body, good.slice('sha256='.length), secret)).toBe(false);
    expect(verifyHubSignature(body, good.slice(0, -2), secret)).toBe(false);
    expect(verifyHubSignature(body, 'sha256=zz', secret)).toBe(false);
    expect(verifyHubSignature(body, 'sha1=' + good.slice(7), secret)).toBe(false);
  });

  it('serialises non-ASCII characters escaped, as Meta signs them', () => {
    const text = serializeLikeMeta({ text: { body: 'Caffè ☕ ok' } });
    expect(text).toBe('{"text":{"body":"Caff\\u00e8 \\u2615 ok"}}');
    expect(JSON.parse(text)).toEqual({ text: { body: 'Caffè ☕ ok' } });
    // A receiver that re-serialised the parsed JSON would hash other bytes.
    const header = signHubSignature(text, secret);
    expect(verifyHubSignature(Buffer.from(JSON.stringify(JSON.parse(text))), header, secret)).toBe(false);
    expect(verifyHubSignature(Buffer.from(text), header, secret)).toBe(true);
  });
});
