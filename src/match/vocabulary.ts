import Fuse from 'fuse.js';

/**
 * Resolves a query term that the intents never use: a compound of two known terms
 * ("miskraamweefsel" -> "miskram", "weefsel"), or a typo of a known term found with fuse.js
 * ("chromosonen" -> "chromosom"). Returns the known terms with a weight below 1 for the guess.
 */
export interface TermResolver {
  resolve(term: string): { term: string; weight: number }[];
}

const FUZZY_THRESHOLD = 0.3;
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
  const fuses = new Map<string, Fuse<string>>();
  for (const [key, terms] of byKey) {
    fuses.set(key, new Fuse(terms, { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 3, isCaseSensitive: true }));
  }
  /** The closest known term of about the same length and the same first letter. */
  const closest = (term: string) => {
    let best: { item: string; score: number } | undefined;
    for (let length = term.length - MAX_LENGTH_GAP; length <= term.length + MAX_LENGTH_GAP; length++) {
      const hit = fuses.get(`${term[0]}${length}`)?.search(term, { limit: 1 })[0];
      if (hit?.score !== undefined && (!best || hit.score < best.score)) best = { item: hit.item, score: hit.score };
    }
    return best;
  };
  // No cache across messages: a message's words (a name, a place) are not kept once it is answered.
  // An unknown word is looked up anew each time (about 80 µs); textFeatures resolves each word of a
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
