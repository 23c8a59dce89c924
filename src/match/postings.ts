/** A sparse vector over feature numbers: parallel arrays of ids and values, and its length. */
export interface SparseWeights {
  ids: Int32Array;
  values: Float64Array;
  norm: number;
}

/**
 * An inverted list in three flat arrays: the entries of feature f are at start[f] .. start[f + 1] - 1.
 * Flat typed arrays instead of two small arrays per feature: 30,000 fewer objects on the heap.
 */
export interface Postings {
  start: Int32Array;
  /** the doc (or intent) of each entry */
  targets: Int32Array;
  weights: Float64Array;
}

/** Inverts sparse vectors (one per target) into postings per feature. */
export function invert(vectors: SparseWeights[], features: number): Postings {
  const start = new Int32Array(features + 1);
  for (const v of vectors) for (const id of v.ids) start[id + 1]! += 1;
  for (let f = 0; f < features; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, features);
  const targets = new Int32Array(start[features]!);
  const weights = new Float64Array(start[features]!);
  vectors.forEach((v, target) => {
    v.ids.forEach((id, k) => {
      const at = fill[id]!++;
      targets[at] = target;
      weights[at] = v.values[k]!;
    });
  });
  return { start, targets, weights };
}
