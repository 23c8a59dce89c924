import { MAX_SAFETY_TEXT, normalize, squeezeRepeats } from '../text/normalize.js';
import { anyMatch, someMatch } from '../text/regex.js';
import { readForSafety, type SafetyReading } from '../text/safety-reading.js';
import { typoFolder } from '../text/typos.js';
import { cueSigns } from './cues.js';
import type { LinearModel } from '../text/linear-model.js';
import { modelSign } from './model.js';
import { CRISIS_NEGATORS, CRISIS_PATTERNS, type CrisisSign } from './patterns.js';

export type { CrisisSign } from './patterns.js';

/** Which crisis signs fired. Never holds the text. */
export interface CrisisResult {
  crisis: boolean;
  signs: CrisisSign[];
}

const ORDER: CrisisSign[] = ['zelfdoding', 'levensmoe', 'zelfbeschadiging'];

/** The crisis words people mistype at night ("zelfmoors", "zelfmoordgedachtes"), one edit away at most. */
const CRISIS_WORDS = ['zelfmoord', 'zelfmoordgedachten', 'zelfmoordgedachte', 'zelfdoding', 'suicidaal', 'zelfbeschadiging'];

const fixCrisisTypos = typoFolder(CRISIS_WORDS, 8, () => 1);

/** "geen zelfmoordgedachten", "niet suicidaal": a denial right before a noun-like sign. */
function denied(text: string, index: number): boolean {
  const words = text.slice(Math.max(0, index - 30), index).split(/[.!?;,]/).pop()?.match(/[a-z']+/g) ?? [];
  return words.slice(-2).some((word) => CRISIS_NEGATORS.has(word));
}

/**
 * The message without its crisis phrases, so the bot answers only a question that is really there
 * ("ik wil niet meer leven" must not be answered with a passage about "gezond leven").
 */
export function withoutCrisisPhrases(raw: string, fixSpelling: (normalized: string) => string = (t) => t): string {
  // Stretched words read with the run cut to two letters, as the matcher reads them.
  let text = fixSpelling(squeezeRepeats(normalize(raw, MAX_SAFETY_TEXT), 2));
  for (const { pattern } of CRISIS_PATTERNS) text = text.replace(pattern, ' ');
  return text;
}

/**
 * Detects that someone may not want to live or may harm themselves. Runs on every message, before
 * anything else, on the whole text with only case, accents, spacing and common misspellings folded:
 * phrase patterns and cues told in pieces on every reading and, given one, the learned model
 * (src/crisis/model.ts) on the message as written. Either is enough.
 */
export function detectCrisis(raw: string, fixSpelling: (normalized: string) => string = (t) => t, model?: LinearModel): CrisisResult {
  return crisisIn(readForSafety(raw, fixSpelling), model);
}

/** detectCrisis on a reading the alarm detector shares (see src/text/safety-reading.ts). */
export function crisisIn(reading: SafetyReading, model?: LinearModel): CrisisResult {
  const signs = new Set<CrisisSign>();
  // Stretched words ("ik wil doooood") are read as written and with the run cut to two and to one letter.
  reading.readings.forEach((spelled, i) => {
    // The learned model reads the message as written: the first reading.
    if (model && i === 0) {
      const sign = modelSign(model, spelled, reading.modelFeatures());
      if (sign) signs.add(sign);
    }
    const text = fixCrisisTypos(spelled);
    for (const { sign, pattern, negatable } of CRISIS_PATTERNS) {
      if (signs.has(sign)) continue;
      if (negatable ? someMatch(pattern, text, (match) => !denied(text, match.index)) : anyMatch(pattern, text)) signs.add(sign);
    }
    for (const sign of cueSigns(text)) signs.add(sign);
  });
  // A knife or a razor among the emoji that normalising removes: "weer gedaan 🩸🔪".
  if (/\u{1F52A}|\u{1FA92}|\u{1F5E1}/u.test(reading.raw)) signs.add('zelfbeschadiging');
  // A coffin with "soon me": "⚰️ binnenkort ik", "⚰️ straks mijn beurt". A grave alone is a visit to the baby.
  if (/\u26B0/u.test(reading.raw) && /(?<![a-z])(?:binnenkort|straks|mijn beurt|ik ook|ik ben de volgende|voor mij)(?![a-z])/.test(reading.readings[0] ?? '')) signs.add('zelfdoding');
  const ordered = ORDER.filter((sign) => signs.has(sign));
  return { crisis: ordered.length > 0, signs: ordered };
}
