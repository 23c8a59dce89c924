import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches, someMatch } from '../../src/text/regex.js';

const found = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, m[0]]);

describe('allMatches', () => {
  it('gives the matches matchAll gives, for any text, empty matches included', () => {
    const patterns = [/(?<![a-z])(?:bloed verlies|bloed|veel)(?![a-z])/g, /a*/g, /\d+(?:[.,]\d+)?/g];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', ',', 'bloed', 'veel', ' verlies'), maxLength: 20 }), (pattern, text) => {
        expect(found(allMatches(pattern, text))).toEqual(found([...text.matchAll(pattern)]));
        expect(pattern.lastIndex).toBe(0);
      }),
    );
  });
});

describe('someMatch', () => {
  it('stops at the first match that passes, and leaves the regex ready for the next text', () => {
    const pattern = /\d+/g;
    const seen: string[] = [];
    expect(someMatch(pattern, 'a 1 b 22 c 333', (m) => (seen.push(m[0]), m[0].length === 2))).toBe(true);
    expect(seen).toEqual(['1', '22']);
    expect(pattern.lastIndex).toBe(0);
    expect(someMatch(pattern, 'geen cijfers', () => true)).toBe(false);
  });

  it('refuses a regex without the global flag (exec would find the first match for ever)', () => {
    expect(() => someMatch(/x/, 'x', () => false)).toThrow(/global/);
  });
});
