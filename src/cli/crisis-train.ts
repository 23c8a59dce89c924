/**
 * `npm run crisis:train` trains the crisis model and writes intents/crisis-model.json.
 * `npm run crisis:train -- --cv` writes nothing and prints how well it generalises: each of the five
 * training sets held out in turn (the model trained on the other four), then the held-out set
 * test/crisis/blind6.jsonl and the evaluation sets, with the full model.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT, readContent } from '../content/load.js';
import { detectCrisis } from '../crisis/detect.js';
import { modelFromStored, modelSign, type CrisisModel } from '../crisis/model.js';
import { CRISIS_TRAINING_SETS, crisisTrainingTexts, ordinaryTexts, redTeamSet } from '../crisis/training-data.js';
import { trainCrisisModel, type LabelledText } from '../crisis/train.js';
import { normalize } from '../text/normalize.js';

export const MODEL_PATH = join(PROJECT_ROOT, 'intents/crisis-model.json');

// Read without the stored model: training must work when it is missing or of an old format.
const { content: trainingContent, problems } = readContent(PROJECT_ROOT, { withoutCrisisModel: true });
if (!trainingContent) throw new Error(`Invalid content (run npm run content:check):\n${problems.map((p) => `${p.file}: ${p.message}`).join('\n')}`);
const content = trainingContent;

/** Recall on crisis texts and false alarms on the rest, for the model alone and with the patterns beside it. */
function figures(model: CrisisModel, texts: LabelledText[]): string {
  const byModel = (t: LabelledText) => modelSign(model, normalize(t.text, 100_000)) !== undefined;
  const byEither = (t: LabelledText) => byModel(t) || detectCrisis(t.text).crisis;
  const crisis = texts.filter((t) => t.label !== 0);
  const other = texts.filter((t) => t.label === 0);
  const part = (test: (t: LabelledText) => boolean) =>
    `${crisis.length ? `recall ${crisis.filter(test).length}/${crisis.length}` : ''}${crisis.length && other.length ? ', ' : ''}${other.length ? `false ${other.filter(test).length}/${other.length}` : ''}`;
  return `model ${part(byModel)} | with patterns ${part(byEither)} | patterns alone ${part((t) => detectCrisis(t.text).crisis)}`;
}

const evaluationTexts = (file: string): LabelledText[] =>
  readFileSync(join(PROJECT_ROOT, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { q: string; crisis?: boolean })
    .map((line) => ({ text: line.q, label: line.crisis ? 1 : 0 }));

if (process.argv.includes('--cv')) {
  const ordinary = ordinaryTexts(content);
  for (const held of CRISIS_TRAINING_SETS) {
    const rest = CRISIS_TRAINING_SETS.filter((file) => file !== held).flatMap((file) => redTeamSet(file));
    const model = modelFromStored(trainCrisisModel([...rest, ...ordinary]));
    console.log(`held out ${held.padEnd(16)} ${figures(model, redTeamSet(held))}`);
  }
  const full = modelFromStored(trainCrisisModel(crisisTrainingTexts(trainingContent)));
  console.log(`held out blind6.jsonl     ${figures(full, redTeamSet('blind6.jsonl'))}`);
  for (const file of ['test/eval/crisis.jsonl', 'test/eval/dev.jsonl', 'test/eval/holdout.jsonl']) console.log(`${file.padEnd(26)} ${figures(full, evaluationTexts(file))}`);
} else {
  const started = performance.now();
  const stored = trainCrisisModel(crisisTrainingTexts(trainingContent));
  const json = `${JSON.stringify(stored)}\n`;
  writeFileSync(MODEL_PATH, json);
  console.log(`trained on ${crisisTrainingTexts(trainingContent).length} texts in ${(performance.now() - started).toFixed(0)} ms: ${stored.features.length} features, ${(json.length / 1024).toFixed(0)} KB -> ${relative(PROJECT_ROOT, MODEL_PATH)}`);
}
