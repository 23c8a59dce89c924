/**
 * Scores a set labelled by topic rather than by phrases (test/eval/fresh.jsonl: `{"id","q","any_of"}`,
 * `any_of` the topics whose passages answer the question, empty when the brochures do not): how often
 * the bot answers with one of those topics, answers another, asks back or falls back.
 */
import { readJsonLines } from '../content/jsonl.js';
import type { Responder } from '../reply/plan.js';

export interface IntentCase {
  id: string;
  q: string;
  any_of: string[];
}

export interface IntentSetReport {
  figures: { right: number; wrongAmongAnswered: number; askedBack: number; fellBack: number; outOfScopeFellBack: number; answerable: number; outOfScope: number };
  misses: { id: string; q: string; want: string[]; got: string }[];
}

export function readIntentCases(file: string): IntentCase[] {
  return readJsonLines<IntentCase>(file);
}

const percent = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 10 : 0);

export function scoreIntentSet(responder: Responder, cases: IntentCase[]): IntentSetReport {
  let right = 0, wrong = 0, askedBack = 0, fellBack = 0, outOfScopeFellBack = 0;
  const misses: IntentSetReport['misses'] = [];
  const answerable = cases.filter((c) => c.any_of.length > 0).length;
  for (const c of cases) {
    const plan = responder.respond(c.q);
    const got = plan.outcome === 'answer' ? plan.intent! : plan.outcome;
    if (c.any_of.length === 0) {
      if (plan.outcome !== 'answer') outOfScopeFellBack++;
      else misses.push({ id: c.id, q: c.q, want: [], got });
      continue;
    }
    if (plan.outcome === 'answer' && c.any_of.includes(plan.intent!)) {
      right++;
      continue;
    }
    if (plan.outcome === 'answer') wrong++;
    else if (plan.outcome === 'suggest') askedBack++;
    else fellBack++;
    misses.push({ id: c.id, q: c.q, want: c.any_of, got });
  }
  return {
    figures: {
      right: percent(right, answerable),
      wrongAmongAnswered: percent(wrong, right + wrong),
      askedBack: percent(askedBack, answerable),
      fellBack: percent(fellBack, answerable),
      outOfScopeFellBack: percent(outOfScopeFellBack, cases.length - answerable),
      answerable,
      outOfScope: cases.length - answerable,
    },
    misses,
  };
}
