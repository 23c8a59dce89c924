import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAlarm } from '../../src/alarm/detect.js';
import { ALARM_CLASSES, ALARM_MODEL_FORMAT, ALARM_TRAINING, modelAlarmSign } from '../../src/alarm/model.js';
import { alarmSet, alarmTrainingTexts } from '../../src/alarm/training-data.js';
import { loadCheckedContent } from '../../src/content/check.js';
import { PROJECT_ROOT } from '../../src/content/load.js';
import { readCases } from '../../src/eval/run.js';
import { trainLinearModel } from '../../src/text/linear-model.js';
import { normalize } from '../../src/text/normalize.js';
import { countFired } from '../text/labelled-sets.js';

const content = loadCheckedContent();
const model = content.alarmModel;
/** The detector as it runs in the bot, and its patterns alone. */
const byDetector = (text: string) => detectAlarm(text, undefined, model).alarm;
const byPatterns = (text: string) => detectAlarm(text).alarm;

describe('alarm model', () => {
  it('is stored as training gives it now (run npm run train after changing its data or code)', () => {
    const stored = JSON.parse(readFileSync(join(PROJECT_ROOT, 'intents/alarm-model.json'), 'utf8')) as unknown;
    expect(stored).toEqual(trainLinearModel(alarmTrainingTexts(), ALARM_CLASSES.length, ALARM_MODEL_FORMAT, ALARM_TRAINING));
  });

  it('names a sign for an alarm told in words the patterns do not know, and nothing for a question', () => {
    expect(modelAlarmSign(model, normalize('ik ben aan het bloeden gelijk een rund, het zit overal'))).toBe('hevig-bloedverlies');
    expect(modelAlarmSign(model, normalize('wanneer mag ik weer sporten na een miskraam?'))).toBeUndefined();
  });

  it('reads nothing into a message of one common word (the evidence floor)', () => {
    for (const text of ['ik', 'weer', 'steeds', 'nog', 'sorry', 'echt']) expect(modelAlarmSign(model, normalize(text))).toBeUndefined();
  });

  it('leaves a bleeding the message itself calls small to the patterns', () => {
    const text = normalize('sinds vanmiddag helder rood bloed, 7 wkn, niet veel. is het nu voorbij?');
    expect(modelAlarmSign(model, text)).toBeUndefined();
  });

  /**
   * test/alarm/blind8.jsonl is held out: never learned from, never used to tune patterns or the
   * threshold. Measured before anything was changed for it: the patterns alone caught 145 of its 160
   * alarms, with the model 159; after the fixes for sets 7 and 9 the patterns catch 148, with the model
   * still 159, and its hard near-misses flagged stay at 29 of 50 (all by the patterns). These floors guard that.
   */
  it('catches more of a held-out red-team set than the patterns alone, with no more false alarms', () => {
    const cases = alarmSet('blind8.jsonl');
    const detector = countFired(cases, byDetector);
    const patterns = countFired(cases, byPatterns);
    expect(detector.signs).toBe(160);
    expect(detector.near).toBe(50);
    expect(patterns.caught).toBeLessThan(detector.caught);
    expect(detector.caught).toBeGreaterThanOrEqual(159);
    expect(detector.flagged).toBeLessThanOrEqual(patterns.flagged);
  });

  /**
   * test/alarm/blind10.jsonl, a second held-out set (stop 13): short chat messages like set 9's, written
   * after the detector had learnt set 9 and been fixed for it, to see whether it learnt the style or only
   * the set. Measured before anything was changed for it: patterns 145 of 160 (set 9 had been 131), with
   * the model 159 (set 9: 151); 22 of 50 near-misses flagged, 19 by the patterns.
   */
  it('catches a held-out set of short chat messages nearly whole', () => {
    const detector = countFired(alarmSet('blind10.jsonl'), byDetector);
    expect(detector.signs).toBe(160);
    expect(detector.near).toBe(50);
    expect(detector.caught).toBeGreaterThanOrEqual(159);
    expect(detector.flagged).toBeLessThanOrEqual(22);
  });

  it('raises no alarm of its own on the ordinary questions of the evaluation sets', () => {
    for (const file of ['test/eval/dev.jsonl', 'test/eval/holdout.jsonl']) {
      const added = readCases(file)
        .filter((c) => c.kind !== 'alarm' && c.alarm !== true)
        .filter((c) => detectAlarm(c.q, undefined, model).alarm && !detectAlarm(c.q).alarm)
        .map((c) => c.q);
      expect(added).toEqual([]);
    }
  });
});
