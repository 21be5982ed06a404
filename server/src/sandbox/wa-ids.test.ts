import { describe, expect, it } from 'vitest';
import { newFbTraceId, newWamid } from './wa-ids.ts';

describe('wamids', () => {
  it("look like Meta's: base64 of a record that starts with the customer's number", () => {
    const id = newWamid('393331234567');
    expect(id).toMatch(/^wamid\.[A-Za-z0-9+/]+=*$/);
    expect(id.length).toBeLessThanOrEqual(128);
    const record = Buffer.from(id.slice('wamid.'.length), 'base64');
    expect(record.subarray(3, 15).toString('ascii')).toBe('393331234567');
  });

  it('are unique', () => {
    const ids = new Set(Array.from({ length: 2_000 }, () => newWamid('393331234567')));
    expect(ids.size).toBe(2_000);
  });

  it('come with trace ids of Graph length', () => {
    expect(newFbTraceId()).toMatch(/^[\w-]{23}$/);
  });
});
