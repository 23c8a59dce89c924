import type { Content } from '../content/load.js';
import { foldWhitespace } from '../content/source-text.js';
import type { Intent } from '../content/schema.js';
import type { Analyzer } from '../text/analyze.js';
import { trainClassifier, type Classifier, type SparseVector } from './classifier.js';
import { textFeatures } from './features.js';
import { createTermResolver, type TermResolver } from './vocabulary.js';

/** One indexed text of an intent: an example, its title, a keyword or a sentence of its answer. */
interface Doc {
  intent: number;
  weights: Map<string, number>;
  norm: number;
}

export interface IntentIndex {
  intents: Intent[];
  /** Patient phrasings (examples, titles, keywords): the closest one says how much a message really overlaps. */
  docs: Doc[];
  /** feature -> docs holding it, with the feature's weight there */
  postings: Map<string, { doc: number; weight: number }[]>;
  /** One vector per intent: all its texts together, so evidence spread over examples adds up. */
  centroids: { weights: Map<string, number>; norm: number }[];
  idf: Map<string, number>;
  resolver: TermResolver;
  analyzer: Analyzer;
  /** Every term some small-talk intent uses: a message with other words is more than small talk. */
  smalltalkVocabulary: Set<string>;
  /** feature -> feature number for the classifier */
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
/**
 * The answer's own sentences teach the classifier the brochure's words ("ondergewicht", "innestelen")
 * that patients echo, but they are not how patients ask: they weigh less than an example.
 */
const PASSAGE_BOOST = 0.5;
/** Shorter "sentences" are headings or list stubs, not text worth learning from. */
const MIN_PASSAGE_SENTENCE = 25;

function vectorNorm(weights: Map<string, number>): number {
  let sum = 0;
  for (const value of weights.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** The sentences of an intent's answer passages. */
function answerSentences(content: Content, intent: Intent): string[] {
  if (intent.kind !== 'topic') return [];
  const passages = content.responses.get(intent.response)?.passages ?? [];
  return passages.flatMap((p) => foldWhitespace(p.quote).split(/(?<=[.?!])\s+/)).filter((s) => s.length >= MIN_PASSAGE_SENTENCE);
}

/**
 * Indexes every intent's examples, title, keywords and answer sentences as TF-IDF vectors over
 * stemmed terms and word pairs, and trains the classifier on them.
 */
export function buildIndex(content: Content, analyzer: Analyzer): IntentIndex {
  const intents = content.intents;
  const texts: { intent: number; weights: Map<string, number>; boost: number; phrasing: boolean }[] = [];
  const add = (intent: number, text: string, boost: number, phrasing: boolean) =>
    texts.push({ intent, weights: textFeatures(analyzer.analyze(text)).weights, boost, phrasing });
  intents.forEach((intent, i) => {
    for (const example of intent.examples) add(i, example, 1, true);
    add(i, intent.title, 1, true);
    for (const keyword of intent.keywords ?? []) add(i, keyword, KEYWORD_BOOST, true);
    for (const sentence of answerSentences(content, intent)) add(i, sentence, PASSAGE_BOOST, false);
  });

  // Document frequency counts intents, not texts: a word used by one intent's twenty examples is still rare.
  const intentsWithFeature = new Map<string, Set<number>>();
  for (const text of texts) {
    for (const feature of text.weights.keys()) {
      const set = intentsWithFeature.get(feature) ?? new Set<number>();
      set.add(text.intent);
      intentsWithFeature.set(feature, set);
    }
  }
  const idf = new Map<string, number>();
  for (const [feature, set] of intentsWithFeature) idf.set(feature, Math.log((intents.length + 1) / (set.size + 0.5)));

  const docs: Doc[] = [];
  const postings = new Map<string, { doc: number; weight: number }[]>();
  const centroidCounts = intents.map(() => new Map<string, number>());
  const samples: { weights: Map<string, number>; label: number }[] = [];
  for (const text of texts) {
    if (text.weights.size === 0) continue;
    const weights = new Map<string, number>();
    for (const [feature, value] of text.weights) {
      weights.set(feature, (idf.get(feature) ?? 0) * value * text.boost);
      const counts = centroidCounts[text.intent];
      counts?.set(feature, (counts.get(feature) ?? 0) + value * text.boost);
    }
    samples.push({ weights, label: text.intent });
    if (!text.phrasing) continue;
    const doc = docs.push({ intent: text.intent, weights, norm: vectorNorm(weights) }) - 1;
    for (const [feature, weight] of weights) {
      const list = postings.get(feature) ?? [];
      list.push({ doc, weight });
      postings.set(feature, list);
    }
  }
  const centroids = centroidCounts.map((counts) => {
    const weights = new Map<string, number>();
    for (const [feature, count] of counts) weights.set(feature, (1 + Math.log(1 + count)) * (idf.get(feature) ?? 0));
    return { weights, norm: vectorNorm(weights) };
  });

  const features = new Map([...idf.keys()].map((feature, i) => [feature, i]));
  const classifier = trainClassifier(
    samples.map((sample) => ({ vector: toFeatureVector(sample.weights, features), label: sample.label })),
    intents.length,
    features.size,
  );

  const smalltalkVocabulary = new Set<string>();
  intents.forEach((intent, i) => {
    if (intent.kind === 'smalltalk') for (const feature of centroids[i]?.weights.keys() ?? []) if (!feature.includes(' ')) smalltalkVocabulary.add(feature);
  });

  // Typos and compounds are resolved against single terms only, never against word pairs.
  const terms = [...idf.keys()].filter((feature) => !feature.includes(' '));
  return { intents, docs, postings, centroids, idf, smalltalkVocabulary, resolver: createTermResolver(terms), analyzer, features, classifier };
}
