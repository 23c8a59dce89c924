import Fuse from 'fuse.js';

/**
 * Resolves a query term that the intents never use: a compound of two known terms
 * ("miskraamweefsel" -> "miskram", "weefsel"), or a typo of a known term found with fuse.js
 * ("chromosonen" -> "chromosom"). Returns the known terms with a weight below 1 for the guess.
 */
export interface TermResolver {
  resolve(term: string): { term: string; weight: number }[];
}

export const FUZZY_THRESHOLD = 0.3;
const MIN_FUZZY_LENGTH = 6;
const MIN_PART_LENGTH = 4;
const MAX_LENGTH_GAP = 3;
/** Longer than any Dutch compound a patient types: a run of letters, not a word, and not worth a fuzzy search. */
const MAX_TERM_LENGTH = 32;

/**
 * Candidate base forms of a Dutch verb form that the Snowball stemmer does not reduce: a present
 * tense in -t, a past tense in -te/-de(n), a participle ge-...-d/-t, each also with its long vowel
 * undoubled the way the stemmer writes it ("faal" -> "fal").
 */
function verbBases(term: string): string[] {
  if (term.length < 5) return [];
  const bases: string[] = [];
  const add = (base: string) => {
    if (base.length < 3) return;
    bases.push(base, base.replace(/([aeou])\1(?=[^aeiou]$)/, '$1'));
  };
  if (term.endsWith('t')) add(term.slice(0, -1));
  const past = /^(.{3,})(?:te|de|ten|den)$/.exec(term);
  if (past?.[1]) add(past[1]);
  const participle = /^ge(.{3,})[dt]$/.exec(term);
  if (participle?.[1]) add(participle[1]);
  return bases;
}

/** Letter counts per term: a-z, 0-9, and one slot for anything else. */
export const LETTER_SLOTS = 37;
export function countLetters(term: string, into: Uint8Array, at: number): void {
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    const slot = code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : 36;
    into[at + slot] = Math.min(255, into[at + slot]! + 1);
  }
}

/**
 * The most edits fuse.js allows a match of a pattern this long: its score (ignoreLocation) is
 * errors / length, and it tries error counts only while that stays within the threshold. Counted the
 * way fuse.js compares, in floating point.
 */
export function errorsWithinThreshold(length: number): number {
  let errors = 0;
  while ((errors + 1) / length <= FUZZY_THRESHOLD) errors++;
  return errors;
}

/**
 * Whether some term of a bucket could match the query within `allowed` edits. A fuse.js (bitap) match
 * is the query within edit distance of part of the term, so every letter of the query the term lacks
 * is one edit at least: more missing letters than `allowed` means no match, for certain.
 */
export function mayMatch(query: Uint8Array, letters: Uint8Array, allowed: number): boolean {
  for (let at = 0; at < letters.length; at += LETTER_SLOTS) {
    let missing = 0;
    for (let slot = 0; slot < LETTER_SLOTS && missing <= allowed; slot++) {
      const lack = query[slot]! - letters[at + slot]!;
      if (lack > 0) missing += lack;
    }
    if (missing <= allowed) return true;
  }
  return false;
}

export function createTermResolver(vocabulary: Iterable<string>): TermResolver {
  const known = new Set(vocabulary);
  // One small fuse.js index per first letter and length: typos rarely hit the first letter, a guess
  // more than MAX_LENGTH_GAP letters longer or shorter is no guess, and small indexes are fast (fuse.js
  // scores every candidate, so searching 30 terms instead of 500 is most of a message's cost saved).
  const byKey = new Map<string, string[]>();
  for (const term of known) {
    if (term.length < 4 || /^\d/.test(term)) continue;
    const key = `${term[0]}${term.length}`;
    const list = byKey.get(key) ?? [];
    list.push(term);
    byKey.set(key, list);
  }
  const buckets = new Map<string, { fuse: Fuse<string>; letters: Uint8Array }>();
  for (const [key, terms] of byKey) {
    const letters = new Uint8Array(terms.length * LETTER_SLOTS);
    terms.forEach((term, i) => countLetters(term, letters, i * LETTER_SLOTS));
    buckets.set(key, { fuse: new Fuse(terms, { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 3, isCaseSensitive: true }), letters });
  }
  const queryLetters = new Uint8Array(LETTER_SLOTS);
  /** The closest known term of about the same length and the same first letter. */
  const closest = (term: string) => {
    queryLetters.fill(0);
    countLetters(term, queryLetters, 0);
    const allowed = errorsWithinThreshold(term.length);
    let best: { item: string; score: number } | undefined;
    for (let length = term.length - MAX_LENGTH_GAP; length <= term.length + MAX_LENGTH_GAP; length++) {
      const bucket = buckets.get(`${term[0]}${length}`);
      // Most unknown words (names, places, chat words) are near no known term: a bucket where no term
      // has the letters for a match is not searched (fuse.js would score every term in it for nothing).
      if (!bucket || !mayMatch(queryLetters, bucket.letters, allowed)) continue;
      const hit = bucket.fuse.search(term, { limit: 1 })[0];
      if (hit?.score !== undefined && (!best || hit.score < best.score)) best = { item: hit.item, score: hit.score };
    }
    return best;
  };
  // No cache across messages: a message's words (a name, a place) are not kept once it is answered.
  // An unknown word is looked up anew each time (about 30 µs); textFeatures resolves each word of a
  // message once.
  function resolve(term: string): { term: string; weight: number }[] {
    if (known.has(term)) return [{ term, weight: 1 }];
    if (term.length > MAX_TERM_LENGTH) return [];
    // Verb forms the stemmer leaves alone: "verliest" is "verlies", "gefaald" is "faal"/"fal".
    const inflected = verbBases(term).find((base) => known.has(base));
    if (inflected) return [{ term: inflected, weight: 0.9 }];
    if (term.length >= MIN_PART_LENGTH * 2) {
      for (let cut = term.length - MIN_PART_LENGTH; cut >= MIN_PART_LENGTH; cut--) {
        const head = term.slice(0, cut);
        const tail = term.slice(cut);
        // Dutch compounds often join with an -s- or -en-: "zwangerschapstest", "bloedingscomplicaties".
        const heads = [head, head.replace(/s$/, ''), head.replace(/en$/, '')].filter((h) => h.length >= MIN_PART_LENGTH);
        const knownHead = heads.find((h) => known.has(h));
        if (knownHead && known.has(tail)) return [{ term: knownHead, weight: 0.7 }, { term: tail, weight: 0.7 }];
      }
    }
    if (term.length < MIN_FUZZY_LENGTH || /^\d/.test(term)) return [];
    const best = closest(term);
    if (!best) return [];
    // Fuse scores 0 (exact) to 1 (no match); a guess counts for less the further it is.
    return [{ term: best.item, weight: Math.max(0, 1 - best.score * 2) }];
  }

  return { resolve };
}
