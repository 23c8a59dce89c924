/**
 * `npm run train` trains the safety detectors' models and writes intents/crisis-model.json and
 * intents/alarm-model.json. `npm run train -- --cv` writes nothing and prints how well they generalise:
 * each training set held out in turn (the model trained on the others), then the held-out sets
 * (test/crisis/blind7.jsonl and blind10.jsonl, test/alarm/blind8.jsonl and blind10.jsonl) and the evaluation sets, with the full models.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAlarm } from '../alarm/detect.js';
import { ALARM_CLASSES, ALARM_MODEL_FORMAT, ALARM_TRAINING, modelAlarmSign } from '../alarm/model.js';
import { ALARM_TRAINING_SETS, alarmSet, alarmTrainingTexts } from '../alarm/training-data.js';
import { readJsonLines } from '../content/jsonl.js';
import { PROJECT_ROOT } from '../content/load.js';
import { detectCrisis } from '../crisis/detect.js';
import { CRISIS_CLASSES, CRISIS_MODEL_FORMAT, CRISIS_TRAINING, modelSign } from '../crisis/model.js';
import { CRISIS_TRAINING_SETS, crisisTrainingTexts, redTeamSet } from '../crisis/training-data.js';
import { modelFromStored, trainLinearModel, type LabelledText, type LinearModel, type LinearTraining } from '../text/linear-model.js';
import { MAX_SAFETY_TEXT, normalize } from '../text/normalize.js';

interface Detector {
  name: string;
  file: string;
  classes: number;
  format: string;
  training: LinearTraining;
  /** Whether the model fires on a text. */
  byModel(model: LinearModel, text: string): boolean;
  byPatterns(text: string): boolean;
  /** What the model learns from, with these training sets. */
  trainingTexts(sets: string[]): LabelledText[];
  sets: string[];
  /** The training sets held out in turn for cross-validation. */
  folds: string[];
  set(file: string): LabelledText[];
  /** Sets never trained or tuned on: measured with the full model. */
  heldOut: string[];
}

const crisis: Detector = {
  name: 'crisis',
  file: 'intents/crisis-model.json',
  classes: CRISIS_CLASSES.length,
  format: CRISIS_MODEL_FORMAT,
  training: CRISIS_TRAINING,
  byModel: (model, text) => modelSign(model, normalize(text, MAX_SAFETY_TEXT)) !== undefined,
  byPatterns: (text) => detectCrisis(text).crisis,
  trainingTexts: (sets) => crisisTrainingTexts(PROJECT_ROOT, sets),
  sets: CRISIS_TRAINING_SETS,
  folds: CRISIS_TRAINING_SETS,
  set: (file) => redTeamSet(file),
  heldOut: ['blind7.jsonl', 'blind10.jsonl'],
};

const alarm: Detector = {
  name: 'alarm',
  file: 'intents/alarm-model.json',
  classes: ALARM_CLASSES.length,
  format: ALARM_MODEL_FORMAT,
  training: ALARM_TRAINING,
  byModel: (model, text) => modelAlarmSign(model, normalize(text, MAX_SAFETY_TEXT)) !== undefined,
  byPatterns: (text) => detectAlarm(text).alarm,
  trainingTexts: (sets) => alarmTrainingTexts(PROJECT_ROOT, sets),
  sets: ALARM_TRAINING_SETS,
  // The corpus is always learned from; each red-team set is held out in turn.
  folds: ALARM_TRAINING_SETS.filter((file) => file !== 'cases.jsonl'),
  set: (file) => alarmSet(file),
  heldOut: ['blind8.jsonl', 'blind10.jsonl'],
};

const trainStored = (detector: Detector, texts: LabelledText[]) => trainLinearModel(texts, detector.classes, detector.format, detector.training);
const train = (detector: Detector, texts: LabelledText[]) => modelFromStored(trainStored(detector, texts), detector.format, detector.classes);

/** Recall on the detector's texts and false alarms on the rest: the model alone, with the patterns beside it, the patterns alone. */
function figures(detector: Detector, model: LinearModel, texts: LabelledText[]): string {
  const positive = texts.filter((t) => t.label !== 0);
  const negative = texts.filter((t) => t.label === 0);
  const part = (fires: (t: LabelledText) => boolean) =>
    [positive.length ? `recall ${positive.filter(fires).length}/${positive.length}` : '', negative.length ? `false ${negative.filter(fires).length}/${negative.length}` : '']
      .filter(Boolean)
      .join(', ');
  const byModel = (t: LabelledText) => detector.byModel(model, t.text);
  const byPatterns = (t: LabelledText) => detector.byPatterns(t.text);
  return `model ${part(byModel)} | with patterns ${part((t) => byModel(t) || byPatterns(t))} | patterns alone ${part(byPatterns)}`;
}

const evaluationTexts = (file: string, positive: (line: Record<string, unknown>) => boolean): LabelledText[] =>
  readJsonLines<Record<string, unknown>>(join(PROJECT_ROOT, file)).map((line) => ({ text: String(line.q), label: positive(line) ? 1 : 0 }));

const EVALUATION = {
  crisis: ['test/eval/crisis.jsonl', 'test/eval/dev.jsonl', 'test/eval/holdout.jsonl', 'test/eval/fresh.jsonl'],
  alarm: ['test/eval/dev.jsonl', 'test/eval/holdout.jsonl', 'test/eval/fresh.jsonl'],
};

for (const detector of [crisis, alarm]) {
  if (process.argv.includes('--cv')) {
    console.log(`${detector.name}:`);
    for (const held of detector.folds) {
      const model = train(detector, detector.trainingTexts(detector.sets.filter((file) => file !== held)));
      console.log(`  held out ${held.padEnd(26)} ${figures(detector, model, detector.set(held))}`);
    }
    const full = train(detector, detector.trainingTexts(detector.sets));
    for (const file of detector.heldOut) console.log(`  held out ${file.padEnd(26)} ${figures(detector, full, detector.set(file))}`);
    for (const file of EVALUATION[detector.name as keyof typeof EVALUATION]) {
      const texts = evaluationTexts(file, (line) => (detector === crisis ? line.crisis === true : line.alarm === true || line.kind === 'alarm'));
      console.log(`  ${file.padEnd(35)} ${figures(detector, full, texts)}`);
    }
  } else {
    const started = performance.now();
    const texts = detector.trainingTexts(detector.sets);
    const stored = trainStored(detector, texts);
    const json = `${JSON.stringify(stored)}\n`;
    writeFileSync(join(PROJECT_ROOT, detector.file), json);
    console.log(`${detector.name}: trained on ${texts.length} texts in ${(performance.now() - started).toFixed(0)} ms: ${stored.features.length} features, ${(json.length / 1024).toFixed(0)} KB -> ${detector.file}`);
  }
}
