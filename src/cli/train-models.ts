/**
 * `npm run train` trains the safety detectors' models and writes intents/crisis-model.json and
 * intents/alarm-model.json. `npm run train -- --cv` writes nothing and prints how well they generalise:
 * each training set held out in turn (the model trained on the others), then the held-out sets
 * (test/crisis/blind6.jsonl, test/alarm/blind7.jsonl) and the evaluation sets, with the full models.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { detectAlarm } from '../alarm/detect.js';
import { ALARM_CLASSES, ALARM_MODEL_FORMAT, ALARM_TRAINING, modelAlarmSign } from '../alarm/model.js';
import { ALARM_TRAINING_SETS, alarmSet, alarmTrainingTexts, thirdPersonTexts } from '../alarm/training-data.js';
import { PROJECT_ROOT, readContent } from '../content/load.js';
import { detectCrisis } from '../crisis/detect.js';
import { CRISIS_CLASSES, CRISIS_MODEL_FORMAT, CRISIS_TRAINING, modelSign } from '../crisis/model.js';
import { CRISIS_TRAINING_SETS, crisisTrainingTexts, ordinaryTexts, redTeamSet } from '../crisis/training-data.js';
import { modelFromStored, trainLinearModel, type LabelledText, type LinearModel } from '../text/linear-model.js';
import { normalize } from '../text/normalize.js';

// Read without the stored models: training must work when they are missing or of an old format.
const { content, problems } = readContent(PROJECT_ROOT, { withoutModels: true });
if (!content) throw new Error(`Invalid content (run npm run content:check):\n${problems.map((p) => `${p.file}: ${p.message}`).join('\n')}`);

interface Detector {
  name: string;
  file: string;
  train(texts: LabelledText[]): LinearModel;
  byModel(model: LinearModel, text: string): boolean;
  byPatterns(text: string): boolean;
  trainingTexts(): LabelledText[];
  folds: { name: string; held: LabelledText[]; rest: LabelledText[] }[];
  heldOut: { name: string; texts: LabelledText[] };
}

const crisis: Detector = {
  name: 'crisis',
  file: 'intents/crisis-model.json',
  train: (texts) => modelFromStored(trainLinearModel(texts, CRISIS_CLASSES.length, CRISIS_MODEL_FORMAT, CRISIS_TRAINING), CRISIS_MODEL_FORMAT, CRISIS_CLASSES.length),
  byModel: (model, text) => modelSign(model, normalize(text, 100_000)) !== undefined,
  byPatterns: (text) => detectCrisis(text).crisis,
  trainingTexts: () => crisisTrainingTexts(content),
  folds: CRISIS_TRAINING_SETS.map((held) => ({
    name: held,
    held: redTeamSet(held),
    rest: [...CRISIS_TRAINING_SETS.filter((file) => file !== held).flatMap((file) => redTeamSet(file)), ...ordinaryTexts(content)],
  })),
  heldOut: { name: 'test/crisis/blind6.jsonl', texts: redTeamSet('blind6.jsonl') },
};

const examples = content.intents.flatMap((intent) => intent.examples.map((text) => ({ text, label: 0 })));
const alarm: Detector = {
  name: 'alarm',
  file: 'intents/alarm-model.json',
  train: (texts) => modelFromStored(trainLinearModel(texts, ALARM_CLASSES.length, ALARM_MODEL_FORMAT, ALARM_TRAINING), ALARM_MODEL_FORMAT, ALARM_CLASSES.length),
  byModel: (model, text) => modelAlarmSign(model, normalize(text, 100_000)) !== undefined,
  byPatterns: (text) => detectAlarm(text).alarm,
  trainingTexts: () => alarmTrainingTexts(content),
  // The corpus is always learned from; each red-team set is held out in turn.
  folds: ALARM_TRAINING_SETS.filter((file) => file !== 'cases.jsonl').map((held) => ({
    name: held,
    held: alarmSet(held),
    rest: [...ALARM_TRAINING_SETS.filter((file) => file !== held).flatMap((file) => alarmSet(file)), ...examples, ...thirdPersonTexts()],
  })),
  heldOut: { name: 'test/alarm/blind7.jsonl', texts: alarmSet('blind7.jsonl') },
};

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
  readFileSync(join(PROJECT_ROOT, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .map((line) => ({ text: String(line.q), label: positive(line) ? 1 : 0 }));

const EVALUATION = {
  crisis: ['test/eval/crisis.jsonl', 'test/eval/dev.jsonl', 'test/eval/holdout.jsonl', 'test/eval/fresh.jsonl'],
  alarm: ['test/eval/dev.jsonl', 'test/eval/holdout.jsonl', 'test/eval/fresh.jsonl'],
};

for (const detector of [crisis, alarm]) {
  if (process.argv.includes('--cv')) {
    console.log(`${detector.name}:`);
    for (const fold of detector.folds) console.log(`  held out ${fold.name.padEnd(26)} ${figures(detector, detector.train(fold.rest), fold.held)}`);
    const full = detector.train(detector.trainingTexts());
    console.log(`  held out ${detector.heldOut.name.padEnd(26)} ${figures(detector, full, detector.heldOut.texts)}`);
    for (const file of EVALUATION[detector.name as keyof typeof EVALUATION]) {
      const texts = evaluationTexts(file, (line) => (detector === crisis ? line.crisis === true : line.alarm === true || line.kind === 'alarm'));
      console.log(`  ${file.padEnd(35)} ${figures(detector, full, texts)}`);
    }
  } else {
    const started = performance.now();
    const texts = detector.trainingTexts();
    const stored =
      detector === crisis
        ? trainLinearModel(texts, CRISIS_CLASSES.length, CRISIS_MODEL_FORMAT, CRISIS_TRAINING)
        : trainLinearModel(texts, ALARM_CLASSES.length, ALARM_MODEL_FORMAT, ALARM_TRAINING);
    const json = `${JSON.stringify(stored)}\n`;
    writeFileSync(join(PROJECT_ROOT, detector.file), json);
    console.log(
      `${detector.name}: trained on ${texts.length} texts in ${(performance.now() - started).toFixed(0)} ms: ${stored.features.length} features, ${(json.length / 1024).toFixed(0)} KB -> ${relative(PROJECT_ROOT, join(PROJECT_ROOT, detector.file))}`,
    );
  }
}
