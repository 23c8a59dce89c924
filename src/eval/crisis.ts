import { readJsonLines } from '../content/jsonl.js';
import type { Responder } from '../reply/plan.js';

export interface CrisisCase {
  id: string;
  q: string;
  crisis: boolean;
  family: string;
}

export function readCrisisCases(path: string): CrisisCase[] {
  return readJsonLines<CrisisCase>(path);
}

/**
 * Crisis figures: recall on crisis messages, false crisis alarms on the near-misses, and false crisis
 * alarms on other messages (for example the dev set, none of which is a crisis).
 */
export function scoreCrisis(responder: Responder, cases: CrisisCase[], otherMessages: string[]) {
  const fired = (q: string) => responder.respond(q).crisis.crisis;
  const crisis = cases.filter((c) => c.crisis);
  const nearMisses = cases.filter((c) => !c.crisis);
  const missed = crisis.filter((c) => !fired(c.q));
  const falseOnNear = nearMisses.filter((c) => fired(c.q));
  const falseOnOther = otherMessages.filter(fired);
  const pct = (a: number, n: number) => (n ? ((100 * a) / n).toFixed(1) : 'n/a');
  return {
    figures: {
      crisis_recall: pct(crisis.length - missed.length, crisis.length),
      crisis_n: crisis.length,
      false_crisis_near_miss: pct(falseOnNear.length, nearMisses.length),
      near_miss_n: nearMisses.length,
      false_crisis_other: pct(falseOnOther.length, otherMessages.length),
      other_n: otherMessages.length,
    },
    missed: missed.map((c) => c.id),
    falseAlarms: falseOnNear.map((c) => c.id),
  };
}
