import { describe, expect, it } from 'vitest';
import { encodeCallback } from '../../../src/content/limits.js';
import type { Responder } from '../../../src/reply/plan.js';
import { buttonsOf, callbackUpdate, createTestBot, frame, messageUpdate, responder, textUpdate } from '../helpers.js';

const photo = [{ file_id: 'p1', file_unique_id: 'u1', width: 90, height: 90 }];

describe('free text in a private chat', () => {
  it('answers with the passage, its source line, the vote buttons and related topics, in plain text', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('helpt progesteron tegen een miskraam?'));
    const answer = calls.find((c) => String(c.payload.text).includes('Bron: Freya, Herhaalde miskraam (2016), 4.2.3 Hormonen'));
    expect(answer).toBeDefined();
    expect(answer!.payload.parse_mode).toBeUndefined();
    const data = buttonsOf(answer).map((b) => b.callback_data);
    expect(data).toContain(encodeCallback('vote-up', 'progesteron'));
    expect(data).toContain(encodeCallback('vote-down', 'progesteron'));
    expect(data).toContain(encodeCallback('menu'));
    expect(data.filter((d) => d?.startsWith('1:i:')).length).toBeLessThanOrEqual(3);
  });

  it('answers "wat is anti-d?" with a source line', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate('wat is anti-d?'));
    expect(sent().join('\n')).toMatch(/Bron: .+/);
  });

  it('sends the escalation first, as its own message', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate('ik heb 39 graden koorts na de miskraam'));
    expect(sent()[0]).toContain('0318-553465');
    expect(sent()[0]).toBe(`${frame.texts.alarm.text}\n\n${frame.texts.alarmEmergency.text}`);
  });

  it('escalates an alarm written in English in English first, then in the folder\'s Dutch, with nothing before it', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate('I have had a fever of 39 since this morning after my miscarriage'));
    expect(sent()[0]?.startsWith(frame.texts.alarmEnglish.text)).toBe(true);
    expect(sent()[0]).toContain(frame.texts.alarm.text);
    expect(sent()).not.toContain(frame.texts.englishNote.text);
  });

  it('tells a question about something the folders never mention so, with the practice\'s number and no passage', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate('wanneer mag ik weer sporten na een curettage?'));
    expect(sent()).toEqual([frame.texts.notCovered.text]);
  });

  it('with an alarm and a question, the escalation comes before the answer', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate('ik heb 39 graden koorts, wat is een curettage?'));
    expect(sent()[0]).toContain('0318-553465');
    expect(sent().length).toBeGreaterThan(1);
    expect(sent().slice(1).join('\n')).toContain('Bron:');
  });

  it('a crisis reply comes first of all, then the alarm, then the answer', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate('ik zie het niet meer zitten. ik heb 39 graden koorts. wat is een curettage?'));
    expect(sent()[0]).toBe(frame.texts.crisis.text);
    expect(sent()[1]).toContain('0318-553465');
    expect(sent().slice(2).join('\n')).toContain('curettage');
  });

  it('an unclear message gets the fallback (or asks back) with a topic-menu button', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('qwxz vlpt grmbl'));
    const last = calls.at(-1);
    expect([frame.texts.fallback.text, frame.texts.didYouMean.text]).toContain(last?.payload.text);
    expect(buttonsOf(last).map((b) => b.callback_data)).toContain(encodeCallback('menu'));
  });

  it('meets a first message that tells a miscarriage with the starting topics as buttons, and a tap answers one', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('ik heb net een miskraam gehad'));
    expect(calls[0]!.payload.text).toBe(frame.texts.storyStarters.text);
    const data = buttonsOf(calls[0]).map((b) => b.callback_data);
    expect(data).toEqual([...frame.starterTopics.map((id) => encodeCallback('intent', id)), encodeCallback('menu')]);
    await bot.handleUpdate(callbackUpdate(data[1]));
    expect(calls.some((c) => c.method === 'sendMessage' && String(c.payload.text).includes('Bron: '))).toBe(true);
  });

  it('asks back with "Bedoel je…?" topic buttons when the matcher is unsure', async () => {
    const suggesting: Responder = {
      ...responder,
      respond: (text) => ({ ...responder.respond(text), outcome: 'suggest', intent: null, passages: [], suggestions: [responder.topicRef('curettage')!, responder.topicRef('progesteron')!] }),
    };
    const { bot, calls } = createTestBot({ responder: suggesting });
    await bot.handleUpdate(textUpdate('iets over een ingreep'));
    expect(calls[0]!.payload.text).toBe(frame.texts.didYouMean.text);
    expect(buttonsOf(calls[0]).map((b) => b.callback_data)).toEqual([encodeCallback('intent', 'curettage'), encodeCallback('intent', 'progesteron'), encodeCallback('menu')]);
  });

  it.each([
    ['a photo', { photo }],
    ['a document', { document: { file_id: 'd1', file_unique_id: 'u2', file_name: 'echo.pdf' } }],
  ])('reads the caption of %s as text', async (_kind, media) => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(messageUpdate({ ...media, caption: 'ik heb 39 graden koorts na de miskraam' }));
    expect(sent()[0]).toContain('0318-553465');
  });

  it('sends replies to text with <b>, & and <script> without parse mode or entities, so nothing can break', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('<b>vet</b> & <script>alert(1)</script> wat is een curettage?'));
    await bot.handleUpdate(messageUpdate({ photo, caption: '<b>&amp;</b> <script>' }));
    expect(calls.length).toBeGreaterThan(1);
    for (const call of calls) {
      expect(call.payload.parse_mode).toBeUndefined();
      expect(call.payload.entities).toBeUndefined();
    }
  });

  it('splits a reply longer than 4,096 characters at paragraphs; buttons go under the last part', async () => {
    const paragraph = 'Dit is een lange alinea uit de folder. '.repeat(25).trim();
    const long: Responder = {
      ...responder,
      respond: (text) => {
        const plan = responder.respond(text);
        const passage = { quote: paragraph, source: 'freya-2016', sourceLabel: 'Freya, Herhaalde miskraam (2016)', section: '4.2.3 Hormonen' };
        return { ...plan, passages: Array.from({ length: 12 }, () => passage) };
      },
    };
    const { bot, calls, sent } = createTestBot({ responder: long });
    await bot.handleUpdate(textUpdate('helpt progesteron tegen een miskraam?'));
    expect(sent().length).toBeGreaterThan(2);
    for (const text of sent()) expect(text.length).toBeLessThanOrEqual(4096);
    expect(sent().join('\n\n').split(paragraph)).toHaveLength(13);
    expect(calls.filter((c) => buttonsOf(c).length > 0)).toEqual([calls.at(-1)]);
  });
});
