import { describe, expect, it } from 'vitest';
import { parseFlags } from './args.ts';

describe('parseFlags', () => {
  it('reads values, switches and --key=value', () => {
    expect(parseFlags(['--name', 'Acme Srl', '--sandbox', '--email=a@b.it', '--json'])).toEqual({
      name: 'Acme Srl',
      sandbox: true,
      email: 'a@b.it',
      json: true,
    });
  });

  it('refuses a stray positional argument', () => {
    expect(() => parseFlags(['oops'])).toThrow(/Unexpected argument/);
  });
});
