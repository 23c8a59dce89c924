import { fileURLToPath } from 'node:url';
import { readJsonLines } from '../../src/content/jsonl.js';
import { describe, expect, it } from 'vitest';
import { detectAlarm } from '../../src/alarm/detect.js';
import { loadCheckedContent } from '../../src/content/check.js';

interface AlarmCase {
  text: string;
  alarm: boolean;
  sign: string | null;
  note: string;
}

/**
 * The project's alarm corpus (test/alarm/cases.jsonl): 342 alarm messages, 81 to 91 per criterion, and
 * 216 messages that a careless detector would flag. Every alarm must be caught; a few extra escalations
 * (a past episode, the weather) are tolerated, as the issue allows up to 3%.
 */
/** The cases of one JSONL file beside this test. */
function readCases(file: string): AlarmCase[] {
  return readJsonLines<AlarmCase>(fileURLToPath(new URL(file, import.meta.url)));
}

const cases = readCases('./cases.jsonl');

describe('alarm corpus', () => {
  it.each(['koorts', 'hevig-bloedverlies', 'flauwvallen', 'aanhoudend'])('catches every %s message', (sign) => {
    const missed = cases.filter((c) => c.alarm && c.sign === sign && !detectAlarm(c.text).alarm).map((c) => c.text);
    expect(missed).toEqual([]);
  });

  it('raises at most 3% false alarms on the near-misses', () => {
    const near = cases.filter((c) => !c.alarm);
    const flagged = near.filter((c) => detectAlarm(c.text).alarm);
    expect(near.length).toBeGreaterThan(150);
    expect(flagged.length / near.length).toBeLessThanOrEqual(0.03);
  });
});

/**
 * A red-team set (test/alarm/redteam.jsonl): 167 alarm messages and 62 hard near-misses, written by
 * someone who had not seen the detector, its patterns or its tests, in chat style (typos, stretched
 * words, idioms, a partner telling it, long stories). Every alarm must be caught. The near-misses are
 * built to trap a detector (hypotheticals, a child's fever, an episode years ago), and an extra
 * escalation is cheap, so for them only a gross regression fails.
 */
const redTeam = readCases('./redteam.jsonl');

describe('alarm red-team set', () => {
  it.each(['koorts', 'hevig-bloedverlies', 'flauwvallen', 'aanhoudend'])('catches every %s message', (sign) => {
    const missed = redTeam.filter((c) => c.alarm && c.sign === sign && !detectAlarm(c.text).alarm).map((c) => c.text);
    expect(redTeam.filter((c) => c.alarm && c.sign === sign).length).toBeGreaterThan(35);
    expect(missed).toEqual([]);
  });

  it('flags at most a quarter of its hard near-misses', () => {
    const near = redTeam.filter((c) => !c.alarm);
    const flagged = near.filter((c) => detectAlarm(c.text).alarm);
    expect(flagged.length / near.length).toBeLessThanOrEqual(0.25);
  });
});

/**
 * A second red-team set (test/alarm/redteam2.jsonl): 155 alarms told indirectly ("ik ben aan het
 * stomen", "de wc is een bloedbad", "ik werd van de wc gehaald") and 52 near-misses, by another writer
 * who had not seen the detector. It came in at the end of a session, when 148 of its alarms were
 * caught; 151 are now ("het houdt maar niet op" is read as the bleeding going on, "dit is de 4e"
 * night of pain as a span, and since stop 13 a span that will not stop). The 4 that are not all tell
 * bleeding alone for weeks, which the folder calls the normal course after a miscarriage ("enkele weken
 * afnemend bloedverlies"). This is a floor against going back; the 4 are for the practice to decide.
 */
describe('alarm red-team set 2 (open work)', () => {
  const cases2 = readCases('./redteam2.jsonl');

  it('catches at least 151 of its 155 alarms', () => {
    const alarms = cases2.filter((c) => c.alarm);
    expect(alarms.length).toBe(155);
    expect(alarms.filter((c) => detectAlarm(c.text).alarm).length).toBeGreaterThanOrEqual(151);
  });
});

/**
 * Red-team sets 3 to 9, each of 160 alarms (40 per criterion) and 50 or 60 hard near-misses, each by
 * a writer who had seen neither the detector nor the earlier sets:
 *
 * Set 3: A third red-team set (test/alarm/redteam3.jsonl): 160 alarms, 40 per criterion, and 60 hard
 *  near-misses, by a third writer who had seen neither the detector nor the earlier sets, aimed at what
 *  they were likely to miss: voice typing ("achtendertig komma vijf", "bloet lopt langs me bene"), the sign
 *  in a side clause of a long story, hedges ("waarschijnlijk niks maar"), a partner telling it, Flemish and
 *  English. The detector first caught 137 of the 160; every one is caught now.
 *
 * Set 4: A fourth red-team set (test/alarm/redteam4.jsonl): 160 alarms, 40 per criterion, and 50
 *  near-misses, by a fourth writer who had seen neither the detector nor the earlier sets: the symptom as
 *  the condition of a practical question ("mag ik paracetamol nemen nu ik 38,7 heb"), panic in two words,
 *  people writing Dutch as a second language, "vloeien", dates. The detector first caught 142 of the 160;
 *  every one is caught now.
 *
 * Set 5: A fifth red-team set (test/alarm/redteam5.jsonl): 160 alarms, 40 per criterion, and 50
 *  near-misses, by a fifth writer who had seen neither the detector nor the earlier sets, asked for
 *  follow-up messages ("nu ook 38,6"), metaphors ("bed ziet eruit als een plaats delict"), measurements,
 *  Flemish and slang ("omvergekukeld", "ging bijna out"), emoji and words typed without spaces. The
 *  detector first caught 140 of the 160; every one is caught now.
 *
 * Set 6: A sixth red-team set (test/alarm/redteam6.jsonl): 160 alarms, 40 per criterion, and 50
 *  near-misses, by a sixth writer who had seen neither the detector nor the earlier sets, asked for the
 *  symptom buried in a long story, said as a consequence ("ik moest de badmat weggooien", "anders loopt
 *  alles op de vloer"), brand names of painkillers, and Dutch as a second language. The detector first
 *  caught 138 of the 160; every one is caught now.
 *
 * Set 7: A seventh red-team set (test/alarm/redteam7.jsonl): 160 alarms, 40 per criterion, and 50
 *  near-misses, by a seventh writer who had seen neither the detector nor the earlier sets: fainting told
 *  by what happened around it ("werd wakker met mijn hoofd tegen de deur", "we hebben haar benen omhoog
 *  gelegd"), pads that are "niet genoeg", "ik loop leeg", pain scores, the third night in a row. Held out
 *  at stop 12, when the patterns caught 136 and the model 155 of them; at stop 13 the model learnt from it
 *  and the patterns were fixed for its misses: every one is caught now.
 *
 * Set 9: A ninth set (test/alarm/redteam9.jsonl, stop 13): 160 alarms and 50 near-misses as short chat
 *  messages ("nu 38,9", "alweer doorheen 🩸", "onder de arm al 38", "ZWART ZIEN", "'k ben van mijne sokken
 *  gegaan", "dag 5 van de krampen"), by a writer who had seen neither the detector nor the earlier sets.
 *  The patterns first caught 131 of the 160, with the model 151: short messages are the weakest style.
 *  The model learns from it and its misses are fixed: every one is caught now.
 */
describe.each([
  ['3', './redteam3.jsonl', 60],
  ['4', './redteam4.jsonl', 50],
  ['5', './redteam5.jsonl', 50],
  ['6', './redteam6.jsonl', 50],
  ['7', './redteam7.jsonl', 50],
  ['9', './redteam9.jsonl', 50],
])('alarm red-team set %s', (_set, file, nearMisses) => {
  const cases = readCases(file);

  it.each(['koorts', 'hevig-bloedverlies', 'flauwvallen', 'aanhoudend'])('catches every %s message', (sign) => {
    const missed = cases.filter((c) => c.alarm && c.sign === sign && !detectAlarm(c.text).alarm).map((c) => c.text);
    expect(cases.filter((c) => c.alarm && c.sign === sign).length).toBe(40);
    expect(missed).toEqual([]);
  });

  it('flags at most 40% of its hard near-misses', () => {
    const near = cases.filter((c) => !c.alarm);
    expect(near.length).toBe(nearMisses);
    expect(near.filter((c) => detectAlarm(c.text).alarm).length / near.length).toBeLessThanOrEqual(0.4);
  });
});

/**
 * Set 11 (test/alarm/redteam11.jsonl, stop 17): 160 alarms and 50 near-misses by a writer who had seen
 * neither the detector nor the earlier sets, in styles not asked for before: voice dictation ("negen en
 * dertig komma acht"), what the sign does to her day ("een hele rol keukenpapier gebruikt"), the sign in
 * passing inside another question, understatement ("ik wil niet zeuren, maar"), Sranan and Flemish
 * ("mi skin e bron", "weggedraaid"), a partner or mother writing, odd times and amounts ("sinds
 * Koningsdag", "dertig minuten twee verbanden"). Run blind: the patterns caught 134 of the 160, with the
 * model 154. Fixed with general wordings, not learnt by the model (it is not in ALARM_TRAINING_SETS):
 * the patterns catch 159, and the one left, bleeding "nog steeds" from a holiday weeks ago, is the
 * model's (bleeding that lasts without growing is the folder's normal course, so the patterns need more).
 *
 * Set 12 (test/alarm/redteam12.jsonl, stop 18): 160 alarms and 50 near-misses by a writer who read the
 * earlier sets only to find styles they lack: Fahrenheit and voice-typed decimals ("achtendertigvijf"),
 * pads counted by the clock, a nurse partner's jargon (syncope, pyrexie, menorragie), timelines and lists,
 * the sign in a subordinate clause of a long story, words typed without spaces, coming to on the tiles.
 * Run blind: the patterns caught 140 of the 160, with the model 148. Fixed with general wordings (coming to
 * and how long she was gone, going down in other words, blood running over other body parts, bleeding for
 * three weeks or more that is not getting less, more words for runs typed without spaces), not learnt
 * by the model: the patterns catch all 160. The alarm of four other texts in the repo changed, all
 * bleeding of three weeks that the sets leave open.
 *
 * Set 13 (test/alarm/redteam13.jsonl, stop 19): 120 alarms and 40 near-misses by a writer who read the
 * earlier sets only to find styles they lack: voice dictation with split words ("curet tage", "bloed
 * verlies"), the sign buried in a long message, someone else's words ("mijn moeder zegt dat ik grauw zie"),
 * a smartwatch's fall alert, pads weighed or counted by the clock, a holiday as the time anchor, learners'
 * Dutch, near-misses that use the words in another sense ("het eten smaakt zo flauw"). Run blind: the
 * patterns caught 108 of the 120, with the model 118. Fixed with general wordings ("ze heeft 39", "ik
 * krijg het niet gestopt", the fifth pad, blood "in stoten", gone down against the cupboard, white lips,
 * a minute not waking), not learnt by the model: the patterns catch all 120. One other text in the repo
 * changed: bleeding "nog steeds niet gestopt" days after the tablets now escalates.
 *
 * The dev-form set (test/alarm/dev-form.jsonl, stop 19): 150 alarms and 50 near-misses written blind the way
 * the dev set's alarm lines are, the sign told in passing with a question attached ("... is dat normaal?",
 * "... kan ik morgen werken?"). Run blind: the patterns caught 142 of the 150, with the model 148; both
 * misses bleeding that goes on, where "nooit gestopt" and "nog niks minder" had read as getting less. Fixed
 * with general wordings (those, "het is al zes weken na", months named, "dag 15", told it would get less
 * "maar" it has not, sagging away in his arms, "rechtstaan"): the patterns catch all 150. Two other texts
 * in the repo changed, both the same bleeding that goes on.
 *
 * The second dev-form set (test/alarm/dev-form2.jsonl, stop 19): 120 alarms and 40 near-misses, each from a
 * different kind of writer (partner, mother, teenager, older woman, Dutch as a second language, Flemish),
 * half of each sign told without its obvious word. Run blind: the patterns caught 115 of the 120, with the
 * model 116. Fixed with general wordings (bath water dark red, "het blijft maar komen", a bath towel in her
 * underwear, shaking under the blanket with a burning head, "half januari ... nu is het half februari",
 * "geen dag zonder bloed of buikpijn"): the patterns catch all 120; no other text in the repo changed.
 */
describe.each([
  // set, file, alarms, near-misses, misses allowed to the patterns alone, near-misses flagged by the
  // patterns and with the model when each set was first run after its fixes (an extra escalation is cheap,
  // so many near-misses are the sign's own words: someone else's fever, one that is over, "wanneer moet ik
  // bellen bij koorts?")
  ['11', './redteam11.jsonl', 160, 50, 1, 27, 29],
  ['12', './redteam12.jsonl', 160, 50, 0, 26, 28],
  ['13', './redteam13.jsonl', 120, 40, 0, 15, 16],
  ['in the dev form', './dev-form.jsonl', 150, 50, 0, 8, 9],
  ['in the dev form, second', './dev-form2.jsonl', 120, 40, 0, 10, 10],
])('alarm red-team set %s, not learnt by the model', (_set, file, alarms, nearCount, patternMisses, nearByPatterns, nearWithModel) => {
  const cases = readCases(file);
  const model = loadCheckedContent().alarmModel;

  it.each(['koorts', 'hevig-bloedverlies', 'flauwvallen', 'aanhoudend'])('catches every %s message, with the model', (sign) => {
    const signCases = cases.filter((c) => c.alarm && c.sign === sign);
    expect(signCases.length).toBeGreaterThanOrEqual(30);
    expect(signCases.filter((c) => !detectAlarm(c.text, undefined, model).alarm).map((c) => c.text)).toEqual([]);
  });

  it('holds the alarms it was written with', () => {
    expect(cases.filter((c) => c.alarm).length).toBe(alarms);
  });

  it('catches all but the allowed few with the patterns alone', () => {
    expect(cases.filter((c) => c.alarm && !detectAlarm(c.text).alarm).length).toBeLessThanOrEqual(patternMisses);
  });

  it('flags no more of its hard near-misses than after its fixes', () => {
    const near = cases.filter((c) => !c.alarm);
    expect(near.length).toBe(nearCount);
    expect(near.filter((c) => detectAlarm(c.text).alarm).length).toBeLessThanOrEqual(nearByPatterns);
    expect(near.filter((c) => detectAlarm(c.text, undefined, model).alarm).length).toBeLessThanOrEqual(nearWithModel);
  });
});

/**
 * English and English mixed with Dutch (test/alarm/english.jsonl, stop 18): 70 alarms and 30 near-misses
 * as partners and expats write them (British, American, Indian, Nigerian and Irish English, °F, "burning
 * up", "went down like a sack", "ik heb fever van 38.7"), by a writer who saw neither the detector nor the
 * earlier sets. Run blind: patterns 60, with the model 65 of 70, 14 and 15 of 30 near-misses flagged.
 * Fixed with general English wordings, not learnt by the model: the patterns catch all 70.
 */
describe('alarm set in English', () => {
  const cases = readCases('./english.jsonl');
  const model = loadCheckedContent().alarmModel;

  it('catches every alarm with the patterns alone', () => {
    expect(cases.filter((c) => c.alarm).length).toBe(70);
    expect(cases.filter((c) => c.alarm && !detectAlarm(c.text).alarm).map((c) => c.text)).toEqual([]);
  });

  it('flags no more of its near-misses than when first run', () => {
    const near = cases.filter((c) => !c.alarm);
    expect(near.length).toBe(30);
    expect(near.filter((c) => detectAlarm(c.text).alarm).length).toBeLessThanOrEqual(14);
    expect(near.filter((c) => detectAlarm(c.text, undefined, model).alarm).length).toBeLessThanOrEqual(15);
  });
});
