/**
 * A learned second opinion for the crisis detector. Six blind red-team sets showed that phrase
 * patterns, however many, catch only about half of the crisis messages nobody has tried on them yet
 * (28 to 55 of 90 per set): people say it in too many ways. A linear model over the words and word
 * pairs of 450 labelled crisis messages and about 6,000 messages that are not (the intents' examples,
 * the alarm corpora, the red-team near-misses) generalises further: see `npm run crisis:train -- --cv`.
 *
 * It reads every word, stopwords included: "ik wil niet meer" is made of them. It runs beside the
 * patterns (src/crisis/detect.ts); either one is enough to show the crisis reply. The model is trained
 * by `npm run crisis:train` and stored in intents/crisis-model.json; test/crisis/model.test.ts trains it
 * again and fails when the stored file is out of date.
 */
import { stem } from '../text/analyze.js';
import { words } from '../text/normalize.js';
import type { CrisisSign } from './patterns.js';

/** The classes the model tells apart; 0 is "no crisis". */
export const MODEL_CLASSES = ['geen', 'levensmoe', 'zelfdoding', 'zelfbeschadiging'] as const;

export interface CrisisModel {
  format: string;
  /** At or above this probability of any crisis class the message is a crisis. */
  threshold: number;
  /** Open addressing over feature hashes: slot -> row + 1 (0 is an empty slot). */
  slots: Int32Array;
  keys: Uint32Array;
  /**
   * One row per feature: its idf, then its weight per class. Features are kept as 32-bit hashes, not
   * strings, and all rows in one typed array: the bench process's resident memory stays under its
   * 100 MB target with the model loaded (with a Map of strings and an array per feature it did not).
   */
  rows: Float32Array;
  bias: Float64Array;
}

/** Numbers per feature row: the idf, then one weight per class. */
export const ROW = 1 + MODEL_CLASSES.length;

/** The file format: bump it when features or training change in a way old files cannot follow. */
export const MODEL_FORMAT = 'crisis-model/3';

/** Words read per message: a crisis sign is in the words, and a long story should not cost more. */
const MAX_WORDS = 600;

/** FNV-1a over a string's UTF-16 units, continuing from `seed`. */
function fnv(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
const SPACE = ' ';

/**
 * The words of a normalised text as stems, and each with the next, as distinct 32-bit hashes: what
 * the model weighs. A pair is hashed as "first second" without building that string.
 */
export function crisisFeatures(normalized: string): number[] {
  const stems = words(normalized).slice(0, MAX_WORDS).map((word) => stem(word));
  const features = new Set<number>();
  for (let i = 0; i < stems.length; i++) {
    const single = fnv(stems[i]!);
    features.add(single);
    if (i + 1 < stems.length) features.add(fnv(stems[i + 1]!, fnv(SPACE, single)));
  }
  return [...features];
}

/** The row of a feature hash, or -1. */
function rowOf(model: CrisisModel, hash: number): number {
  const mask = model.slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const row = model.slots[slot]!;
    if (row === 0) return -1;
    if (model.keys[slot] === hash) return row - 1;
  }
}

/** Class probabilities for a normalised text: TF-IDF weights, unit length, through a softmax. */
export function classProbabilities(model: CrisisModel, normalized: string): Float64Array {
  const { rows } = model;
  const logits = Float64Array.from(model.bias);
  const found: number[] = [];
  let squared = 0;
  for (const feature of crisisFeatures(normalized)) {
    const row = rowOf(model, feature);
    if (row < 0) continue;
    found.push(row * ROW);
    squared += rows[row * ROW]! * rows[row * ROW]!;
  }
  const norm = Math.sqrt(squared) || 1;
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

/** The crisis sign the model sees in a normalised text, or undefined. */
export function modelSign(model: CrisisModel, normalized: string): CrisisSign | undefined {
  const p = classProbabilities(model, normalized);
  if (1 - p[0]! < model.threshold) return undefined;
  let best = 1;
  for (let c = 2; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return MODEL_CLASSES[best] as CrisisSign;
}

/** The stored form: plain JSON; the feature hashes as one list, their rows as one list of numbers. */
export interface StoredCrisisModel {
  format: string;
  threshold: number;
  bias: number[];
  features: number[];
  /** ROW numbers per feature, in the order of `features`: idf, then the weight per class. */
  rows: number[];
}

export function modelFromStored(stored: StoredCrisisModel): CrisisModel {
  if (stored.format !== MODEL_FORMAT) throw new Error(`crisis model: format ${stored.format}, expected ${MODEL_FORMAT}`);
  if (!Array.isArray(stored.features) || !Array.isArray(stored.rows) || stored.rows.length !== stored.features.length * ROW) {
    throw new Error('crisis model: features and rows do not match');
  }
  if (!Array.isArray(stored.bias) || stored.bias.length !== MODEL_CLASSES.length) throw new Error('crisis model: bias has the wrong length');
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
      if (keys[slot] === hash) throw new Error(`crisis model: feature ${hash} is stored twice`);
    }
  });
  return { format: stored.format, threshold: stored.threshold, slots, keys, rows: Float32Array.from(stored.rows), bias: Float64Array.from(stored.bias) };
}
