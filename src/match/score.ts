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
  /** Whether the message holds, as written, a word only small talk uses ("hoi", "bedankt"): the same for every intent. */
  smalltalkFrame: boolean;
}

/** How much an unknown word counts against a match: words the intents never use make a message less likely to be theirs. */
export const UNKNOWN_TERM_WEIGHT = 1.2;
/** The best single example counts for this share; the intent's vocabulary as a whole for the rest. */
export const EXAMPLE_SHARE = 0.6;

interface Scratch {
  /** per doc: dot product with the message */
  dots: Float64Array;
  /** docs with a non-zero dot, in the order first reached */
  touched: Int32Array;
  /** per intent: best dot product with one of its examples, and with its centroid (both unit length) */
  bestExample: Float64Array;
  centroidDots: Float64Array;
  /** per intent: the classifier's probability */
  probabilities: Float64Array;
  /** the message's features and their TF-IDF weights; grown for a longer message */
  queryIds: Int32Array;
  queryValues: Float64Array;
}
const scratch = new WeakMap<IntentIndex, Scratch>();

/** Per-index scratch space, zero between calls (scoring is synchronous, so one is enough). */
function scratchFor(index: IntentIndex, queryLength: number): Scratch {
  let space = scratch.get(index);
  if (!space) {
    const docs = index.trained.docs.length;
    const intents = index.intents.length;
    space = {
      dots: new Float64Array(docs),
      touched: new Int32Array(docs),
      bestExample: new Float64Array(intents),
      centroidDots: new Float64Array(intents),
      probabilities: new Float64Array(intents),
      queryIds: new Int32Array(64),
      queryValues: new Float64Array(64),
    };
    scratch.set(index, space);
  }
  if (space.queryIds.length < queryLength) {
    space.queryIds = new Int32Array(queryLength);
    space.queryValues = new Float64Array(queryLength);
  }
  return space;
}

export interface ScoreOptions {
  /** Leave out the terms only small talk uses, and the pairs holding one: "hoi! wat is een curettage?" read as its question. */
  withoutSmalltalk?: boolean;
}

/** Whether a feature is a term only small talk uses, or a pair with such a term in it. */
function isSmalltalkOnly(index: IntentIndex, id: number): boolean {
  if (index.smalltalkOnly.has(id)) return true;
  const feature = index.trained.features[id] ?? '';
  if (!isPairFeature(feature)) return false;
  return feature.split(' ').some((term) => {
    const termId = index.featureIds.get(term);
    return termId !== undefined && index.smalltalkOnly.has(termId);
  });
}

/**
 * Scores every intent that shares a feature with the message: the classifier's probability, and as
 * support the cosine similarity of TF-IDF vectors (closest example mixed with the intent's whole
 * vocabulary). Query words the intents never use are resolved by compound splitting and fuse.js;
 * what stays unknown weighs against every intent. Returns intents best first.
 */
export function scoreIntents(index: IntentIndex, raw: string, options: ScoreOptions = {}): ScoredIntent[] {
  const { weights, unknown } = textFeatures(index.analyzer.analyze(raw), index.resolver);
  const { idf, features } = index.trained;
  const space = scratchFor(index, weights.size);
  const { dots, touched, bestExample, centroidDots, queryIds, queryValues } = space;
  let size = 0;
  let squared = unknown * UNKNOWN_TERM_WEIGHT * UNKNOWN_TERM_WEIGHT;
  // A word read as a guess (a typo, fuse.js: "gloeiend" as "goedendag") does not make a greeting.
  let smalltalkFrame = false;
  for (const [feature, weight] of weights) {
    const id = index.featureIds.get(feature);
    // Only positive values: the scratch sums below take a zero as "not touched yet".
    if (id === undefined || weight <= 0) continue;
    if (index.smalltalkOnly.has(id) && weight >= 1) smalltalkFrame = true;
    if (options.withoutSmalltalk && isSmalltalkOnly(index, id)) continue;
    const value = (idf[id] ?? 0) * weight;
    if (value <= 0) continue;
    queryIds[size] = id;
    queryValues[size++] = value;
    squared += value * value;
  }
  if (size === 0) return [];
  const queryNorm = Math.sqrt(squared);

  // Dot products with every example that shares a feature, accumulated in a scratch array: a common
  // word is in a thousand examples, and a Map per message would cost more than the arithmetic. The
  // postings are divided by each example's length already, so the best dot per intent is its cosine
  // times the query's length.
  let touchedCount = 0;
  const { start, targets, weights: postingWeights } = index.postings;
  for (let q = 0; q < size; q++) {
    const id = queryIds[q]!;
    const value = queryValues[q]!;
    for (let k = start[id]!, end = start[id + 1]!; k < end; k++) {
      const doc = targets[k]!;
      if (dots[doc] === 0) touched[touchedCount++] = doc;
      dots[doc]! += value * postingWeights[k]!;
    }
  }
  const docIntents = index.docIntents;
  for (let t = 0; t < touchedCount; t++) {
    const doc = touched[t]!;
    const dot = dots[doc]!;
    dots[doc] = 0;
    const intent = docIntents[doc]!;
    if (dot > bestExample[intent]!) bestExample[intent] = dot;
  }
  const centroidPostings = index.centroidPostings;
  let smalltalkTerms = 0;
  let queryTerms = 0;
  for (let q = 0; q < size; q++) {
    const id = queryIds[q]!;
    const value = queryValues[q]!;
    for (let k = centroidPostings.start[id]!, end = centroidPostings.start[id + 1]!; k < end; k++) {
      centroidDots[centroidPostings.targets[k]!]! += value * centroidPostings.weights[k]!;
    }
    if (isPairFeature(features[id] ?? ' ')) continue;
    queryTerms++;
    if (index.smalltalkVocabulary.has(id)) smalltalkTerms++;
  }
  const smalltalkShare = queryTerms ? smalltalkTerms / queryTerms : 0;
  // The classifier reads the message as one unit vector, unknown words included in its length.
  for (let q = 0; q < size; q++) queryValues[q]! /= queryNorm;
  const probabilities = index.classifier.predict(queryIds, queryValues, size, space.probabilities);
  const scored: ScoredIntent[] = [];
  for (let intent = 0; intent < bestExample.length; intent++) {
    const example = bestExample[intent]! / queryNorm;
    const whole = centroidDots[intent]! / queryNorm;
    bestExample[intent] = 0;
    centroidDots[intent] = 0;
    // Only intents that share a feature with one of their examples are scored.
    if (example === 0) continue;
    const support = EXAMPLE_SHARE * example + (1 - EXAMPLE_SHARE) * whole;
    scored.push({ intent, score: probabilities[intent]!, support, smalltalkShare, smalltalkFrame });
  }
  return bestFirst(scored);
}

/** Higher score first; on a tie the lower intent number, so the order never depends on the sort. */
const before = (a: ScoredIntent, b: ScoredIntent) => a.score > b.score || (a.score === b.score && a.intent < b.intent);

/**
 * Sorts in place, best first. An insertion sort: there are at most a few dozen intents, and
 * Array.prototype.sort calling a comparator for each pair was the largest single cost of scoring.
 */
export function bestFirst(scored: ScoredIntent[]): ScoredIntent[] {
  for (let i = 1; i < scored.length; i++) {
    const item = scored[i]!;
    let j = i - 1;
    while (j >= 0 && before(item, scored[j]!)) {
      scored[j + 1] = scored[j]!;
      j--;
    }
    scored[j + 1] = item;
  }
  return scored;
}
