/**
 * The texts the alarm model learns from, for `npm run train` and its test only; the bot reads the
 * trained file, never these. Alarms and their near-misses: the corpus and the red-team sets 1–7 and 9 in
 * test/alarm. No alarm: the intents' examples (frozen, see ORDINARY_QUESTIONS in
 * src/crisis/training-data.ts) and the crisis sets' near-misses. Held out, never learned from:
 * test/alarm/blind8.jsonl, test/alarm/blind10.jsonl and the evaluation sets in test/eval.
 */
import { join } from 'node:path';
import { readJsonLines } from '../content/jsonl.js';
import { PROJECT_ROOT } from '../content/load.js';
import type { LabelledText } from '../text/linear-model.js';
import { CRISIS_TRAINING_SETS, exampleTexts, redTeamSet } from '../crisis/training-data.js';
import { ALARM_CLASSES } from './model.js';

export const ALARM_TRAINING_SETS = ['cases.jsonl', 'redteam.jsonl', 'redteam2.jsonl', 'redteam3.jsonl', 'redteam4.jsonl', 'redteam5.jsonl', 'redteam6.jsonl', 'redteam7.jsonl', 'redteam9.jsonl'];

/** One alarm set as labelled texts: each alarm by its sign, each near-miss as no alarm. */
export function alarmSet(file: string, root = PROJECT_ROOT): LabelledText[] {
  return readJsonLines<{ text: string; alarm: boolean; sign: string | null }>(join(root, 'test/alarm', file)).map((line) => {
    const label = line.alarm ? ALARM_CLASSES.indexOf(line.sign as (typeof ALARM_CLASSES)[number]) : 0;
    if (label < 0) throw new Error(`${file}: unknown sign "${line.sign}"`);
    return { text: line.text, label };
  });
}

/**
 * Ordinary questions a partner, mother or friend asks about her, or a parent about a child (test/alarm):
 * with set 7's many alarms told about "ze" and "mijn dochter", the model had begun to read a question
 * like "mijn dochter is 3, mag ze naar de opvang?" as an alarm.
 */
export const THIRD_PERSON_QUESTIONS = 'third-person.jsonl';

/**
 * More texts that are no alarm, told the way alarm messages are: the crisis red-team sets' near-misses
 * (grief, accidents, a partner or a sister writing) and the third-person questions above. Without them
 * the model learnt that "ze" and "mijn dochter" mean an alarm, because the intents' examples are nearly
 * all in the first person.
 */
export function thirdPersonTexts(root = PROJECT_ROOT): LabelledText[] {
  return [...CRISIS_TRAINING_SETS.flatMap((file) => redTeamSet(file, root).filter((t) => t.label === 0)), ...alarmSet(THIRD_PERSON_QUESTIONS, root)];
}

export function alarmTrainingTexts(root = PROJECT_ROOT, sets = ALARM_TRAINING_SETS): LabelledText[] {
  return [...sets.flatMap((file) => alarmSet(file, root)), ...exampleTexts(root), ...thirdPersonTexts(root)];
}
