import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content/check.js';
import { createAnalyzer, stem } from '../../src/text/analyze.js';

describe('stem', () => {
  it('lets the forms of one verb or adjective meet where Dutch writes f/v or s/z', () => {
    const pairs = [
      ['leef', 'leven'],
      ['geef', 'geven'],
      ['blijf', 'blijven'],
      ['kies', 'kiezen'],
      ['verlies', 'verliezen'],
      ['positief', 'positieve'],
      ['negatief', 'negatieve'],
      ['ziekenhuis', 'ziekenhuizen'],
    ];
    for (const [a, b] of pairs) expect(stem(b!), `${a} / ${b}`).toBe(stem(a!));
  });

  it('meets diminutives with their base word and leaves numbers alone', () => {
    expect(stem('kindjes')).toBe(stem('kind'));
    expect(stem('38,5')).toBe('38,5');
  });

  it('keeps words apart that only share their first letters', () => {
    expect(stem('leven')).not.toBe(stem('lever'));
    expect(stem('bloeden')).not.toBe(stem('bloem'));
  });
});

describe('analyzer', () => {
  const analyzer = createAnalyzer(loadCheckedContent().lexicon);

  it('reads "ik leef gezond" with the same term as the examples\' "gezond leven"', () => {
    const written = analyzer.analyze('ik leef gezond').terms;
    const example = analyzer.analyze('gezond leven').terms;
    expect(written).toEqual(expect.arrayContaining(example));
  });

  it('keeps niet and geen as words, so word pairs can be built from them', () => {
    expect(analyzer.analyze('geen oorzaak gevonden').tokens.map((t) => t.stop)).toContain(true);
    expect(analyzer.analyze('geen oorzaak gevonden').tokens.length).toBe(3);
  });
});
