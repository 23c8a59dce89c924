import type { Content } from '../content/load.js';
import { foldWhitespace } from '../content/source-text.js';
import type { Intent } from '../content/schema.js';
import type { Analyzer } from '../text/analyze.js';
import { fnv } from '../text/hash.js';
import { classifierFrom, trainClassifier, type Classifier, type ClassifierWeights, type TrainingSample } from './classifier.js';
import { isPairFeature, textFeatures } from './features.js';
import { invert, type Postings, type SparseWeights } from './postings.js';
import { createTermResolver, type TermResolver } from './vocabulary.js';

/**
 * Everything learned from the content: the part that takes time to build, kept in plain arrays so
 * it can be cached on disk (see index-cache.ts) and loaded as it is.
 */
export interface TrainedIndex {
  /** feature number -> feature (a term, or a pair of terms with a space) */
  features: string[];
  /** feature number -> inverse document frequency over intents */
  idf: Float64Array;
  /** Patient phrasings (examples, titles, keywords): the closest one says how much a message really overlaps. */
  docs: (SparseWeights & { intent: number })[];
  /** One vector per intent: all its texts together, so evidence spread over examples adds up. */
  centroids: SparseWeights[];
  classifier: ClassifierWeights;
}

export interface IntentIndex {
  intents: Intent[];
  trained: TrainedIndex;
  /** feature -> feature number */
  featureIds: Map<string, number>;
  /** feature number -> docs holding it, and the feature's weight there divided by the doc's length */
  postings: Postings;
  /** doc number -> its intent, in a flat array: the scoring loop reads it for every doc a message reaches */
  docIntents: Int32Array;
  /** feature number -> intents whose centroid holds it, and its weight there divided by the centroid's length */
  centroidPostings: Postings;
  /** Feature numbers of every term some small-talk intent uses: a message with other words is more than small talk. */
  smalltalkVocabulary: Set<number>;
  /** ...and of the terms only small talk uses ("hoi", "alvast", "bedankt"): the frame around a question, not the question. */
  smalltalkOnly: Set<number>;
  resolver: TermResolver;
  analyzer: Analyzer;
  classifier: Classifier;
}

const KEYWORD_BOOST = 1.3;
/**
 * The answer's own sentences teach the classifier the brochure's words ("ondergewicht", "innestelen")
 * that patients echo, but they are not how patients ask: they weigh less than an example.
 */
const PASSAGE_BOOST = 0.5;
/** Shorter "sentences" are headings or list stubs, not text worth learning from. */
const MIN_PASSAGE_SENTENCE = 25;

/** The sentences of an intent's answer passages. */
function answerSentences(content: Content, intent: Intent): string[] {
  if (intent.kind !== 'topic') return [];
  const passages = content.responses.get(intent.response)?.passages ?? [];
  return passages.flatMap((p) => foldWhitespace(p.quote).split(/(?<=[.?!])\s+/)).filter((s) => s.length >= MIN_PASSAGE_SENTENCE);
}

function sparse(weights: Map<number, number>): SparseWeights {
  let squared = 0;
  for (const value of weights.values()) squared += value * value;
  return { ids: Int32Array.from(weights.keys()), values: Float64Array.from(weights.values()), norm: Math.sqrt(squared) };
}

/**
 * Learns from every intent's examples, title, keywords and answer sentences: TF-IDF vectors over
 * stemmed terms and word pairs, and the classifier trained on them.
 */
export function trainIndex(content: Content, analyzer: Analyzer): TrainedIndex {
  const intents = content.intents;
  const texts: { intent: number; weights: Map<string, number>; boost: number; phrasing: boolean; key: number }[] = [];
  const add = (intent: number, text: string, boost: number, phrasing: boolean) =>
    texts.push({ intent, weights: textFeatures(analyzer.analyze(text)).weights, boost, phrasing, key: fnv(`${intents[intent]?.id} ${boost} ${text}`) });
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
  const features = [...intentsWithFeature.keys()];
  const featureIds = new Map(features.map((feature, i) => [feature, i]));
  const idf = Float64Array.from(features, (feature) => Math.log((intents.length + 1) / ((intentsWithFeature.get(feature)?.size ?? 0) + 0.5)));

  const docs: TrainedIndex['docs'] = [];
  const centroidCounts = intents.map(() => new Map<number, number>());
  const samples: TrainingSample[] = [];
  for (const text of texts) {
    if (text.weights.size === 0) continue;
    const weights = new Map<number, number>();
    const counts = centroidCounts[text.intent];
    for (const [feature, value] of text.weights) {
      const id = featureIds.get(feature) ?? 0;
      weights.set(id, (idf[id] ?? 0) * value * text.boost);
      counts?.set(id, (counts.get(id) ?? 0) + value * text.boost);
    }
    const vector = sparse(weights);
    const unit = new Map<number, number>();
    for (const [id, value] of weights) unit.set(id, value / (vector.norm || 1));
    // Keyed by its text, so that adding examples does not reshuffle the rest (see TrainingSample).
    samples.push({ vector: unit, label: text.intent, key: text.key });
    if (text.phrasing) docs.push({ intent: text.intent, ...vector });
  }
  const centroids = centroidCounts.map((counts) => {
    const weights = new Map<number, number>();
    for (const [id, count] of counts) weights.set(id, (1 + Math.log(1 + count)) * (idf[id] ?? 0));
    return sparse(weights);
  });
  const classifier = trainClassifier(samples, intents.length, features.length);
  return { features, idf, docs, centroids, classifier };
}

/** The index the matcher reads: the trained part plus lookups derived from it (quick to build). */
export function assembleIndex(content: Content, analyzer: Analyzer, trained: TrainedIndex): IntentIndex {
  const featureIds = new Map(trained.features.map((feature, i) => [feature, i]));
  const postings = invert(trained.docs, trained.features.length, true);
  const docIntents = Int32Array.from(trained.docs, (doc) => doc.intent);
  const centroidPostings = invert(trained.centroids, trained.features.length, true);
  const smalltalkVocabulary = new Set<number>();
  const otherVocabulary = new Set<number>();
  content.intents.forEach((intent, i) => {
    const vocabulary = intent.kind === 'smalltalk' ? smalltalkVocabulary : otherVocabulary;
    for (const id of trained.centroids[i]?.ids ?? []) if (!isPairFeature(trained.features[id] ?? ' ')) vocabulary.add(id);
  });
  const smalltalkOnly = new Set([...smalltalkVocabulary].filter((id) => !otherVocabulary.has(id)));
  // Typos and compounds are resolved against single terms only, never against word pairs.
  const resolver = createTermResolver(trained.features.filter((feature) => !isPairFeature(feature)));
  return {
    intents: content.intents,
    trained,
    featureIds,
    postings,
    docIntents,
    centroidPostings,
    smalltalkVocabulary,
    smalltalkOnly,
    resolver,
    analyzer,
    classifier: classifierFrom(trained.classifier),
  };
}

/** Trains and assembles an index in one go (no cache): what tests and cross-validation use. */
export function buildIndex(content: Content, analyzer: Analyzer): IntentIndex {
  return assembleIndex(content, analyzer, trainIndex(content, analyzer));
}
