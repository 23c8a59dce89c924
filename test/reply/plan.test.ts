import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content/check.js';
import { renderPlan } from '../../src/reply/messages.js';
import { createResponder } from '../../src/reply/plan.js';
import { plainText } from '../../src/reply/plain-text.js';

const responder = createResponder(loadCheckedContent());
const frame = responder.content.frame;
const reply = (text: string) => renderPlan(responder.respond(text), frame);

describe('reply plan', () => {
  it('answers a clear question with verbatim passages and their source lines', () => {
    const plan = responder.respond('helpt progesteron tegen een miskraam?');
    expect(plan.outcome).toBe('answer');
    expect(plan.intent).toBe('progesteron');
    expect(plan.passages[0]).toMatchObject({ source: 'freya-2016', section: '4.2.3 Hormonen' });
    expect(plainText(reply('helpt progesteron tegen een miskraam?'))).toContain('Bron: Freya, Herhaalde miskraam (2016), 4.2.3 Hormonen');
  });

  it('sends the escalation first, as its own message, then the answer', () => {
    const messages = reply('helpt progesteron tegen een miskraam? ik heb trouwens 39 graden koorts');
    expect(messages[0]?.text).toContain('0318-553465');
    expect(messages[0]?.text).toContain('112');
    expect(messages.some((m) => m.text.includes('Promise studie'))).toBe(true);
  });

  it('ends an answer about grief with the support line (113), and other answers without it', () => {
    const grief = responder.respond('ik voel me zo leeg en verdrietig na de miskraam');
    expect(grief.outcome).toBe('answer');
    expect(grief.support).toBe(true);
    expect(plainText(renderPlan(grief, frame))).toContain(frame.texts.support.text);
    const medical = responder.respond('helpt progesteron tegen een miskraam?');
    expect(medical.support).toBe(false);
    expect(plainText(renderPlan(medical, frame))).not.toContain('113');
  });

  it('reads "ik mis mijn kindje" as missing her, not as "het ging mis", and answers it with the support line', () => {
    for (const text of ['ik mis mijn kindje zo en ik weet niet hoe ik verder moet', 'ik mis haar zo erg']) {
      const plan = responder.respond(text);
      expect(plan.intent).toBe('emoties-na-miskraam');
      expect(plan.support).toBe(true);
    }
  });

  it('adds the support line to a reply the bot cannot answer when the message speaks of grief or fear, and only then', () => {
    const grief = responder.respond('hoe kom ik hier ooit overheen');
    expect(grief.outcome).not.toBe('answer');
    expect(plainText(renderPlan(grief, frame))).toContain(frame.texts.support.text);
    const other = responder.respond('mag ik sushi eten als ik zwanger ben');
    expect(other.outcome).toBe('fallback');
    expect(plainText(renderPlan(other, frame))).not.toContain('113');
  });

  it('reads guilt said only in stopwords ("komt het door mij") as a question about the causes', () => {
    for (const text of ['komt het door mij?', 'is het mijn schuld']) {
      expect(responder.respond(text)).toMatchObject({ outcome: 'answer', intent: 'oorzaken-miskraam' });
    }
    // Who writes "ligt het aan mij" is not said: she, or her partner. It asks back with both.
    const either = responder.respond('ligt het aan mij');
    expect(either.outcome).toBe('suggest');
    expect(either.suggestions.map((s) => s.id)).toEqual(expect.arrayContaining(['oorzaken-miskraam', 'oorzaken-vader']));
  });

  it('reads "waarom krijg je een miskraam" as "waardoor": both of its other words are stopwords', () => {
    for (const text of ['waarom krijg je een miskraam', 'waarom krijgt iemand een miskraam?']) {
      expect(responder.respond(text)).toMatchObject({ outcome: 'answer', intent: 'oorzaken-miskraam' });
    }
  });

  it('offers the starting topics, not a bare "geen antwoord", when a message it cannot answer is about a miscarriage', () => {
    const starters = frame.starterTopics.map((id) => responder.topicRef(id)?.title);
    // Someone telling what happened is met first; a question without a passage is told so.
    for (const [text, key] of [
      ['ik heb net een miskraam gehad', 'storyStarters'],
      ['denk dat ik een mk heb', 'storyStarters'],
      ['krijg je zwangerschapsverlof als je een miskraam hebt?', 'fallbackStarters'],
    ] as const) {
      const plan = responder.respond(text);
      expect(plan.outcome).toBe('fallback');
      const [message] = renderPlan(plan, frame);
      expect(message?.text).toContain(frame.texts[key].text);
      expect(message?.buttons.flat().map((b) => b.label).slice(0, starters.length)).toEqual(starters);
    }
    const other = renderPlan(responder.respond('hoe laat gaat de winkel dicht'), frame);
    expect(other[0]?.text).toContain(frame.texts.fallback.text);
    expect(other[0]?.buttons.flat()).toHaveLength(1);
  });

  it('does not repeat 113 under an answer when the crisis message came first', () => {
    const plan = responder.respond('ik wil niet meer leven, ik voel me zo leeg en verdrietig na de miskraam');
    expect(plan.crisis.crisis).toBe(true);
    expect(plan.support).not.toBe(true);
  });

  it('escalates an alarm without a question, without an apology', () => {
    const messages = reply('ik ben flauwgevallen en bloed door mijn broek heen');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.text).toContain('0318-553465');
    expect(plainText(messages)).not.toContain(frame.texts.fallback.text.slice(0, 20));
  });

  it('withholds a passage on the normal course, or an answer about the sign itself, after an alarm', () => {
    for (const text of [
      'er kwamen net grote stolsels uit, hoort dat erbij??',
      'de miskraam is vanavond begonnen en nu gutst het eruit. mijn broek en het bed zijn doorweekt, wat moet ik doen',
    ]) {
      const plan = responder.respond(text);
      expect(plan.alarm.alarm).toBe(true);
      expect(plan.outcome).not.toBe('answer');
      expect(renderPlan(plan, frame)).toHaveLength(1);
    }
    // The folder's reasons to call may follow the escalation; so may an answer to another question.
    expect(responder.respond('ik heb nu een week pijn en bloed nog steeds, is dat normaal?')).toMatchObject({ outcome: 'answer', intent: 'bloedverlies-na-miskraam' });
    expect(responder.respond('na de curettage van gister nu 38,2 graden.. moet ik bellen?')).toMatchObject({ outcome: 'answer', intent: 'wanneer-bellen' });
    expect(responder.respond('ik heb 39 graden koorts, wat is een curettage?')).toMatchObject({ outcome: 'answer', intent: 'curettage' });
  });

  it('offers no topic under an escalation it would otherwise have asked back about, only the menu', () => {
    // Asked back, "elk kwartier een nieuw verband vol" would offer bleeding after a miscarriage, whose
    // passage calls weeks of bleeding normal.
    for (const text of ['elk kwartier een nieuw verband vol, is dat nog normaal??', 'zwart voor mn ogen en misselijk. miskraam sinds vanmiddag, is dat normaal?']) {
      const plan = responder.respond(text);
      expect(plan.alarm.alarm).toBe(true);
      expect(plan.outcome).not.toBe('answer');
      expect(renderPlan(plan, frame).flatMap((m) => m.buttons.flat()).map((b) => b.kind)).toEqual(['menu']);
    }
  });

  it('gives an alarm told without a question the escalation alone, even where a topic matches', () => {
    // Each of these matches a topic on its own words; none asks anything.
    for (const text of ['heel veel bloedferlies en stolsels zo groot als mijn hand', 'nog steeds', 'bloed stroomt er echt uit']) {
      const plan = responder.respond(text);
      expect(plan.alarm.alarm).toBe(true);
      expect(plan.passages).toEqual([]);
      expect(renderPlan(plan, frame)).toHaveLength(1);
    }
    expect(responder.respond('steeds').outcome).toBe('answer');
  });

  it('answers the question that comes with an alarm, after the escalation', () => {
    const plan = responder.respond('ik heb 39 graden koorts, wat is een curettage?');
    expect(plan.alarm.alarm).toBe(true);
    expect(plan.intent).toBe('curettage');
    expect(renderPlan(plan, frame)[0]?.text).toContain('0318-553465');
  });

  it('answers a clear question whose closest example is small talk ("tot morgen")', () => {
    expect(responder.respond('wanneer is de echo? tot morgen')).toMatchObject({ outcome: 'answer', intent: 'echo-onderzoek' });
    expect(responder.respond('kan ik thuis afwachten tot morgen of moet ik nu bellen')).toMatchObject({ outcome: 'answer', intent: 'wanneer-bellen' });
  });

  it('falls back honestly on a question the brochures do not answer', () => {
    const plan = responder.respond('hoe laat gaat de supermarkt dicht?');
    expect(plan.outcome).toBe('fallback');
    expect(plan.intent).toBeNull();
    expect(plainText(renderPlan(plan, frame))).toContain('0318-553465');
  });

  it('answers small talk as small talk', () => {
    expect(responder.respond('hallo').outcome).toBe('smalltalk');
    expect(responder.respond('dank je wel!').frame).toBe('thanks');
  });

  it('takes thanks that say a little more, and ask nothing, for thanks', () => {
    expect(responder.respond('bedankt voor alle hulp').frame).toBe('thanks');
    expect(responder.respond('dank je wel voor de uitleg, dat helpt').frame).toBe('thanks');
  });

  it('does not take a question for small talk because it shares a word with a greeting', () => {
    expect(responder.respond('waarom krijgt iemand een miskraam').outcome).not.toBe('smalltalk');
    // "iemand" is also a greeting's word ("is daar iemand?"): the question is still about causes.
    expect(responder.respond('waarom krijgt iemand een miskraam?')).toMatchObject({ outcome: 'answer', intent: 'oorzaken-miskraam' });
    expect(responder.respond('hey ben je daar?').outcome).toBe('smalltalk');
  });

  it('notes in English that the information is in Dutch', () => {
    const plan = responder.respond('Does smoking make a miscarriage more likely?');
    expect(plan.english).toBe(true);
    expect(renderPlan(plan, frame)[0]?.text).toBe(frame.texts.englishNote.text);
  });

  it('escalates an alarm written in English first, in English and then in the folder\'s Dutch', () => {
    const plan = responder.respond('I have had a fever of 39 since this morning after my miscarriage');
    expect(plan).toMatchObject({ english: true, alarm: { alarm: true } });
    const messages = renderPlan(plan, frame);
    expect(messages[0]?.text.startsWith(frame.texts.alarmEnglish.text)).toBe(true);
    expect(messages[0]?.text).toContain(frame.texts.alarm.text);
    // Nothing follows it, so the note that answers come in Dutch would only stand in the way.
    expect(messages.map((m) => m.text)).not.toContain(frame.texts.englishNote.text);
    // With a question answered after the escalation, the note comes between the two.
    const withQuestion = renderPlan(responder.respond('Does smoking make a miscarriage more likely? I have a fever of 39'), frame);
    expect(withQuestion[0]?.text.startsWith(frame.texts.alarmEnglish.text)).toBe(true);
    expect(withQuestion[1]?.text).toBe(frame.texts.englishNote.text);
  });

  it('never shows a passage held back for review', () => {
    const held = [...responder.content.responses.values()].flatMap((r) => r.passages.filter((p) => p.review?.status === 'needs-review'));
    expect(held.length).toBeGreaterThan(0);
    for (const intent of responder.content.intents) {
      const plan = responder.planForIntent(intent.id);
      for (const passage of held) expect(plan?.passages.map((p) => p.quote).join(' ') ?? '').not.toContain(passage.quote.replace(/\s+/g, ' ').trim());
    }
  });

  it('gives a sensible reply to odd input without throwing', () => {
    for (const text of ['', '   ', '😀😀😀', '\u200b\u200b', 'مرحبا كيف حالك', '<b>vet</b> & <script>x</script>', 'https://example.com', '06-12345678', 'a'.repeat(10_000)]) {
      const messages = reply(text);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.every((m) => m.text.length > 0 && m.text.length <= 4096)).toBe(true);
    }
  });

  it('is deterministic', () => {
    const text = 'kan ik weer zwanger worden na een miskraam';
    expect(responder.respond(text)).toEqual(responder.respond(text));
  });
});
