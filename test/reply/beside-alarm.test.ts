import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content/check.js';
import { asksAboutTheSign, createBesideAlarm } from '../../src/reply/beside-alarm.js';
import { normalize } from '../../src/text/normalize.js';

const mayFollowAlarm = createBesideAlarm(loadCheckedContent());
const may = (text: string, intentId: string) => mayFollowAlarm(text, normalize(text), intentId);

describe('what may follow an escalation', () => {
  it('reads questions about the sign itself as such', () => {
    for (const text of ['hoort dat erbij??', 'is dat nog normaal', 'wat moet ik doen', 'ik weet niet wat ik moet doen', 'kan ik gewoon gaan slapen?', 'wanneer stopt dit', 'is that normal?', 'moet ik naar het ziekenhuis'])
      expect(asksAboutTheSign(normalize(text)), text).toBe(true);
    for (const text of ['wat is een curettage?', 'hoe lang moet ik wachten met zwanger worden?', 'hebben jullie folders over rouw?'])
      expect(asksAboutTheSign(normalize(text)), text).toBe(false);
  });

  it('withholds everything from a message that asks nothing', () => {
    expect(may('heel veel bloed en stolsels', 'wanneer-bellen')).toBe(false);
  });

  it('withholds a passage on the normal course whatever was asked, and any answer to a question about the sign', () => {
    expect(may('hoe lang moet ik wachten met sporten? het bloedt nu enorm', 'verloop-miskraam')).toBe(false);
    expect(may('er kwamen net grote stolsels uit, hoort dat erbij??', 'curettage')).toBe(false);
  });

  it('lets a passage with the reasons to call, or an answer to another question, follow', () => {
    expect(may('ik heb nu een week pijn en bloed nog steeds, is dat normaal?', 'bloedverlies-na-miskraam')).toBe(true);
    expect(may('moet ik bellen? ik heb 38,2', 'wanneer-bellen')).toBe(true);
    expect(may('ik heb 39 graden koorts, wat is een curettage?', 'curettage')).toBe(true);
  });
});
