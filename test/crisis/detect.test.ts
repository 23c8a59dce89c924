import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/crisis/detect.js';
import { loadCheckedContent } from '../../src/content/check.js';
import { readCrisisCases, scoreCrisis } from '../../src/eval/crisis.js';
import { readCases } from '../../src/eval/run.js';
import { createResponder } from '../../src/reply/plan.js';

describe('crisis: not wanting to live', () => {
  it.each([
    'ik wil niet meer leven',
    'ik wil dood',
    'ik zie het niet meer zitten',
    'het hoeft voor mij niet meer',
    'ik wil er niet meer zijn',
    'ik wil eigenlijk niet meer leven sinds de miskraam',
    'ik wil gewoon nooit meer wakker worden',
    'was ik maar dood',
    'iedereen is beter af zonder mij',
    'het leven heeft geen zin meer',
  ])('%s', (text) => expect(detectCrisis(text).signs).toContain('levensmoe'));
});

describe('crisis: ending one’s life', () => {
  it.each(['wat als ik er een eind aan maak', 'ik denk aan zelfmoord', 'ik ben suïcidaal', 'ik wil er een punt achter zetten'])('%s', (text) =>
    expect(detectCrisis(text).signs).toContain('zelfdoding'),
  );
});

describe('crisis: self-harm', () => {
  it.each(['ik wil mezelf iets aandoen', 'ik heb mezelf gesneden'])('%s', (text) => expect(detectCrisis(text).signs).toContain('zelfbeschadiging'));
});

describe('crisis: misspelt and English', () => {
  it.each(['ik wil nie meer leeven', 'zie t echt niet meer zitte', 'zelfmoort', "I don't want to live anymore", 'I want to die', 'I think about killing myself', 'ik wil doooood', 'ik wil er een eind aan maaaaken', 'ik wil niet meeeer leven'])('%s', (text) =>
    expect(detectCrisis(text).crisis).toBe(true),
  );
});

describe('not a crisis', () => {
  it.each([
    ['the pregnancy’s death', 'het hartje was dood'],
    ['the pregnancy’s death', 'hoe lang kan een dood vruchtje blijven zitten'],
    ['fear', 'doodsbang dat het weer misgaat'],
    ['pain', 'ik ging bijna dood van de pijn'],
    ['a loss', 'dood kindje begraven'],
    ['an expression', 'ik schrok me dood'],
    ['wish for children', 'ik wil niet meer zwanger worden'],
    ['wish for children', 'ik zie het niet meer zitten om het nog een keer te proberen'],
    ['waiting', 'ik wil niet meer wachten op de miskraam'],
    ['denial', 'ik heb geen zelfmoordgedachten, wel verdriet'],
    ['treatment', 'het hoeft voor mij niet meer zo lang te duren'],
  ])('%s: %s', (_family, text) => expect(detectCrisis(text)).toEqual({ crisis: false, signs: [] }));
});

describe('the crisis set and the dev set', () => {
  it('has full recall and no false crisis alarms', () => {
    const responder = createResponder(loadCheckedContent());
    const cases = readCrisisCases('test/eval/crisis.jsonl');
    expect(cases.filter((c) => !c.crisis).length).toBeGreaterThanOrEqual(cases.filter((c) => c.crisis).length);
    const { figures } = scoreCrisis(responder, cases, readCases('test/eval/dev.jsonl').map((c) => c.q));
    expect(figures).toMatchObject({ crisis_recall: '100.0', false_crisis_near_miss: '0.0', false_crisis_other: '0.0' });
  });
});
