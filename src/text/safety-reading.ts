import { textFeatures } from './linear-model.js';
import { MAX_SAFETY_TEXT, normalize, stretchedReadings } from './normalize.js';

/**
 * A message as both safety detectors read it, made once per message: the crisis and the alarm
 * detector used to normalise it, fix its spelling and find the models' features each on their own.
 */
export interface SafetyReading {
  /** The message as written, for signs that normalising removes (a knife emoji). */
  raw: string;
  /**
   * The normalised text with only case, accents, spacing and common misspellings folded, as written and,
   * when it stretches a word ("koooorts", "ik wil doooood"), with the run cut to two and to one letter.
   */
  readings: string[];
  /** The learned models' features of the first reading (the message as written), made on first use. */
  modelFeatures(): readonly number[];
}

export function readForSafety(raw: string, fixSpelling: (normalized: string) => string = (text) => text): SafetyReading {
  const readings = stretchedReadings(normalize(raw, MAX_SAFETY_TEXT)).map(fixSpelling);
  let features: number[] | undefined;
  return { raw, readings, modelFeatures: () => (features ??= textFeatures(readings[0] ?? '')) };
}
