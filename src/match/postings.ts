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

/**
 * Inverts sparse vectors (one per target) into postings per feature. With `unit`, each entry is
 * divided by its vector's length, so a sum over postings is already a cosine up to the query's
 * length, and scoring needs no per-target lookup of the norm.
 */
export function invert(vectors: SparseWeights[], features: number, unit = false): Postings {
  const start = new Int32Array(features + 1);
  for (const v of vectors) for (const id of v.ids) start[id + 1]! += 1;
  for (let f = 0; f < features; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, features);
  const targets = new Int32Array(start[features]!);
  const weights = new Float64Array(start[features]!);
  vectors.forEach((v, target) => {
    // A vector without length has no entries either: nothing is divided by zero.
    const length = unit && v.norm > 0 ? v.norm : 1;
    v.ids.forEach((id, k) => {
      const at = fill[id]!++;
      targets[at] = target;
      weights[at] = v.values[k]! / length;
    });
  });
  return { start, targets, weights };
}
