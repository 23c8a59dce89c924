import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load.js';
import type { Intent } from '../../src/content/schema.js';
import { textFeatures } from '../../src/match/features.js';
import { buildIndex } from '../../src/match/index.js';
import { bestFirst, EXAMPLE_SHARE, scoreIntents, UNKNOWN_TERM_WEIGHT, type ScoredIntent } from '../../src/match/score.js';
import { createAnalyzer } from '../../src/text/analyze.js';

const scored = (intent: number, score: number): ScoredIntent => ({ intent, score, support: 0, smalltalkShare: 0, smalltalkFrame: false });

describe('bestFirst', () => {
  it('orders by score, highest first, and ties by the lower intent number', () => {
    expect(bestFirst([scored(3, 0.1), scored(1, 0.5), scored(2, 0.1), scored(0, 0.9)]).map((s) => s.intent)).toEqual([0, 1, 2, 3]);
  });

  it('gives the order Array.prototype.sort gives with the same comparison, for any scores', () => {
    const scores = fc.array(fc.constantFrom(0, 0.1, 0.25, 0.5, 1).chain((base) => fc.constantFrom(base, base / 3)), { maxLength: 70 });
    fc.assert(
      fc.property(scores, (values) => {
        const items = values.map((score, intent) => scored(intent, score));
        const expected = [...items].sort((a, b) => b.score - a.score || a.intent - b.intent).map((s) => s.intent);
        expect(bestFirst([...items].reverse()).map((s) => s.intent)).toEqual(expected);
      }),
    );
  });
});

describe('scoreIntents', () => {
  // A small index, and the cosines computed the plain way from its trained vectors, as an oracle for
  // the scoring loop (which works on postings already divided by each vector's length).
  const topic = (id: string, examples: string[]): Intent => ({ id, kind: 'topic', title: id, category: 'Test', response: id, examples });
  const intents: Intent[] = [
    topic('foliumzuur', ['moet ik foliumzuur slikken', 'hoeveel foliumzuur per dag', 'foliumzuur en open ruggetje']),
    topic('curettage', ['wat is een curettage', 'curettage onder narcose', 'curettage of tabletten slikken']),
    topic('echo', ['wanneer is de echo', 'echo bij zes weken', 'vaginale echo laten maken']),
  ];
  const analyzer = createAnalyzer({ spelling: {}, synonyms: {}, stems: {}, stopwords: ['de', 'een', 'ik', 'is', 'wat'] });
  const index = buildIndex({ intents, responses: new Map(), lexicon: { spelling: {}, synonyms: {}, stems: {}, stopwords: [] } } as unknown as Content, analyzer);

  function oracleSupport(message: string): Map<number, number> {
    const { weights, unknown } = textFeatures(analyzer.analyze(message), index.resolver);
    const query = new Map<number, number>();
    for (const [feature, weight] of weights) {
      const id = index.featureIds.get(feature);
      if (id !== undefined) query.set(id, index.trained.idf[id]! * weight);
    }
    const queryNorm = Math.sqrt([...query.values()].reduce((sum, v) => sum + v * v, unknown * UNKNOWN_TERM_WEIGHT ** 2));
    const cosine = (v: { ids: Int32Array; values: Float64Array; norm: number }) => {
      let dot = 0;
      v.ids.forEach((id, k) => (dot += (query.get(id) ?? 0) * v.values[k]!));
      return v.norm > 0 ? dot / (queryNorm * v.norm) : 0;
    };
    const support = new Map<number, number>();
    intents.forEach((_, intent) => {
      const best = Math.max(0, ...index.trained.docs.filter((d) => d.intent === intent).map(cosine));
      if (best > 0) support.set(intent, EXAMPLE_SHARE * best + (1 - EXAMPLE_SHARE) * cosine(index.trained.centroids[intent]!));
    });
    return support;
  }

  it.each(['hoeveel foliumzuur moet ik slikken', 'curettage of tabletten', 'echo na een curettage onder narcose', 'foliumzuur xyzzy'])(
    'gives as support the cosines computed the plain way: %s',
    (message) => {
      const expected = oracleSupport(message);
      const scored = scoreIntents(index, message);
      expect(scored.map((s) => s.intent).sort()).toEqual([...expected.keys()].sort());
      for (const s of scored) expect(s.support).toBeCloseTo(expected.get(s.intent)!, 12);
      expect(scored.reduce((sum, s) => sum + s.score, 0)).toBeLessThanOrEqual(1 + 1e-9);
    },
  );
});
