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
  /** feature -> [idf, weight per class] */
  features: Map<string, Float64Array>;
  bias: Float64Array;
}

/** The file format: bump it when features or training change in a way old files cannot follow. */
export const MODEL_FORMAT = 'crisis-model/1';

/** Words read per message: a crisis sign is in the words, and a long story should not cost more. */
const MAX_WORDS = 600;

/** The words of a normalised text as stems, and each with the next: what the model weighs. */
export function crisisFeatures(normalized: string): string[] {
  const stems = words(normalized).slice(0, MAX_WORDS).map((word) => stem(word));
  const features = new Set<string>();
  for (let i = 0; i < stems.length; i++) {
    features.add(stems[i]!);
    if (i + 1 < stems.length) features.add(`${stems[i]} ${stems[i + 1]}`);
  }
  return [...features];
}

/** Class probabilities for a normalised text: TF-IDF weights, unit length, through a softmax. */
export function classProbabilities(model: CrisisModel, normalized: string): Float64Array {
  const logits = Float64Array.from(model.bias);
  const found: Float64Array[] = [];
  let squared = 0;
  for (const feature of crisisFeatures(normalized)) {
    const row = model.features.get(feature);
    if (!row) continue;
    found.push(row);
    squared += row[0]! * row[0]!;
  }
  const norm = Math.sqrt(squared) || 1;
  for (const row of found) {
    const value = row[0]! / norm;
    for (let c = 0; c < logits.length; c++) logits[c]! += row[c + 1]! * value;
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

/** The stored form: plain JSON, one row per feature. */
export interface StoredCrisisModel {
  format: string;
  threshold: number;
  bias: number[];
  /** [feature, idf, ...weight per class] */
  features: [string, ...number[]][];
}

export function modelFromStored(stored: StoredCrisisModel): CrisisModel {
  if (stored.format !== MODEL_FORMAT) throw new Error(`crisis model: format ${stored.format}, expected ${MODEL_FORMAT}`);
  const features = new Map<string, Float64Array>();
  for (const [feature, ...numbers] of stored.features) {
    if (numbers.length !== MODEL_CLASSES.length + 1) throw new Error(`crisis model: feature "${feature}" has ${numbers.length} numbers`);
    features.set(feature, Float64Array.from(numbers));
  }
  if (stored.bias.length !== MODEL_CLASSES.length) throw new Error('crisis model: bias has the wrong length');
  return { format: stored.format, threshold: stored.threshold, features, bias: Float64Array.from(stored.bias) };
}
