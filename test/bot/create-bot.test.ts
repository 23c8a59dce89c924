import { describe, expect, it } from 'vitest';
import { encodeCallback } from '../../src/content/limits.js';
import { callbackUpdate, createTestBot, editedUpdate, frame, groupChat, messageUpdate, textUpdate } from './helpers.js';

describe('commands', () => {
  it('/start welcomes with the alarm criteria, privacy line and a topic button', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('/start'));
    expect(calls).toHaveLength(1);
    const text = String(calls[0]!.payload.text);
    expect(text).toContain('0318-553465');
    expect(text).toContain('deel geen namen of persoonlijke gegevens'.replace(/^d/, 'D'));
    expect(JSON.stringify(calls[0]!.payload.reply_markup)).toContain(encodeCallback('menu'));
  });

  it.each([
    ['/spoed', '112'],
    ['/privacy', 'niet bewaard'],
    ['/help', '/onderwerpen'],
    ['/onbekend', '/onderwerpen'],
  ])('%s answers', async (command, expected) => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate(command));
    expect(sent().join('\n')).toContain(expected);
  });

  it('/organisaties gives URL buttons for the organisations', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('/organisaties'));
    const markup = JSON.stringify(calls[0]!.payload.reply_markup);
    for (const url of ['https://www.freya.nl', 'https://www.humanitas.nl', 'https://www.erfocentrum.nl', 'https://www.vook.nl', 'https://www.nvog.nl']) expect(markup).toContain(url);
  });

  it('/onderwerpen shows the categories as buttons', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('/onderwerpen'));
    const markup = JSON.stringify(calls[0]!.payload.reply_markup);
    for (const category of frame.categories) expect(markup).toContain(category);
  });
});

describe('questions', () => {
  it('answers with the passage and its source line, plain text, with vote and related buttons', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('helpt progesteron tegen een miskraam?'));
    const answer = calls.find((c) => String(c.payload.text).includes('Promise studie'));
    expect(answer?.payload.text).toContain('Bron: Freya, Herhaalde miskraam (2016), 4.2.3 Hormonen');
    expect(answer?.payload.parse_mode).toBeUndefined();
    const markup = JSON.stringify(answer?.payload.reply_markup);
    expect(markup).toContain(encodeCallback('vote-up', 'progesteron'));
    expect(markup).toContain(encodeCallback('intent', 'medicijnen-voorkomen'));
  });

  it('sends the escalation first, as its own message', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate('ik heb 39 graden koorts na de miskraam, wanneer word ik weer ongesteld?'));
    expect(sent()[0]).toContain('0318-553465');
    expect(sent()[0]).toContain('112');
    expect(sent().length).toBeGreaterThan(1);
  });

  it('reads a photo caption as text', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(messageUpdate({ photo: [{ file_id: 'x', file_unique_id: 'y', width: 1, height: 1 }], caption: 'ik ben flauwgevallen' }));
    expect(sent()[0]).toContain('0318-553465');
  });

  it('sends user text with markup characters back without trouble', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('<b>vet</b> & <script>alert(1)</script>'));
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.payload.parse_mode === undefined)).toBe(true);
  });

  it('keeps every sent text within 1 to 4096 characters', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate(`wat zijn de oorzaken van een miskraam ${'en verder '.repeat(400)}`));
    expect(sent().every((t) => t.length >= 1 && t.length <= 4096)).toBe(true);
  });
});

describe('buttons', () => {
  it('a topic button answers that topic', async () => {
    const { bot, calls, sent } = createTestBot();
    await bot.handleUpdate(callbackUpdate(encodeCallback('intent', 'curettage')));
    expect(calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    expect(sent().join('\n')).toContain('curettage');
  });

  it('category and back buttons edit the menu in place', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(callbackUpdate(encodeCallback('category', '0')));
    await bot.handleUpdate(callbackUpdate(encodeCallback('menu')));
    const edits = calls.filter((c) => c.method === 'editMessageText');
    expect(edits).toHaveLength(2);
    expect(edits[0]!.payload.text).toBe(frame.categories[0]);
    expect(edits[1]!.payload.text).toBe(frame.texts.topicMenu.text);
  });

  it('a vote is acknowledged', async () => {
    const { bot, calls, logLines } = createTestBot();
    await bot.handleUpdate(callbackUpdate(encodeCallback('vote-up', 'curettage')));
    expect(calls).toEqual([{ method: 'answerCallbackQuery', payload: expect.objectContaining({ text: frame.texts.feedbackThanks.text }) }]);
    expect(logLines.join('')).toContain('"vote":"up"');
  });

  it.each(['0:i:curettage', '1:i:bestaat-niet', '1:x:y', 'rommel', '1:c:99', '1:i:../../etc'])('forged or stale data %s gets only the notice', async (data) => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(callbackUpdate(data));
    expect(calls).toEqual([{ method: 'answerCallbackQuery', payload: expect.objectContaining({ text: frame.texts.staleButton.text }) }]);
  });
});

describe('other updates', () => {
  it('a sticker gets the text-only notice with the phone line', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(messageUpdate({ sticker: { file_id: 'x', file_unique_id: 'y', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } }));
    expect(sent()).toEqual([frame.texts.nonText.text]);
  });

  it('an edited message is ignored', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(editedUpdate('ik heb koorts'));
    expect(calls).toEqual([]);
  });

  it('a group never gets a medical answer; a command gets the private-chat notice once', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('wat is een curettage?', groupChat));
    expect(calls).toEqual([]);
    await bot.handleUpdate(textUpdate('/start', groupChat));
    await bot.handleUpdate(textUpdate('/help', groupChat));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.payload.text).toBe(frame.texts.groupChat.text);
    expect(JSON.stringify(calls[0]!.payload.reply_markup)).toContain('https://t.me/vraagbaak_bot');
  });
});

describe('privacy', () => {
  it('logs ids, intent and signs but never the text, names or usernames', async () => {
    const { bot, logLines } = createTestBot();
    await bot.handleUpdate(textUpdate('CANARY-7731 ik heb 39 graden koorts'));
    await bot.handleUpdate(messageUpdate({ photo: [{ file_id: 'x', file_unique_id: 'y', width: 1, height: 1 }], caption: 'CANARY-CAPTION' }));
    await bot.handleUpdate(callbackUpdate('CANARY-CALLBACK'));
    const logs = logLines.join('\n');
    expect(logs).toContain('"alarm":["koorts"]');
    for (const secret of ['CANARY', 'Canarynaam', 'canary_user', 'TEST-TOKEN', '777']) expect(logs).not.toContain(secret);
  });
});

describe('crisis', () => {
  it('answers first with 113 and 112, and then nothing else', async () => {
    const { bot, sent, logLines } = createTestBot();
    await bot.handleUpdate(textUpdate('ik wil niet meer leven'));
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toContain('113');
    expect(sent()[0]).toContain('112');
    expect(logLines.join('')).toContain('"crisis":["levensmoe"]');
  });

  it('sends the crisis reply, then the alarm, then an answer, when a message has all three', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate('ik zie het niet meer zitten. ik heb 39 graden koorts. wat is een curettage?'));
    expect(sent()[0]).toContain('0800-0113');
    expect(sent()[1]).toContain('reden om ons te bellen: 0318-553465');
    expect(sent().slice(2).join('\n')).toContain('curettage');
  });
});
