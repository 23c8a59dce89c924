import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFirst, type ScoredIntent } from '../../src/match/score.js';

const scored = (intent: number, score: number): ScoredIntent => ({ intent, score, support: 0, smalltalkShare: 0 });

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
