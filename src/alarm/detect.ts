import { typoFolder } from '../text/typos.js';
import { anyMatch, someMatch } from '../text/regex.js';
import { readForSafety, type SafetyReading } from '../text/safety-reading.js';
import type { LinearModel } from '../text/linear-model.js';
import { hasGluedWords, splitGluedWords } from './glued.js';
import { modelAlarmSign } from './model.js';
import { hasNumberWords, numberWordsAsDigits } from './numerals.js';

import {
  ALARM_WORDS,
  BLEEDING_PATTERN,
  CLAUSE_BREAKERS,
  DURATION_SPAN_PATTERN,
  DURATION_WORDS_PATTERN,
  IT_GETS_WORSE,
  IT_GOES_ON,
  LONG_LASTING_PHRASE,
  A_MONTH_AFTER,
  LESSENING,
  THREE_WEEKS_OR_MORE,
  NEGATORS,
  NOTHING_HELPS_PATTERN,
  PAIN_PATTERN,
  PAINKILLER_NO_HELP_PATTERN,
  SIGN_PATTERNS,
  WORSENING_PATTERN,
  WONT_STOP_PATTERN,
  type AlarmSign,
} from './patterns.js';

export type { AlarmSign } from './patterns.js';

/** Which of the folder's criteria fired. Never holds the text. */
export interface AlarmResult {
  alarm: boolean;
  signs: AlarmSign[];
}

const ABSENCE_WORDS: ReadonlySet<string> = new Set(['geen', 'zonder', 'no']);
/** Words between a negation and a sign that make it go on instead: "niet stoppen met". */
const CONTINUATIONS: ReadonlySet<string> = new Set(['stoppen', 'stopt', 'stop', 'ophouden', 'ophoudt', 'stopping']);

const SIGN_ORDER: AlarmSign[] = ['hevig-bloedverlies', 'flauwvallen', 'koorts', 'aanhoudend'];

/**
 * Maps near-misses of the core alarm words onto them ("koors", "bloedferlies", "duizellig"):
 * one edit for shorter words, two for long ones.
 */
const fixAlarmTypos = typoFolder(ALARM_WORDS, 5, (target) => (target.length >= 11 ? 2 : 1));

/** True when a negation ("geen", "niet", "zonder") stands in the same clause, at most 3 words before `index`. */
function isNegated(text: string, index: number, negators: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const clause = before.split(/[.!?;,:]/).pop() ?? '';
  const tokens = clause.match(/[a-z0-9']+/g) ?? [];
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const token = tokens[i] ?? '';
    // "geen pijn of koorts", "zonder bloed of stolsels": one absence word denies the whole list.
    if ((token === 'of' || token === 'noch') && ABSENCE_WORDS.has(tokens[i - 2] ?? '')) return true;
    // "kan niet stoppen met rillen", "houdt niet op met bloeden": the sign goes on, it is not denied.
    if (CLAUSE_BREAKERS.has(token) || CONTINUATIONS.has(token)) return false;
    if (negators.has(token)) return true;
  }
  return false;
}

/** A pattern fires when at least one of its matches is not denied. */
function firesUndenied(pattern: RegExp, text: string, negatable: boolean, negators: ReadonlySet<string> = NEGATORS): boolean {
  if (!negatable) return anyMatch(pattern, text);
  return someMatch(pattern, text, (match) => {
    // A negation right before the match, or inside it ("bloed ik niet veel"), denies it.
    if (isNegated(text, match.index, negators)) return false;
    const inner = match[0].match(/[a-z']+/g) ?? [];
    return !inner.slice(1).some((token) => negators.has(token));
  });
}

/**
 * Detects the folder's alarm criteria in a raw message. Runs on every message, before any matching,
 * on the whole text (only case, accents, spacing and typos folded; no words removed): the phrase
 * patterns, and, given one, the learned model beside them. Either is enough.
 */
export function detectAlarm(raw: string, fixSpelling: (normalized: string) => string = (t) => t, model?: LinearModel): AlarmResult {
  return alarmIn(readForSafety(raw, fixSpelling), model);
}

/** detectAlarm on a reading the crisis detector shares (see src/text/safety-reading.ts). */
export function alarmIn(reading: SafetyReading, model?: LinearModel): AlarmResult {
  const signs = new Set<AlarmSign>();
  // Stretched words ("koooorts", "heeeel veel bloed", "zooo erg") are read as written and with the
  // run cut to two and to one letter: a sign found in any reading counts.
  // Words typed without spaces ("ikbenflauwgevallen") are read split apart, and number words
  // ("achtendertig komma vijf", "vijf dagen") as digits too.
  reading.readings.forEach((spelled, i) => {
    // The learned model (src/alarm/model.ts) can only add a sign; it reads the message as written, the first reading.
    if (model && i === 0) {
      const sign = modelAlarmSign(model, spelled, reading.modelFeatures());
      if (sign) signs.add(sign);
    }
    const text = fixAlarmTypos(spelled);
    addReadingSigns(text, signs);
    if (hasGluedWords(text)) {
      // Most long runs are ordinary words ("bloedverlies") that stay whole: only a changed text is read again.
      const split = splitGluedWords(text);
      if (split !== text) addReadingSigns(split, signs);
    }
  });
  const ordered = SIGN_ORDER.filter((sign) => signs.has(sign));
  return { alarm: ordered.length > 0, signs: ordered };
}

/** Adds the signs of one reading, as written and with its number words as digits. */
function addReadingSigns(text: string, signs: Set<AlarmSign>): void {
  addSigns(text, signs);
  if (hasNumberWords(text)) addSigns(numberWordsAsDigits(text), signs);
}

/** Adds the signs that fire in one reading of the message. */
function addSigns(text: string, signs: Set<AlarmSign>): void {
  for (const { sign, pattern, negatable } of SIGN_PATTERNS) {
    if (!signs.has(sign) && firesUndenied(pattern, text, negatable)) signs.add(sign);
  }
  // Lang aanhoudende pijn en bloedverlies: pain and bleeding that last, bleeding or pain that grows,
  // or pain that painkillers do not touch.
  // Only "geen"/"zonder" deny pain or bleeding here: in "paracetamol helpt niet tegen de pijn" the pain is real.
  const bleeding = firesUndenied(BLEEDING_PATTERN, text, true, ABSENCE_WORDS);
  const pain = firesUndenied(PAIN_PATTERN, text, true, ABSENCE_WORDS);
  // A span of time ("al 5 nachten") says it lasts on its own; words like "blijft" or "nog steeds" too.
  const span = firesUndenied(DURATION_SPAN_PATTERN, text, false);
  const lasting = span || firesUndenied(DURATION_WORDS_PATTERN, text, false);
  const worsening = firesUndenied(WORSENING_PATTERN, text, false);
  if (
    // Pain and bleeding together: bleeding alone for weeks is the folder's normal course ("enkele weken afnemend").
    (bleeding && pain && lasting) ||
    // Pain for days, said with a span ("al 5 nachten", "nu dag 9"): escalated even without bleeding.
    (pain && span) ||
    ((bleeding || pain) && worsening) ||
    // A span that grows or will not stop, said without naming it ("3 dagen en nog niet minder", "al heel de
    // week, het gaat niet over"): in this chat it is the pain or the bleeding. Not "nog steeds" with a span:
    // "8 weken na de miskraam en nog steeds niet ongesteld" is an ordinary question.
    (span && (worsening || firesUndenied(WONT_STOP_PATTERN, text, false))) ||
    // Painkillers that do not help mean pain, whether or not the word is there ("pijnstillers werken niet meer").
    firesUndenied(PAINKILLER_NO_HELP_PATTERN, text, false) ||
    // Lasting pain that nothing helps ("niks helpt tegen die krampen, al dagen").
    (pain && lasting && firesUndenied(NOTHING_HELPS_PATTERN, text, false)) ||
    firesUndenied(IT_GETS_WORSE, text, true) ||
    firesUndenied(IT_GOES_ON, text, false) ||
    firesUndenied(LONG_LASTING_PHRASE, text, true) ||
    // Bleeding for three weeks or more, and not getting less: past the folder's "enkele weken afnemend".
    // "een maand na de miskraam" only with "nog steeds" or "still": alone it dates the spotting, not its length.
    (bleeding &&
      (firesUndenied(THREE_WEEKS_OR_MORE, text, false) || (firesUndenied(A_MONTH_AFTER, text, false) && firesUndenied(DURATION_WORDS_PATTERN, text, false))) &&
      !firesUndenied(LESSENING, text, false))
  ) {
    signs.add('aanhoudend');
  }
}
