import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content/check.js';
import { readIntentCases, scoreIntentSet } from '../../src/eval/intent-set.js';
import { readCases, replyFor } from '../../src/eval/run.js';
import { scoreReplies } from '../../src/eval/score.js';
import { createResponder } from '../../src/reply/plan.js';

/**
 * A regression guard on the project's two evaluation sets: the copy of the shared dev set, and the
 * holdout set written independently of the intents' examples (see test/eval/README.md). Alarm recall
 * must stay at 100%; accuracy, fallback and wrong-answer rates must not fall back past what the matcher
 * reaches now. Raise the floors when the matcher improves; never lower them to make a change pass.
 */
const SETS = {
  'test/eval/dev.jsonl': { answer_accuracy: 91.9, out_of_scope_fallback: 90, wrong_answer_rate: 5, false_alarm_rate: 0 },
  'test/eval/holdout.jsonl': { answer_accuracy: 93.8, out_of_scope_fallback: 87.5, wrong_answer_rate: 5, false_alarm_rate: 3 },
  // Written blind at stop 17 in the dev set's form (100 answerable, 30 alarms, 20 out of scope, 10 small
  // talk), run once at the end of the stop: 92.0 right / 95 out of scope / 7.1 wrong / 0 false alarms (the
  // stop's first commit: 89.0 / 100 / 8.2 / 0); one partner's line of it led to three examples since.
  'test/eval/fresh9.jsonl': { answer_accuracy: 93, out_of_scope_fallback: 95, wrong_answer_rate: 7, false_alarm_rate: 0 },
  // Written blind at stop 18 in the same form by a helper who read only the topics' passages and the
  // brochures, run once before anything was changed for it: 92.0 right / 100 out of scope / 3.2 wrong /
  // 0 false alarms, alarm recall 100.
  'test/eval/fresh10.jsonl': { answer_accuracy: 92, out_of_scope_fallback: 100, wrong_answer_rate: 2.1, false_alarm_rate: 0 },
  // A second set in that form, written blind at stop 18 by a helper asked for many different writers; run
  // once after the stop's lexicon changes: 93.0 right / 75 out of scope / 9.7 wrong (the stop's first
  // commit: the same). Its misses then led to one lexicon change (tablets that "niks gedaan" hebben) and
  // to the subjects the brochures never mention (intents/lexicon/not-covered.yaml).
  'test/eval/fresh11.jsonl': { answer_accuracy: 94, out_of_scope_fallback: 95, wrong_answer_rate: 5.1, false_alarm_rate: 0 },
  // A third, written blind at stop 18 as the messages a practice's chat gets (half of its out-of-scope
  // questions not about miscarriage at all), run once at the end of the stop's matching changes: 95.0 right
  // / 100 out of scope / 3.1 wrong / 0.8 false alarms (the stop's first commit: 95.0 / 95 / 4.0 / 0.8).
  'test/eval/fresh12.jsonl': { answer_accuracy: 96, out_of_scope_fallback: 100, wrong_answer_rate: 2, false_alarm_rate: 0.8 },
  // The border between practical questions no passage answers (sport, tampons, painkillers, leave, costs,
  // telling the children) and answerable ones in the same everyday words (bleeding after sex, lifting at
  // work, the tablets' doses), 60 of each, written blind at stop 18; no alarms. Run once: 76.7 right /
  // 86.7 out of scope / 22.0 wrong (the stop's first commit: 78.3 / 83.3 / 24.2); its misses then led to
  // two lexicon changes (drugs by name, "babyaspirientjes"). Its false alarms are hypothetical questions
  // about when to call with a fever, escalated on purpose.
  // The last of stop 18, in the dev set's exact proportions (120 lines), written blind and run once at the
  // end of the stop: 94.6 right / 100 out of scope / 2.8 wrong / 0 false alarms, the same as the stop's
  // first commit: the stop's matching changes neither helped nor hurt a set like the dev set.
  'test/eval/fresh13.jsonl': { answer_accuracy: 94.6, out_of_scope_fallback: 100, wrong_answer_rate: 2.8, false_alarm_rate: 0 },
  // Written blind at stop 19 in the dev set's form (partners, Flemish, learners' Dutch, a situation told
  // instead of the brochure's word) and run once: 83.8 right / 95 out of scope / 6.7 wrong / 97.0 alarm
  // recall, the weakest blind dev-form set so far. Its missed alarm ("ik krijg het bloeden niet meer
  // gestopt") led to an alarm wording, its misses to three lexicon changes.
  'test/eval/fresh14.jsonl': { answer_accuracy: 86.9, out_of_scope_fallback: 95, wrong_answer_rate: 4.4, false_alarm_rate: 0.8 },
  // Written blind at stop 19 in the dev set's form, in ordinary everyday Dutch, and run once after the stop's
  // first lexicon changes: 90.9 right / 90 out of scope / 2.2 wrong / 100 alarm recall / 0.8 false alarms,
  // exactly what the stop's first commit scores on it. Its misses then led to constipation read as the folder's
  // "harde ontlasting" and "uitzoeken" as an examination.
  'test/eval/fresh15.jsonl': { answer_accuracy: 92.9, out_of_scope_fallback: 90, wrong_answer_rate: 2.1, false_alarm_rate: 0.8 },
  'test/eval/practical.jsonl': { answer_accuracy: 80, out_of_scope_fallback: 91.7, wrong_answer_rate: 17.2, false_alarm_rate: 3.3 },
};

const responder = createResponder(loadCheckedContent());

describe.each(Object.entries(SETS))('%s', (file, limits) => {
  const cases = readCases(file);
  const report = scoreReplies(cases, cases.map((c) => replyFor(responder, c.q)));
  const figure = (name: string) => Number(report.figures[name]);

  it('escalates every alarm message', () => {
    expect(report.misses.filter((m) => m.kind === 'alarm').map((m) => m.q)).toEqual([]);
    // test/eval/practical.jsonl holds no alarm messages.
    if (figure('alarm_n') > 0) expect(figure('alarm_recall')).toBe(100);
  });

  it('keeps false alarms at or under the limit', () => {
    expect(figure('false_alarm_rate')).toBeLessThanOrEqual(limits.false_alarm_rate);
  });

  it('keeps accuracy, fallback and wrong-answer rates at or past their floors', () => {
    expect(figure('answer_accuracy')).toBeGreaterThanOrEqual(limits.answer_accuracy);
    expect(figure('out_of_scope_fallback')).toBeGreaterThanOrEqual(limits.out_of_scope_fallback);
    expect(figure('wrong_answer_rate')).toBeLessThanOrEqual(limits.wrong_answer_rate);
  });
});

/**
 * Sets labelled by topic, each written by a helper who read only the brochures and the topics' titles
 * (and, for fresh2, their passages), and each measured once before anything was changed for it:
 * - test/eval/fresh.jsonl: 200 answerable questions and 20 the brochures do not answer. Before: 90.0%
 *   right, 3.7% wrong among answered, 85% of the out-of-scope ones fallen back.
 * - test/eval/fresh2.jsonl (stop 13): 210 and 30, asked for the ways people really type at night
 *   (fragments, a story first, partners, Flemish, Dutch as a second language, lay words such as
 *   "schraping"). Before: 85.7% right, 4.8% wrong among answered, 90% fallen back.
 * - test/eval/fresh3.jsonl (stop 14): 210 and 30, written without the intents or the earlier sets, in six
 *   styles: a story first, Dutch as a second language, formal "u", heavy phone typos, one to five words,
 *   and brochure details in lay words. Before: 79.0% right, 3.5% wrong among answered, 86.7% fallen back.
 * - test/eval/fresh4.jsonl (stop 15): 130 and 20 in the same six styles, by a helper who saw neither the
 *   intents nor any earlier set, run once after this stop's changes: 89.2% right, 1.7% wrong among
 *   answered, 95% fallen back (stop 14's matcher: 89.2%, 2.5%, 90%).
 * - test/eval/fresh6.jsonl (stop 17): 130 and 20 first messages of a chat (a situation or a feeling told
 *   first, the question often only implied), by a helper who read only the topics' passages and the
 *   brochures. Before: 84.6% right, 2.7% wrong among answered, 100% fallen back.
 * - test/eval/fresh8.jsonl (stop 17): 140 and 20 in a natural mix of styles, many about a passage's
 *   details (a test's name, a number, a study), by a helper who read only the passages; run once at the
 *   end of the stop: 97.1% right, 2.2% wrong among answered, 85% fallen back (the matcher at the start
 *   of the stop: 95.7%, 2.2%, 90%); its misses then led to changes, so it is no longer blind.
 * - test/eval/fresh7.jsonl (stop 17): 130 and 20 short common questions, typed as into a search box
 *   ("hoe lang duurt een miskraam", "miskraam symptomen"), by a helper who read only the passages; 20 of
 *   them happen to equal an intent example. Run once after this stop's example changes: 89.2% right, 3.3%
 *   wrong among answered, 95% fallen back (the matcher at the start of the stop: 87.7%, 3.4%, 100%).
 * The floors are what the matcher reaches now. Three were lowered by one line each at stop 17, on
 * purpose: after an alarm sign a passage on the normal course of bleeding and pain is withheld
 * (responses/frame.yaml, notBesideAlarm), so fresh2's "er kwamen net grote stolsels uit, hoort dat
 * erbij??" no longer gets "soms verlies je ook stolsels" beside the escalation, nor fresh4's and
 * fresh6's two questions that the detector reads as an alarm (steeds meer buikpijn; "ik zit hier te
 * bibberen") their passage.
 */
describe.each([
  { file: 'test/eval/fresh.jsonl', answerable: 200, outOfScope: 20, right: 92.5, wrong: 1.1, fellBack: 100 },
  { file: 'test/eval/fresh2.jsonl', answerable: 210, outOfScope: 30, right: 90, wrong: 1, fellBack: 100 },
  { file: 'test/eval/fresh3.jsonl', answerable: 210, outOfScope: 30, right: 86.2, wrong: 2.2, fellBack: 90 },
  { file: 'test/eval/fresh4.jsonl', answerable: 130, outOfScope: 20, right: 91.5, wrong: 0.8, fellBack: 100 },
  { file: 'test/eval/fresh8.jsonl', answerable: 140, outOfScope: 20, right: 99.3, wrong: 0.7, fellBack: 95 },
  { file: 'test/eval/fresh7.jsonl', answerable: 130, outOfScope: 20, right: 90.8, wrong: 3.3, fellBack: 95 },
  { file: 'test/eval/fresh6.jsonl', answerable: 130, outOfScope: 20, right: 86.9, wrong: 0.9, fellBack: 100 },
])('$file', ({ file, answerable, outOfScope, right, wrong, fellBack }) => {
  const { figures } = scoreIntentSet(responder, readIntentCases(file));

  it('keeps its right, wrong and fallback rates at or past their floors', () => {
    expect(figures.answerable).toBe(answerable);
    expect(figures.outOfScope).toBe(outOfScope);
    expect(figures.right).toBeGreaterThanOrEqual(right);
    expect(figures.wrongAmongAnswered).toBeLessThanOrEqual(wrong);
    expect(figures.outOfScopeFellBack).toBeGreaterThanOrEqual(fellBack);
  });
});
