/**
 * The texts the crisis model learns from, for `npm run train` and its test only; the bot itself
 * reads the trained file, never these. Crisis messages: the red-team sets in test/crisis (eight sets of
 * 90, 30 per family). Not a crisis: their near-misses, the everyday near-misses, the alarm corpora
 * listed in ALARM_SETS_AS_ORDINARY (symptom stories, the texts most like a crisis message that are not
 * one) and the intents' examples (frozen, see ORDINARY_QUESTIONS). Held out, never learned from:
 * test/crisis/blind7.jsonl, test/crisis/blind10.jsonl and the evaluation sets in test/eval.
 */
import { join } from 'node:path';
import { readJsonLines } from '../content/jsonl.js';
import { PROJECT_ROOT } from '../content/load.js';
import type { LabelledText } from '../text/linear-model.js';
import { CRISIS_CLASSES } from './model.js';

export const CRISIS_TRAINING_SETS = ['redteam.jsonl', 'redteam2.jsonl', 'redteam3.jsonl', 'redteam4.jsonl', 'redteam5.jsonl', 'redteam6.jsonl', 'redteam8.jsonl', 'redteam9.jsonl'];

interface RedTeamLine {
  text: string;
  crisis: boolean;
  family: string;
}

/** One red-team set as labelled texts: its crisis messages by family, its near-misses as no crisis. */
export function redTeamSet(file: string, root = PROJECT_ROOT): LabelledText[] {
  return readJsonLines<RedTeamLine>(join(root, 'test/crisis', file)).map((line) => {
    const label = line.crisis ? CRISIS_CLASSES.indexOf(line.family as (typeof CRISIS_CLASSES)[number]) : 0;
    if (label < 0) throw new Error(`${file}: unknown family "${line.family}"`);
    return { text: line.text, label };
  });
}

/**
 * Everyday sentences that sound like giving up but are about the pregnancy, trying again or waiting
 * ("ik kan het niet meer opbrengen om weer te beginnen met proberen", "nog een miskraam trek ik niet"): with
 * set 6, whose crisis messages say the same words about life, the model had begun to read them as a
 * crisis. And short, informal ordinary questions (English, Flemish, chat spelling, emoji): set 9's crisis
 * messages are short and informal, and without these the model took short and informal for a crisis.
 */
export const CRISIS_NEAR_MISSES = 'near-misses.jsonl';

/**
 * The intents' examples as they stood at stop 14 (3,635 questions that are neither a crisis nor an
 * alarm), frozen: both models learn from them. They used to be read from intents/ itself, and then every
 * new example changed both safety models, because training visits its texts in a shuffled order and one
 * text more is a different shuffle: a lone "steeds" could start to fire. A change to the FAQ's phrasings
 * must not silently change what counts as an alarm. Refreshing this file is a deliberate step (write the
 * intents' examples into it, `npm run train`, and check every safety figure in test/alarm and test/crisis).
 */
export const ORDINARY_QUESTIONS = 'ordinary-questions.jsonl';

/**
 * The alarm corpora the crisis model reads as no crisis, listed rather than read from test/alarm for the
 * reason the intents' examples are frozen: a new alarm set is a different shuffle, and at stop 18 adding
 * alarm set 12 this way made the model read a lone "weer" and "ik weet het niet" as self-harm (and an
 * order keyed by text, which moves less, caught two held-out crisis messages fewer). Adding a set here is
 * a deliberate step: `npm run train`, then every safety figure in test/alarm and test/crisis. Not the
 * alarm detector's held-out sets (blind8, blind10): they stay unseen by either model.
 */
export const ALARM_SETS_AS_ORDINARY = [
  'cases.jsonl', 'redteam.jsonl', 'redteam11.jsonl', 'redteam2.jsonl', 'redteam3.jsonl', 'redteam4.jsonl', 'redteam5.jsonl',
  'redteam6.jsonl', 'redteam7.jsonl', 'redteam9.jsonl', 'third-person.jsonl',
];

/** Texts that are no crisis: the alarm corpora, the everyday near-misses above and the frozen intents' examples. */
export function ordinaryTexts(root = PROJECT_ROOT): LabelledText[] {
  const alarmDir = join(root, 'test/alarm');
  const alarm = ALARM_SETS_AS_ORDINARY.flatMap((name) =>
    readJsonLines<{ text: string }>(join(alarmDir, name)).map((line) => ({ text: line.text, label: 0 })),
  );
  return [...alarm, ...redTeamSet(CRISIS_NEAR_MISSES, root), ...exampleTexts(root)];
}

/** The frozen intents' examples (ORDINARY_QUESTIONS), in their order, as no crisis and no alarm. */
export function exampleTexts(root = PROJECT_ROOT): LabelledText[] {
  return readJsonLines<{ text: string }>(join(root, 'test/crisis', ORDINARY_QUESTIONS)).map((line) => ({ text: line.text, label: 0 }));
}

/** Everything the model learns from, in a fixed order. */
export function crisisTrainingTexts(root = PROJECT_ROOT, sets = CRISIS_TRAINING_SETS): LabelledText[] {
  return [...sets.flatMap((file) => redTeamSet(file, root)), ...ordinaryTexts(root)];
}
