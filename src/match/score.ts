import { isPairFeature, textFeatures } from './features.js';
import type { IntentIndex } from './index.js';

export interface ScoredIntent {
  intent: number;
  /** The classifier's probability for this intent. */
  score: number;
  /** Cosine similarity with the intent's closest example and vocabulary: how much the words really overlap. */
  support: number;
  /** Share of the message's known words that some small-talk intent uses. */
  smalltalkShare: number;
}

/** How much an unknown word counts against a match: words the intents never use make a message less likely to be theirs. */
export const UNKNOWN_TERM_WEIGHT = 1.2;
/** The best single example counts for this share; the intent's vocabulary as a whole for the rest. */
const EXAMPLE_SHARE = 0.6;

interface Scratch {
  /** per doc: dot product with the message */
  dots: Float64Array;
  /** docs with a non-zero dot, in the order first reached */
  touched: Int32Array;
  /** per intent: best cosine with one of its examples, and dot product with its centroid */
  bestExample: Float64Array;
  centroidDots: Float64Array;
}
const scratch = new WeakMap<IntentIndex, Scratch>();

/** Per-index scratch space, zero between calls (scoring is synchronous, so one is enough). */
function scratchFor(index: IntentIndex): Scratch {
  let space = scratch.get(index);
  if (!space) {
    const docs = index.trained.docs.length;
    const intents = index.intents.length;
    space = { dots: new Float64Array(docs), touched: new Int32Array(docs), bestExample: new Float64Array(intents), centroidDots: new Float64Array(intents) };
    scratch.set(index, space);
  }
  return space;
}

/**
 * Scores every intent that shares a feature with the message: the classifier's probability, and as
 * support the cosine similarity of TF-IDF vectors (closest example mixed with the intent's whole
 * vocabulary). Query words the intents never use are resolved by compound splitting and fuse.js;
 * what stays unknown weighs against every intent. Returns intents best first.
 */
export function scoreIntents(index: IntentIndex, raw: string): ScoredIntent[] {
  const { weights, unknown } = textFeatures(index.analyzer.analyze(raw), index.resolver);
  const { idf, docs, centroids, features } = index.trained;
  const query = new Map<number, number>();
  for (const [feature, weight] of weights) {
    const id = index.featureIds.get(feature);
    // Only positive values: the scratch sums below take a zero as "not touched yet".
    if (id !== undefined && weight > 0) query.set(id, (idf[id] ?? 0) * weight);
  }
  if (query.size === 0) return [];
  let squared = unknown * UNKNOWN_TERM_WEIGHT * UNKNOWN_TERM_WEIGHT;
  for (const value of query.values()) squared += value * value;
  const queryNorm = Math.sqrt(squared);

  // Dot products with every example that shares a feature, accumulated in a scratch array: a common
  // word is in a thousand examples, and a Map per message would cost more than the arithmetic.
  const { dots, touched, bestExample, centroidDots } = scratchFor(index);
  let touchedCount = 0;
  const { start, targets, weights: postingWeights } = index.postings;
  for (const [id, value] of query) {
    for (let k = start[id]!, end = start[id + 1]!; k < end; k++) {
      const doc = targets[k]!;
      if (dots[doc] === 0) touched[touchedCount++] = doc;
      dots[doc]! += value * postingWeights[k]!;
    }
  }
  for (let t = 0; t < touchedCount; t++) {
    const docIndex = touched[t]!;
    const dot = dots[docIndex]!;
    dots[docIndex] = 0;
    const doc = docs[docIndex];
    if (!doc || doc.norm === 0) continue;
    const cosine = dot / (queryNorm * doc.norm);
    if (cosine > bestExample[doc.intent]!) bestExample[doc.intent] = cosine;
  }
  const centroidPostings = index.centroidPostings;
  for (const [id, value] of query) {
    for (let k = centroidPostings.start[id]!, end = centroidPostings.start[id + 1]!; k < end; k++) {
      centroidDots[centroidPostings.targets[k]!]! += value * centroidPostings.weights[k]!;
    }
  }
  let smalltalkTerms = 0;
  let queryTerms = 0;
  for (const id of query.keys()) {
    if (isPairFeature(features[id] ?? ' ')) continue;
    queryTerms++;
    if (index.smalltalkVocabulary.has(id)) smalltalkTerms++;
  }
  const smalltalkShare = queryTerms ? smalltalkTerms / queryTerms : 0;
  // The classifier reads the message as one unit vector, unknown words included in its length.
  const vector = new Map<number, number>();
  for (const [id, value] of query) vector.set(id, value / queryNorm);
  const probabilities = index.classifier.predict(vector);
  const scored: ScoredIntent[] = [];
  for (let intent = 0; intent < bestExample.length; intent++) {
    const example = bestExample[intent]!;
    const dot = centroidDots[intent]!;
    bestExample[intent] = 0;
    centroidDots[intent] = 0;
    // Only intents that share a feature with one of their examples are scored.
    if (example === 0) continue;
    const norm = centroids[intent]?.norm ?? 0;
    const whole = norm > 0 ? dot / (queryNorm * norm) : 0;
    const support = EXAMPLE_SHARE * example + (1 - EXAMPLE_SHARE) * whole;
    scored.push({ intent, score: probabilities[intent] ?? 0, support, smalltalkShare });
  }
  return scored.sort((a, b) => b.score - a.score || a.intent - b.intent);
}
