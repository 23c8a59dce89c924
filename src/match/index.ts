import type { Content } from '../content/load.js';
import type { Intent } from '../content/schema.js';
import type { Analyzer } from '../text/analyze.js';
import { trainClassifier, type Classifier, type SparseVector } from './classifier.js';
import { createTermResolver, type TermResolver } from './vocabulary.js';

/** One indexed text of an intent: an example, its title or a keyword. */
interface Doc {
  intent: number;
  weights: Map<string, number>;
  norm: number;
}

export interface IntentIndex {
  intents: Intent[];
  docs: Doc[];
  /** term -> docs holding it, with the term's weight there */
  postings: Map<string, { doc: number; weight: number }[]>;
  /** One vector per intent: all its texts together, so evidence spread over examples adds up. */
  centroids: { weights: Map<string, number>; norm: number }[];
  idf: Map<string, number>;
  resolver: TermResolver;
  analyzer: Analyzer;
  /** Every term some small-talk intent uses: a message with other words is more than small talk. */
  smalltalkVocabulary: Set<string>;
  /** term -> feature number for the classifier */
  features: Map<string, number>;
  classifier: Classifier;
}

/** An L2-normalised feature vector; `extraMass` (unknown words) counts in the norm but has no feature. */
export function toFeatureVector(weights: Map<string, number>, features: Map<string, number>, extraMass = 0): SparseVector {
  let squared = extraMass * extraMass;
  for (const value of weights.values()) squared += value * value;
  const norm = Math.sqrt(squared) || 1;
  const vector: SparseVector = new Map();
  for (const [term, value] of weights) {
    const feature = features.get(term);
    if (feature !== undefined) vector.set(feature, value / norm);
  }
  return vector;
}

const KEYWORD_BOOST = 1.3;

function vectorNorm(weights: Map<string, number>): number {
  let sum = 0;
  for (const value of weights.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Indexes every intent's examples, title and keywords as TF-IDF vectors over stemmed terms. */
export function buildIndex(content: Content, analyzer: Analyzer): IntentIndex {
  const intents = content.intents;
  const texts: { intent: number; terms: string[]; boost: number }[] = [];
  intents.forEach((intent, i) => {
    for (const example of intent.examples) texts.push({ intent: i, terms: analyzer.terms(example), boost: 1 });
    texts.push({ intent: i, terms: analyzer.terms(intent.title), boost: 1 });
    for (const keyword of intent.keywords ?? []) texts.push({ intent: i, terms: analyzer.terms(keyword), boost: KEYWORD_BOOST });
  });

  // Document frequency counts intents, not texts: a word used by one intent's twenty examples is still rare.
  const intentsWithTerm = new Map<string, Set<number>>();
  for (const text of texts) {
    for (const term of text.terms) {
      const set = intentsWithTerm.get(term) ?? new Set<number>();
      set.add(text.intent);
      intentsWithTerm.set(term, set);
    }
  }
  const idf = new Map<string, number>();
  for (const [term, set] of intentsWithTerm) idf.set(term, Math.log((intents.length + 1) / (set.size + 0.5)));

  const docs: Doc[] = [];
  const postings = new Map<string, { doc: number; weight: number }[]>();
  const centroidCounts = intents.map(() => new Map<string, number>());
  for (const text of texts) {
    if (text.terms.length === 0) continue;
    const weights = new Map<string, number>();
    for (const term of new Set(text.terms)) {
      weights.set(term, (idf.get(term) ?? 0) * text.boost);
      const counts = centroidCounts[text.intent];
      counts?.set(term, (counts.get(term) ?? 0) + text.boost);
    }
    const doc = docs.push({ intent: text.intent, weights, norm: vectorNorm(weights) }) - 1;
    for (const [term, weight] of weights) {
      const list = postings.get(term) ?? [];
      list.push({ doc, weight });
      postings.set(term, list);
    }
  }
  const centroids = centroidCounts.map((counts) => {
    const weights = new Map<string, number>();
    for (const [term, count] of counts) weights.set(term, (1 + Math.log(count)) * (idf.get(term) ?? 0));
    return { weights, norm: vectorNorm(weights) };
  });

  const features = new Map([...idf.keys()].map((term, i) => [term, i]));
  const samples = docs.map((doc) => ({ vector: toFeatureVector(doc.weights, features), label: doc.intent }));
  const classifier = trainClassifier(samples, intents.length, features.size);

  const smalltalkVocabulary = new Set<string>();
  intents.forEach((intent, i) => {
    if (intent.kind === 'smalltalk') for (const term of centroids[i]?.weights.keys() ?? []) smalltalkVocabulary.add(term);
  });

  return { intents, docs, postings, centroids, idf, smalltalkVocabulary, resolver: createTermResolver(idf.keys()), analyzer, features, classifier };
}
