import { describe, expect, it } from 'vitest';
import { parseInboundRequest } from './customer-inbound.ts';
import { SandboxApiError } from './sandbox-api-error.ts';

function refusal(body: unknown): SandboxApiError {
  try {
    parseInboundRequest(body);
  } catch (error) {
    if (error instanceof SandboxApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('inbound requests', () => {
  it('take exactly one content kind', () => {
    expect(parseInboundRequest({ phoneNumberId: 'P', from: '+393331234567', name: 'Ana', text: 'Ciao' })).toEqual({
      phoneNumberId: 'P',
      from: '+393331234567',
      name: 'Ana',
      content: { kind: 'text', text: 'Ciao' },
    });
    expect(refusal({ phoneNumberId: 'P', from: '393331234567' }).code).toBe('malformed_request');
    expect(refusal({ phoneNumberId: 'P', from: '393331234567', text: 'a', image: {} }).details).toEqual({ present: ['text', 'image'] });
  });

  it('map each kind to its content', () => {
    const base = { phoneNumberId: 'P', from: '393331234567' };
    expect(parseInboundRequest({ ...base, buttonReply: { id: 'yes', title: 'Yes' } }).content).toEqual({ kind: 'buttonReply', id: 'yes', title: 'Yes' });
    expect(parseInboundRequest({ ...base, listReply: { id: 'r', title: 'Row' } }).content).toEqual({ kind: 'listReply', id: 'r', title: 'Row' });
    expect(parseInboundRequest({ ...base, templateButton: { text: 'Track', payload: 'T' } }).content).toEqual({ kind: 'templateButton', text: 'Track', payload: 'T' });
    expect(parseInboundRequest({ ...base, audio: {} }).content).toEqual({ kind: 'audio' });
    expect(parseInboundRequest({ ...base, contacts: [{ name: { formatted_name: 'Ana' } }] }).content).toEqual({
      kind: 'contacts',
      contacts: [{ name: { formatted_name: 'Ana' } }],
    });
    expect(parseInboundRequest({ ...base, reaction: { messageId: 'wamid.A', emoji: '👍' } }).content).toEqual({
      kind: 'reaction',
      messageId: 'wamid.A',
      emoji: '👍',
    });
  });

  it('accept timestamps as numbers or digit strings', () => {
    expect(parseInboundRequest({ phoneNumberId: 'P', from: '393331234567', text: 'x', timestamp: '1700000000' }).timestamp).toBe(1_700_000_000);
    expect(parseInboundRequest({ phoneNumberId: 'P', from: '393331234567', text: 'x', timestamp: 1_700_000_000 }).timestamp).toBe(1_700_000_000);
  });

  it('refuse malformed numbers, unknown fields and empty text', () => {
    expect(refusal({ phoneNumberId: 'P', from: '39 333 1234567', text: 'x' }).message).toMatch(/from/);
    expect(refusal({ phoneNumberId: 'P', from: '393331234567', txt: 'x' }).code).toBe('malformed_request');
    expect(refusal({ phoneNumberId: 'P', from: '393331234567', text: '' }).code).toBe('malformed_request');
    expect(refusal({ phoneNumberId: 'P', from: '393331234567', buttonReply: { id: 'x' } }).httpStatus).toBe(400);
    expect(refusal(undefined).httpStatus).toBe(400);
  });
});
