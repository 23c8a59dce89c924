import { describe, expect, it } from 'vitest';
import { createTermResolver } from '../../src/match/vocabulary.js';

describe('term resolver', () => {
  const resolver = createTermResolver(['miskram', 'weefsel', 'chromosom', 'zwangerschap', 'test', 'bloedverdunn', 'fal', 'verlies']);

  it('keeps a known term as it is', () => {
    expect(resolver.resolve('weefsel')).toEqual([{ term: 'weefsel', weight: 1 }]);
  });

  it('splits a compound into two known terms, with a joining s', () => {
    expect(resolver.resolve('miskramweefsel').map((r) => r.term)).toEqual(['miskram', 'weefsel']);
    expect(resolver.resolve('zwangerschapstest').map((r) => r.term)).toEqual(['zwangerschap', 'test']);
  });

  it('maps a typo to the nearest known term with fuse.js, for less than full weight', () => {
    const [hit] = resolver.resolve('chromoson');
    expect(hit?.term).toBe('chromosom');
    expect(hit?.weight).toBeGreaterThan(0);
    expect(hit?.weight).toBeLessThan(1);
  });

  it('reads verb forms the stemmer leaves alone as their base', () => {
    expect(resolver.resolve('gefaald')).toEqual([{ term: 'fal', weight: 0.9 }]);
    expect(resolver.resolve('verliest')).toEqual([{ term: 'verlies', weight: 0.9 }]);
  });

  it("keeps nothing of the words it looked up: no cache holding patients' words (a name, a typo) between messages", () => {
    const first = resolver.resolve('chromosonen');
    const again = resolver.resolve('chromosonen');
    expect(again).toEqual(first);
    // A new result each time: nothing was stored under the word.
    expect(again).not.toBe(first);
  });

  it('gives nothing for a word it cannot place', () => {
    expect(resolver.resolve('belastingaangifte')).toEqual([]);
    expect(resolver.resolve('xyz')).toEqual([]);
    // A run of letters is not a word: no compound split, no fuzzy search (both grow with its length).
    expect(resolver.resolve(`miskram${'a'.repeat(5000)}`)).toEqual([]);
  });
});
