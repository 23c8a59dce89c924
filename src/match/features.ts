import type { Analysis } from '../text/analyze.js';
import type { TermResolver } from './vocabulary.js';

/**
 * What the matcher counts in a text: its terms (stems of the meaningful words, lay words mapped to the
 * brochures' words), and pairs of neighbouring words. Pairs keep what single terms lose: "geen oorzaak"
 * is another question than "oorzaak", "niet ongesteld" than "ongesteld", and a pair may hold a stopword
 * ("geen", "zonder", "waarom") as long as the other word means something.
 */
export interface TextFeatures {
  /** feature -> weight before IDF; a term counts 1 (less when it is a typo's guess), a pair PAIR_WEIGHT */
  weights: Map<string, number>;
  /** Meaningful words that could not be placed: they count against every intent. */
  unknown: number;
}

/**
 * Question words start a pair even with a stopword: "hoe weet", "hoe gaat", "wanneer mag" tell the
 * question apart when every other word of it is a stopword ("hoe weet je of je een miskraam hebt").
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['hoe', 'waarom', 'wanner', 'wanneer', 'wat', 'welk', 'welke', 'hoelang', 'hoevel']);

/** A pair says more than a term about the question, but is rarer: it weighs half a term. */
export const PAIR_WEIGHT = 0.5;

/** Pair features are the two stems with a space: stems never hold one, so a pair is never mistaken for a term. */
export function pairFeature(first: string, second: string): string {
  return `${first} ${second}`;
}

export function isPairFeature(feature: string): boolean {
  return feature.includes(' ');
}

/**
 * Features of one text. Without a resolver every term is taken as it is (indexing); with one, a term
 * the intents never use is mapped to known terms (a typo, a compound) or counted as unknown (a message).
 */
export function textFeatures(analysis: Analysis, resolver?: TermResolver): TextFeatures {
  const weights = new Map<string, number>();
  const keepMax = (feature: string, weight: number) => {
    if (weight > (weights.get(feature) ?? 0)) weights.set(feature, weight);
  };
  // Each word of the message is resolved once, for its term and for its pairs; without a resolver a
  // term is itself.
  const resolvedTerms = new Map<string, { term: string; weight: number }[]>();
  const resolve = (term: string) => {
    let resolved = resolvedTerms.get(term);
    if (!resolved) {
      resolved = resolver?.resolve(term) ?? [{ term, weight: 1 }];
      resolvedTerms.set(term, resolved);
    }
    return resolved;
  };
  let unknown = 0;
  for (const term of analysis.terms) {
    const resolved = resolve(term);
    if (resolved.length === 0) unknown++;
    for (const { term: known, weight } of resolved) keepMax(known, weight);
  }
  // A typo in a pair is fixed the same way as in a term, when it resolves to one known term.
  const pairStem = (stem: string, stop: boolean): string => {
    if (stop) return stem;
    const resolved = resolve(stem);
    return resolved.length === 1 && resolved[0] ? resolved[0].term : stem;
  };
  const { tokens } = analysis;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i];
    const second = tokens[i + 1];
    if (!first || !second || (first.stop && second.stop && !QUESTION_WORDS.has(first.stem))) continue;
    keepMax(pairFeature(pairStem(first.stem, first.stop), pairStem(second.stem, second.stop)), PAIR_WEIGHT);
  }
  return { weights, unknown };
}
