/**
 * Dutch text normalisation shared by the alarm detector and the matcher.
 * Folds case, accents, quotes, zero-width and control characters and spacing. It keeps every word,
 * "niet" and "geen" included: stopwords are dropped later, by the matcher only.
 */

/** Longer messages are cut before matching: no question needs more, and time stays bounded. */
export const MAX_NORMALIZED_LENGTH = 8000;
/** The safety detectors and their models read far more: a sign at the end of a long story must not be cut off. */
export const MAX_SAFETY_TEXT = 100_000;

const ZERO_WIDTH_AND_CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function normalize(raw: string, maxLength = MAX_NORMALIZED_LENGTH): string {
  return raw
    .slice(0, maxLength)
    .replace(LONE_SURROGATE, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(ZERO_WIDTH_AND_CONTROL, ' ')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/°/g, ' graden ')
    // Keep letters, digits and the punctuation numbers and sentences need; everything else (emoji, symbols) is a space.
    .replace(/[^a-z0-9\s.,!?'%:;/+-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const REPEATED_LETTER = /([a-z])\1{2,}/g;

/** Whether a normalised text stretches a word for emphasis: three or more of one letter in a row ("koooorts"). */
export function hasRepeatedLetters(normalized: string): boolean {
  REPEATED_LETTER.lastIndex = 0;
  return REPEATED_LETTER.test(normalized);
}

/**
 * Writes runs of three or more of one letter as `keep` letters: "koooorts" -> "koorts" (2), "zooo" ->
 * "zo" (1). Dutch never has three of one letter in a word except where an accent was folded away
 * ("weeën" is "weeen"), and which length was meant is a guess, so callers that must not miss
 * anything read both.
 */
export function squeezeRepeats(normalized: string, keep: 1 | 2): string {
  return normalized.replace(REPEATED_LETTER, (run) => run.slice(0, keep));
}

/**
 * The readings of a normalised text that a safety detector checks: the text as written and, when it
 * stretches a word ("koooorts", "zooo erg"), also with the run cut to two and to one letter.
 */
export function stretchedReadings(normalized: string): string[] {
  return hasRepeatedLetters(normalized) ? [normalized, squeezeRepeats(normalized, 2), squeezeRepeats(normalized, 1)] : [normalized];
}

/** Words of a normalised text: runs of letters and digits. "38,5" stays one token. */
export function words(normalized: string): string[] {
  return normalized.match(/\d+(?:[.,]\d+)?|[a-z0-9]+/g) ?? [];
}

/**
 * Edit distance where swapping two neighbouring letters counts as one edit ("koorst" for "koorts", a
 * common phone typo), as do an insertion, a deletion and a substitution (optimal string alignment),
 * with an early exit once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
