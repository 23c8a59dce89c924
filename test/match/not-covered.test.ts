import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content/check.js';
import { createNotCovered } from '../../src/match/not-covered.js';
import { renderPlan } from '../../src/reply/messages.js';
import { createResponder } from '../../src/reply/plan.js';
import { createAnalyzer } from '../../src/text/analyze.js';
import { normalize } from '../../src/text/normalize.js';

const content = loadCheckedContent();
const asksAboutNotCovered = createNotCovered(content.lexicon, createAnalyzer(content.lexicon).clean);

describe('subjects the brochures never mention', () => {
  it('lists only words neither brochure uses', () => {
    const brochures = [...content.sources.values()].map((source) => normalize(source.text));
    const used = Object.values(content.lexicon.notCovered)
      .flat()
      .filter((word) => brochures.some((text) => new RegExp(`(?<![a-z0-9])${normalize(word)}(?![a-z0-9])`).test(text)));
    expect(used).toEqual([]);
  });

  it('never takes a topic example for such a question', () => {
    const taken = content.intents.filter((intent) => intent.kind === 'topic').flatMap((intent) => intent.examples.filter(asksAboutNotCovered));
    expect(taken).toEqual([]);
  });

  it.each([
    'wanneer mag ik weer sporten na een curettage?',
    'hoeveel paracetamol mag ik nemen tijdens de miskraam',
    'wordt de curettage vergoed door mijn zorgverzekering?',
    'mag ik een tampon gebruiken nu ik nog bloed verlies',
    'Kan ik na een curettage zelf met de auto naar huis rijden?',
    'can I fly a week after my miscarriage?',
  ])('asks about one: %s', (text) => {
    expect(asksAboutNotCovered(text)).toBe(true);
  });

  it.each([
    // the subject is there, but not what is asked
    'pijnstillers helpen niet meer tegen de krampen',
    'ik sportte veel en toch ging het mis. waardoor komt een miskraam?',
    // two questions: the other may be one a topic answers
    'mag ik weer sporten? en wanneer mogen we weer zwanger worden?',
    // bleeding after sex is in the folder ("na het hebben van gemeenschap")
    'ik ben 6 weken en had wat bloed na de seks, is dat een miskraam?',
  ])('does not: %s', (text) => {
    expect(asksAboutNotCovered(text)).toBe(false);
  });

  it('falls back instead of quoting the topic the question shares a word with', () => {
    const responder = createResponder(content);
    const plan = responder.respond('wanneer mag ik weer sporten na een curettage?');
    expect(plan).toMatchObject({ outcome: 'fallback', frame: 'notCovered', passages: [], starters: [] });
    // It is told the folders say nothing about it, and sent to the practice: no "type it again", no topics.
    const [message] = renderPlan(plan, content.frame);
    expect(message?.text).toBe(content.frame.texts.notCovered.text);
    expect(message?.text).toContain('0318-553465');
    expect(message?.buttons.flat().map((b) => b.kind)).toEqual(['menu']);
    // The same words when the matcher found no topic either.
    expect(responder.respond('hoeveel paracetamol mag ik nemen tijdens de miskraam').frame).toBe('notCovered');
    // The topic itself is still answered when it is what is asked.
    expect(responder.respond('wat is een curettage?')).toMatchObject({ outcome: 'answer', intent: 'curettage' });
  });
});
