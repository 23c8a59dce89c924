import { describe, expect, it } from 'vitest';
import { classifierFrom, DEFAULT_TRAINING, trainClassifier, type TrainingSample } from '../../src/match/classifier.js';
import { fnv } from '../../src/text/hash.js';

/** Forty small samples over twelve features in three classes, each class with its own words and some shared ones. */
function samples(keyed: boolean): TrainingSample[] {
  return Array.from({ length: 40 }, (_, i) => {
    const label = i % 3;
    const vector = new Map([
      [label * 3 + (i % 2), 0.8],
      [9 + (i % 3 === 0 ? 1 : i % 5 === 0 ? 2 : 0), 0.6],
    ]);
    return { vector, label, ...(keyed ? { key: fnv(`sample ${i}`) } : {}) };
  });
}

const options = { epochs: 6, learningRate: 1, l2: 1e-4, seed: 3 };
const DEFAULT_TRAINING_ONE_RUN = { ...DEFAULT_TRAINING, runs: 1 };
const largestChange = (a: Float32Array, b: Float32Array) => a.reduce((max, value, i) => Math.max(max, Math.abs(value - b[i]!)), 0);

describe('trainClassifier', () => {
  it('learns the classes apart', () => {
    const model = classifierFrom(trainClassifier(samples(true), 3, 12, options));
    const out = model.predict(Int32Array.of(3), Float64Array.of(1), 1, new Float64Array(3));
    expect(out[1]).toBeGreaterThan(0.8);
  });

  it('with keyed samples, one sample more moves the model a little instead of reshuffling it', () => {
    const many = (keyed: boolean): TrainingSample[] =>
      Array.from({ length: 600 }, (_, i) => {
        const label = i % 5;
        // Each class has its own features, and shares a few common ones with the others.
        const vector = new Map([
          [label * 8 + (i % 7), 0.7],
          [label * 8 + ((i * 3) % 8), 0.5],
          [40 + (i % 10), 0.5],
        ]);
        return { vector, label, ...(keyed ? { key: fnv(`sample ${i}`) } : {}) };
      });
    const extra = (keyed: boolean): TrainingSample => ({ vector: new Map([[1, 0.7], [45, 0.7]]), label: 0, ...(keyed ? { key: fnv('one more') } : {}) });
    const meanChange = (keyed: boolean) => {
      const before = trainClassifier(many(keyed), 5, 50, DEFAULT_TRAINING_ONE_RUN);
      // Added at the front: without keys every later sample's place in the shuffle changes.
      const after = trainClassifier([extra(keyed), ...many(keyed)], 5, 50, DEFAULT_TRAINING_ONE_RUN);
      return before.weights.reduce((sum, value, i) => sum + Math.abs(value - after.weights[i]!), 0) / before.weights.length;
    };
    expect(meanChange(true)).toBeLessThan(meanChange(false) / 2);
  });

  it('averages its runs, each with the next seed', () => {
    const averaged = trainClassifier(samples(true), 3, 12, { ...options, runs: 2 });
    const first = trainClassifier(samples(true), 3, 12, options);
    const second = trainClassifier(samples(true), 3, 12, { ...options, seed: options.seed + 1 });
    expect(largestChange(first.weights, second.weights)).toBeGreaterThan(0);
    averaged.weights.forEach((weight, i) => expect(weight).toBeCloseTo((first.weights[i]! + second.weights[i]!) / 2, 5));
    averaged.bias.forEach((bias, i) => expect(bias).toBeCloseTo((first.bias[i]! + second.bias[i]!) / 2, 10));
  });
});
