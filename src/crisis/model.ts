/**
 * A learned second opinion for the crisis detector. Ten blind red-team sets showed that phrase
 * patterns, however many, catch only about half of the crisis messages nobody has tried on them yet
 * (28 to 57 of 90 per set): people say it in too many ways. A linear model (src/text/linear-model.ts)
 * over 720 labelled crisis messages and about 6,500 messages that are not (the intents' examples, the
 * alarm corpora, the red-team and everyday near-misses) generalises further: see `npm run train -- --cv`.
 *
 * It runs beside the patterns (src/crisis/detect.ts); either one is enough to show the crisis reply.
 * Stored in intents/crisis-model.json; test/crisis/model.test.ts trains it again and fails when the
 * stored file is out of date.
 */
import { LINEAR_TRAINING_DEFAULTS, predictedClass, type LinearModel, type LinearTraining } from '../text/linear-model.js';
import type { CrisisSign } from './patterns.js';

/** The classes the model tells apart; 0 is "no crisis". */
export const CRISIS_CLASSES = ['geen', 'levensmoe', 'zelfdoding', 'zelfbeschadiging'] as const;

/** The file format: bump it when features or training change in a way old files cannot follow. */
export const CRISIS_MODEL_FORMAT = 'crisis-model/4';

export const CRISIS_TRAINING: LinearTraining = {
  /**
   * Chosen by leave-one-set-out cross-validation (`npm run train -- --cv`), not on the held-out set:
   * 0.4 caught 82% of held-out crisis messages with 3.7% false on their near-misses, 0.3 86% with
   * 5.0%, 0.25 88% with 7.0%. A missed crisis is worse than a 113 message too many.
   */
  threshold: 0.3,
  /** Crisis messages are one in fifteen of the texts; each counts this many times. */
  positiveWeight: 8,
  ...LINEAR_TRAINING_DEFAULTS,
};

/** The crisis sign the model sees in a normalised text (or its features, when known), or undefined. */
export function modelSign(model: LinearModel, normalized: string, features?: readonly number[]): CrisisSign | undefined {
  const best = predictedClass(model, normalized, features);
  return best === 0 ? undefined : (CRISIS_CLASSES[best] as CrisisSign);
}
