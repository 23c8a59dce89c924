import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { countLetters, createTermResolver, errorsWithinThreshold, FUZZY_THRESHOLD, LETTER_SLOTS, mayMatch } from '../../src/match/vocabulary.js';

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

describe('the letter check before fuse.js', () => {
  const letters = (term: string) => {
    const counts = new Uint8Array(LETTER_SLOTS);
    countLetters(term, counts, 0);
    return counts;
  };
  const options = { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 3, isCaseSensitive: true };

  it('never rules out a term that fuse.js would match (so skipping a bucket never changes a result)', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'o', 's', 't', '1');
    const word = fc.string({ unit, minLength: 4, maxLength: 14 });
    // A query near the term (a few typos: a letter changed, dropped or added) or any other word.
    const edits = fc.array(fc.tuple(fc.nat(), fc.constantFrom('change', 'drop', 'add'), unit), { maxLength: 4 });
    const typo = (term: string, steps: [number, string, string][]) =>
      steps.reduce((w, [at, kind, letter]) => {
        const i = at % (w.length + 1);
        return kind === 'change' ? w.slice(0, i) + letter + w.slice(i + 1) : kind === 'drop' ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + letter + w.slice(i);
      }, term);
    const pair = fc.oneof(fc.tuple(word, edits).map(([term, steps]) => [term, typo(term, steps)] as const), fc.tuple(word, word));
    fc.assert(
      fc.property(pair, ([term, query]) => {
        if (query.length === 0) return;
        const found = new Fuse([term], options).search(query).length > 0;
        if (found) expect(mayMatch(letters(query), letters(term), errorsWithinThreshold(query.length))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('rules out a term that lacks more letters of the query than fuse.js allows edits', () => {
    // "zwangerschap" lacks four letters of "bloedverlies" and more: no match can be that close.
    expect(mayMatch(letters('bloedverlies'), letters('zwangerschap'), errorsWithinThreshold(12))).toBe(false);
    expect(mayMatch(letters('chromosonen'), letters('chromosomen'), errorsWithinThreshold(11))).toBe(true);
    expect(errorsWithinThreshold(10)).toBe(3);
  });
});
