import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content/check.js';
import { isPairFeature, textFeatures } from '../../src/match/features.js';
import { createAnalyzer } from '../../src/text/analyze.js';

const analyzer = createAnalyzer(loadCheckedContent().lexicon);
const pairs = (text: string) => [...textFeatures(analyzer.analyze(text)).weights.keys()].filter(isPairFeature);

describe('text features', () => {
  it('keeps a pair with a stopword when the other word means something ("geen oorzaak")', () => {
    const [geen, oorzaak] = analyzer.analyze('geen oorzaak').tokens.map((token) => token.stem);
    expect(pairs('geen oorzaak gevonden')).toContain(`${geen} ${oorzaak}`);
  });

  it('lets a question word start a pair with a stopword, so "hoe weet" and "hoe gaat" tell questions apart', () => {
    const weet = pairs('hoe weet je of je een miskraam hebt');
    const gaat = pairs('hoe gaat een miskraam');
    expect(weet.some((pair) => pair.startsWith('hoe '))).toBe(true);
    expect(gaat.some((pair) => pair.startsWith('hoe '))).toBe(true);
    expect(weet.filter((pair) => pair.startsWith('hoe '))).not.toEqual(gaat.filter((pair) => pair.startsWith('hoe ')));
  });

  it('drops pairs of two ordinary stopwords', () => {
    expect(pairs('je of je een')).toEqual([]);
  });
});
