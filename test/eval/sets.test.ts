import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content/check.js';
import { readCases, replyFor } from '../../src/eval/run.js';
import { scoreReplies } from '../../src/eval/score.js';
import { createResponder } from '../../src/reply/plan.js';

/**
 * A regression guard on the project's copy of the dev set: alarm recall must stay at 100% and no
 * false alarms; accuracy and out-of-scope fallback must not drop below what the matcher reaches now.
 * Raise the floors when the matcher improves; never lower them to make a change pass.
 */
const FLOORS = { answer_accuracy: 70, out_of_scope_fallback: 90 };
const CEILINGS = { wrong_answer_rate: 11 };

describe('dev set', () => {
  const responder = createResponder(loadCheckedContent());
  const cases = readCases('test/eval/dev.jsonl');
  const report = scoreReplies(cases, cases.map((c) => replyFor(responder, c.q)));
  const figure = (name: string) => Number(report.figures[name]);

  it('escalates every alarm message', () => {
    expect(figure('alarm_recall')).toBe(100);
  });

  it('raises no false alarms', () => {
    expect(figure('false_alarm_rate')).toBe(0);
  });

  it('keeps accuracy, fallback and wrong-answer rates at or past their floors', () => {
    expect(figure('answer_accuracy')).toBeGreaterThanOrEqual(FLOORS.answer_accuracy);
    expect(figure('out_of_scope_fallback')).toBeGreaterThanOrEqual(FLOORS.out_of_scope_fallback);
    expect(figure('wrong_answer_rate')).toBeLessThanOrEqual(CEILINGS.wrong_answer_rate);
  });
});
