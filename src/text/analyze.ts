import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl.js';
import type { Lexicon } from '../content/schema.js';
import { normalize, squeezeRepeats, words } from './normalize.js';
import { allMatches } from './regex.js';
import { createSpellingFixer, escapeRegExp } from './spelling.js';

/** One word of a message, in order: its stem, and whether it is a stopword. */
export interface Token {
  stem: string;
  stop: boolean;
}

export interface Analysis {
  /** Matching terms: stems of the meaningful words, with lay words and English mapped to the brochures' words. */
  terms: string[];
  /** Every word of the message in order, stopwords included: word pairs ("geen oorzaak") are built from these. */
  tokens: Token[];
}

export interface Analyzer {
  /** Normalised text with misspellings fixed: what the alarm detector reads. */
  clean(raw: string): string;
  /** The matching terms and the ordered words of a message. */
  analyze(raw: string): Analysis;
  /** The spelling fixer, for the alarm detector. */
  fixSpelling(normalized: string): string;
}

// The Snowball Dutch stemmer, in nlp.js's port: the same stems as the reference implementation,
// several times faster than the generated one in snowball-stemmers (start-up stems every example).
const dutch = new StemmerNl();
const AGE_PATTERN = /(?:(?:\b(?:ik ben|ben ik|ik word|op mijn|op m'n|i am|i'm)|(?:^|[.!?,;]\s*)ben)\s+(?:1[6-9]|[2-5][0-9])(?:e|ste)?\b(?!\s*(?:weken|week|wk|dagen|kilo|kg))|\b(?:1[6-9]|[2-5][0-9])\s*(?:jaar|jr|years)\b)/;

/** Stems a Dutch word; diminutives ("kindje", "vruchtjes") first lose their ending so they meet their base word. */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  const base = word.length >= 7 ? word.replace(/(?:etjes|etje|tjes|tje|jes|je)$/, '') : word;
  return voicedEnding(dutch.stemWord(base.length >= 3 ? base : word));
}

/**
 * Dutch writes a stem's last f or s as v or z before a vowel ("ik leef", "leven"; "ik kies", "kiezen";
 * "positief", "positieve"), and the snowball stemmer keeps the two apart ("lef" and "lev"). Writing
 * the stem with f and s lets the forms of one word meet.
 */
function voicedEnding(stemmed: string): string {
  if (stemmed.length < 3) return stemmed;
  const last = stemmed[stemmed.length - 1];
  if (last === 'v') return `${stemmed.slice(0, -1)}f`;
  if (last === 'z') return `${stemmed.slice(0, -1)}s`;
  return stemmed;
}

/**
 * Builds the analyzer for one lexicon. Synonyms are added beside the original words (never replace
 * them), so a lay word can reach the brochure's word without losing what the patient wrote.
 */
export function createAnalyzer(lexicon: Omit<Lexicon, 'notCovered'>): Analyzer {
  const fixSpelling = createSpellingFixer(lexicon.spelling);
  const stopwords = new Set(lexicon.stopwords.map((s) => normalize(s)));
  const synonymEntries = Object.entries(lexicon.synonyms).map(([from, to]) => [normalize(from), normalize(to)] as const);
  const synonymLookup = new Map(synonymEntries);
  const synonymPattern =
    synonymEntries.length > 0
      ? new RegExp(`(?<![a-z0-9])(?:${[...synonymLookup.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![a-z0-9])`, 'g')
      : undefined;
  // The lexicon's own stems first. Nothing else is kept: a message's words are not stored once it is
  // answered, and the stemmer is fast enough (about 0.1 µs a word) to need no cache.
  const stemOverrides = new Map<string, string>(Object.entries(lexicon.stems).map(([word, stemmed]) => [normalize(word), stemmed]));
  const stemOf = (word: string) => stemOverrides.get(word) ?? stem(word);

  // Stretched words ("waaaarom", "miskraaaam") are read with the run cut to two letters, in the
  // content as in messages, so both meet the same stems.
  const clean = (raw: string) => fixSpelling(squeezeRepeats(normalize(raw), 2));
  const meaningful = (word: string) => !stopwords.has(word) && (word.length > 1 || /\d/.test(word));
  const analyze = (raw: string): Analysis => {
    const text = clean(raw);
    const added: string[] = [];
    if (synonymPattern) for (const match of allMatches(synonymPattern, text)) added.push(synonymLookup.get(match[0]) ?? '');
    // "ik ben 38", "ben 36, komt het daardoor?", "op mijn 41e", "39 jaar": an age, whatever the number.
    if (AGE_PATTERN.test(text)) added.push('leeftijd');
    const written = words(text);
    const tokens = written.map((word) => ({ stem: stemOf(word), stop: !meaningful(word) }));
    const terms = tokens.filter((token) => !token.stop).map((token) => token.stem);
    for (const word of words(added.join(' '))) if (meaningful(word)) terms.push(stemOf(word));
    return { terms, tokens };
  };
  return { clean, fixSpelling, analyze };
}
