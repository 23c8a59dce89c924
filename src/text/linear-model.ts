/**
 * A small linear text classifier for the safety detectors: a softmax over TF-IDF weights of a
 * message's stems and word pairs, stopwords included ("ik wil niet meer" is made of them). Features
 * are 32-bit hashes kept in one open-addressing table, weights in one typed array. Trained by
 * `npm run train` (src/cli/train-models.ts) and stored as JSON in intents/; deterministic, so a test
 * can train again and check that a stored model is up to date.
 */
import { trainClassifier, type SparseVector } from '../match/classifier.js';
import { stem } from './analyze.js';
import { fnv } from './hash.js';
import { MAX_SAFETY_TEXT, normalize, words } from './normalize.js';

export interface LinearModel {
  format: string;
  classes: number;
  /** At or above this probability of any class but 0 the model fires. */
  threshold: number;
  /** Open addressing over feature hashes: slot -> row + 1 (0 is an empty slot). */
  slots: Int32Array;
  keys: Uint32Array;
  /** One row per feature: its idf, then its weight per class. */
  rows: Float32Array;
  bias: Float64Array;
}

/** The stored form: plain JSON; the feature hashes as one list, their rows as one flat list. */
export interface StoredLinearModel {
  format: string;
  threshold: number;
  bias: number[];
  features: number[];
  /** 1 + classes numbers per feature, in the order of `features`: idf, then the weight per class. */
  rows: number[];
}

/**
 * Added to the squared length of every message's vector before it is made unit length, in training and
 * in use alike: without it a message of one or two common words ("ik", "weer", "sorry") is a vector of
 * full length along those words, and their weights alone decided ("ik" read as a crisis). With it a short
 * message weighs by how telling its words are: one rare word ("zelfmoord", idf about 5) keeps most of its
 * weight, one common word (idf about 1) keeps a fifth.
 */
export const EVIDENCE_FLOOR = 16;

/** Words read per message: a sign is in the words, and a long story should not cost more. */
const MAX_WORDS = 600;

/**
 * The words of a normalised text as stems, and each with the next, as distinct 32-bit hashes: what a
 * model weighs. A pair is hashed as "first second" without building that string.
 */
export function textFeatures(normalized: string): number[] {
  const stems = words(normalized).slice(0, MAX_WORDS).map((word) => stem(word));
  const features = new Set<number>();
  for (let i = 0; i < stems.length; i++) {
    const single = fnv(stems[i]!);
    features.add(single);
    if (i + 1 < stems.length) features.add(fnv(stems[i + 1]!, fnv(' ', single)));
  }
  return [...features];
}

function rowOf(model: LinearModel, hash: number): number {
  const mask = model.slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const row = model.slots[slot]!;
    if (row === 0) return -1;
    if (model.keys[slot] === hash) return row - 1;
  }
}

/**
 * Class probabilities for a normalised text, or for its features (textFeatures) when the caller has
 * them already: TF-IDF weights, unit length, through a softmax.
 */
export function classProbabilities(model: LinearModel, normalized: string, features: readonly number[] = textFeatures(normalized)): Float64Array {
  const { rows } = model;
  const width = 1 + model.classes;
  const logits = Float64Array.from(model.bias);
  const found: number[] = [];
  let squared = 0;
  for (const feature of features) {
    const row = rowOf(model, feature);
    if (row < 0) continue;
    found.push(row * width);
    squared += rows[row * width]! * rows[row * width]!;
  }
  const norm = Math.sqrt(squared + EVIDENCE_FLOOR) || 1;
  for (const at of found) {
    const value = rows[at]! / norm;
    for (let c = 0; c < logits.length; c++) logits[c]! += rows[at + 1 + c]! * value;
  }
  let max = -Infinity;
  for (const logit of logits) max = Math.max(max, logit);
  let sum = 0;
  for (let c = 0; c < logits.length; c++) sum += logits[c] = Math.exp(logits[c]! - max);
  for (let c = 0; c < logits.length; c++) logits[c]! /= sum;
  return logits;
}

/** The class the model sees (1 and up), or 0 when the probability of all of them together is under the threshold. */
export function predictedClass(model: LinearModel, normalized: string, features?: readonly number[]): number {
  const p = classProbabilities(model, normalized, features);
  if (1 - p[0]! < model.threshold) return 0;
  let best = 1;
  for (let c = 2; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return best;
}

export function modelFromStored(stored: StoredLinearModel, format: string, classes: number): LinearModel {
  if (stored.format !== format) throw new Error(`model: format ${stored.format}, expected ${format}`);
  if (!Array.isArray(stored.features) || !Array.isArray(stored.rows) || stored.rows.length !== stored.features.length * (1 + classes)) {
    throw new Error('model: features and rows do not match');
  }
  if (!Array.isArray(stored.bias) || stored.bias.length !== classes) throw new Error('model: bias has the wrong length');
  let size = 16;
  while (size < stored.features.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const keys = new Uint32Array(size);
  stored.features.forEach((hash, row) => {
    for (let slot = hash & (size - 1); ; slot = (slot + 1) & (size - 1)) {
      if (slots[slot] === 0) {
        slots[slot] = row + 1;
        keys[slot] = hash;
        return;
      }
      if (keys[slot] === hash) throw new Error(`model: feature ${hash} is stored twice`);
    }
  });
  return { format, classes, threshold: stored.threshold, slots, keys, rows: Float32Array.from(stored.rows), bias: Float64Array.from(stored.bias) };
}

/** A model that never fires: what training reads the content with, before a model is stored. */
export function silentModel(format: string, classes: number): LinearModel {
  return { format, classes, threshold: 2, slots: new Int32Array(16), keys: new Uint32Array(16), rows: new Float32Array(0), bias: new Float64Array(classes) };
}

export interface LabelledText {
  text: string;
  /** The class: 0 is "none of them". */
  label: number;
}

export interface LinearTraining {
  threshold: number;
  /** Texts of class 1 and up count this many times, so a rare class is not drowned out. */
  positiveWeight: number;
  /** A feature must occur in at least this many texts: a word seen once or twice says more about its writer than its meaning. */
  minDocumentFrequency: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/**
 * What both detector models share; each sets its own threshold and weight of the rarer classes. A
 * feature must occur in 3 texts: for the crisis model 2 kept 11,054 features and 3 keeps 6,639, for
 * the same cross-validated recall (86% either way) and 2 MB less resident memory.
 */
export const LINEAR_TRAINING_DEFAULTS = { minDocumentFrequency: 3, epochs: 12, learningRate: 1.2, l2: 1e-4, seed: 7 };

/** Weights are stored to this many decimals: the file stays small and the model the same in every way measured. */
const DECIMALS = 4;
// `+ 0` turns a rounded -0 into 0: JSON writes both as 0, so the stored file must compare equal to training.
const round = (value: number) => Number(value.toFixed(DECIMALS)) + 0;

export function trainLinearModel(texts: LabelledText[], classes: number, format: string, options: LinearTraining): StoredLinearModel {
  const featureLists = texts.map((t) => textFeatures(normalize(t.text, MAX_SAFETY_TEXT)));
  const documentFrequency = new Map<number, number>();
  for (const list of featureLists) for (const feature of list) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const vocabulary = [...documentFrequency]
    .filter(([, count]) => count >= options.minDocumentFrequency)
    .map(([feature]) => feature)
    .sort((a, b) => a - b);
  const ids = new Map(vocabulary.map((feature, i) => [feature, i]));
  const idf = vocabulary.map((feature) => round(Math.log(texts.length / documentFrequency.get(feature)!)));

  const samples: { vector: SparseVector; label: number }[] = [];
  texts.forEach((text, i) => {
    const vector: SparseVector = new Map();
    let squared = 0;
    for (const feature of featureLists[i]!) {
      const id = ids.get(feature);
      if (id === undefined) continue;
      vector.set(id, idf[id]!);
      squared += idf[id]! * idf[id]!;
    }
    const norm = Math.sqrt(squared + EVIDENCE_FLOOR) || 1;
    for (const [id, value] of vector) vector.set(id, value / norm);
    const copies = text.label === 0 ? 1 : options.positiveWeight;
    for (let c = 0; c < copies; c++) samples.push({ vector, label: text.label });
  });

  const trained = trainClassifier(samples, classes, vocabulary.length, options);
  const rows = vocabulary.flatMap((_, id) => [idf[id]!, ...Array.from(trained.weights.subarray(id * classes, (id + 1) * classes), round)]);
  return { format, threshold: options.threshold, bias: Array.from(trained.bias, round), features: vocabulary, rows };
}
