import type { Intent } from '../content/schema.js';
import type { IntentIndex } from './index.js';
import { scoreIntents } from './score.js';

/** Calibrated on the intents' own examples (leave-one-out) and an out-of-scope set; see `npm run eval`. */
export const THRESHOLDS = {
  /** At or above this, with a clear lead, the best intent is answered. */
  answer: 0.42,
  /** The lead over the next intent needed to answer without asking back. */
  margin: 0.06,
  /** Below `answer` but at or above this, the bot asks back with the closest topics. */
  suggest: 0.3,
  /** Topics within this distance of the best are offered together when asking back. */
  suggestSpread: 0.08,
};

export type MatchOutcome =
  | { kind: 'answer'; intent: Intent; confidence: number }
  | { kind: 'suggest'; suggestions: Intent[]; confidence: number }
  | { kind: 'fallback'; confidence: number };

/**
 * Matches a message to one intent, a few to ask back about, or none. A wrong passage is worse than a
 * fallback, so answering needs both a high score and a clear lead.
 */
export function matchIntent(index: IntentIndex, raw: string, thresholds = THRESHOLDS): MatchOutcome {
  const ranked = scoreIntents(index, raw);
  const best = ranked[0];
  if (!best) return { kind: 'fallback', confidence: 0 };
  const intent = index.intents[best.intent];
  if (!intent || intent.kind === 'out-of-scope') return { kind: 'fallback', confidence: best.score };
  // The runner-up that would be confused with the best: another intent, not out-of-scope ones that lost.
  const second = ranked[1]?.score ?? 0;
  if (best.score >= thresholds.answer && best.score - second >= thresholds.margin) return { kind: 'answer', intent, confidence: best.score };
  if (intent.kind === 'smalltalk' && best.score >= thresholds.answer) return { kind: 'answer', intent, confidence: best.score };
  if (best.score >= thresholds.suggest) {
    const suggestions = ranked
      .filter((r) => r.score >= thresholds.suggest && best.score - r.score <= thresholds.suggestSpread)
      .map((r) => index.intents[r.intent])
      .filter((i): i is Intent => i !== undefined && i.kind === 'topic')
      .slice(0, 3);
    if (suggestions.length === 1 && suggestions[0] && best.score >= thresholds.answer) return { kind: 'answer', intent: suggestions[0], confidence: best.score };
    if (suggestions.length > 0) return { kind: 'suggest', suggestions, confidence: best.score };
  }
  return { kind: 'fallback', confidence: best.score };
}
