import { describe, expect, it } from 'vitest';
import { invert } from '../../src/match/postings.js';

const vector = (entries: [number, number][]) => ({ ids: Int32Array.from(entries.map((e) => e[0])), values: Float64Array.from(entries.map((e) => e[1])), norm: 1 });

describe('invert', () => {
  it('lists, per feature, the targets holding it and its weight there, in target order', () => {
    const postings = invert([vector([[2, 0.5], [0, 1]]), vector([[2, 0.25]]), vector([])], 4);
    const entries = (f: number) => Array.from({ length: postings.start[f + 1]! - postings.start[f]! }, (_, k) => [postings.targets[postings.start[f]! + k], postings.weights[postings.start[f]! + k]]);
    expect(entries(0)).toEqual([[0, 1]]);
    expect(entries(1)).toEqual([]);
    expect(entries(2)).toEqual([[0, 0.5], [1, 0.25]]);
    expect(entries(3)).toEqual([]);
  });
});

describe('invert with unit', () => {
  it("divides each entry by its vector's length, so a sum over postings is a cosine up to the query's length", () => {
    const long = { ids: Int32Array.from([0, 1]), values: Float64Array.from([3, 4]), norm: 5 };
    const empty = { ids: new Int32Array(0), values: new Float64Array(0), norm: 0 };
    const postings = invert([long, empty], 2, true);
    expect(Array.from(postings.weights)).toEqual([0.6, 0.8]);
    expect(Array.from(postings.targets)).toEqual([0, 0]);
  });
});
