import { textFeatures } from './features.js';
import { toFeatureVector, type IntentIndex } from './index.js';

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

/**
 * Scores every intent that shares a word with the message: the classifier's probability, and as
 * support the cosine similarity of TF-IDF vectors (closest example mixed with the intent's whole
 * vocabulary). Query words the intents never use are resolved by compound splitting and fuse.js;
 * what stays unknown weighs against every intent. Returns intents best first.
 */
export function scoreIntents(index: IntentIndex, raw: string): ScoredIntent[] {
  const { weights, unknown } = textFeatures(index.analyzer.analyze(raw), index.resolver);
  const query = new Map<string, number>();
  for (const [feature, weight] of weights) {
    const idf = index.idf.get(feature);
    if (idf !== undefined) query.set(feature, idf * weight);
  }
  if (query.size === 0) return [];
  let squared = unknown * UNKNOWN_TERM_WEIGHT * UNKNOWN_TERM_WEIGHT;
  for (const value of query.values()) squared += value * value;
  const queryNorm = Math.sqrt(squared);

  const dots = new Map<number, number>();
  for (const [term, value] of query) {
    for (const { doc, weight } of index.postings.get(term) ?? []) dots.set(doc, (dots.get(doc) ?? 0) + value * weight);
  }
  const bestExample = new Map<number, number>();
  for (const [docIndex, dot] of dots) {
    const doc = index.docs[docIndex];
    if (!doc || doc.norm === 0) continue;
    const cosine = dot / (queryNorm * doc.norm);
    if (cosine > (bestExample.get(doc.intent) ?? 0)) bestExample.set(doc.intent, cosine);
  }
  let smalltalkTerms = 0;
  let queryTerms = 0;
  for (const feature of query.keys()) {
    if (feature.includes(' ')) continue;
    queryTerms++;
    if (index.smalltalkVocabulary.has(feature)) smalltalkTerms++;
  }
  const smalltalkShare = queryTerms ? smalltalkTerms / queryTerms : 0;
  const probabilities = index.classifier.predict(toFeatureVector(query, index.features, unknown * UNKNOWN_TERM_WEIGHT));
  const scored: ScoredIntent[] = [];
  for (const [intent, example] of bestExample) {
    const centroid = index.centroids[intent];
    let dot = 0;
    if (centroid) for (const [term, value] of query) dot += value * (centroid.weights.get(term) ?? 0);
    const whole = centroid && centroid.norm > 0 ? dot / (queryNorm * centroid.norm) : 0;
    const support = EXAMPLE_SHARE * example + (1 - EXAMPLE_SHARE) * whole;
    scored.push({ intent, score: probabilities[intent] ?? 0, support, smalltalkShare });
  }
  return scored.sort((a, b) => b.score - a.score || a.intent - b.intent);
}
