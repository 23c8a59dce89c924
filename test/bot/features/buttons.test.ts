import { describe, expect, it } from 'vitest';
import { encodeCallback } from '../../../src/content/limits.js';
import { BACK_LABEL } from '../../../src/reply/menu.js';
import { buttonsOf, callbackUpdate, createTestBot, frame, groupChat, responder } from '../helpers.js';

const stale = { method: 'answerCallbackQuery', payload: expect.objectContaining({ text: frame.texts.staleButton.text }) };

describe('buttons', () => {
  it('a topic button answers the press, then sends that topic with its source line', async () => {
    const { bot, calls, sent } = createTestBot();
    await bot.handleUpdate(callbackUpdate(encodeCallback('intent', 'curettage')));
    expect(calls[0]!.method).toBe('answerCallbackQuery');
    expect(sent().join('\n')).toContain('Bron:');
    expect(sent().join('\n').toLowerCase()).toContain('curettage');
  });

  it('a topic with links gets them as URL buttons', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(callbackUpdate(encodeCallback('intent', 'lotgenotencontact')));
    const urls = calls.flatMap((c) => buttonsOf(c)).filter((b) => b.url);
    expect(urls.length).toBeGreaterThan(0);
    for (const button of urls) expect(button.url).toMatch(/^https:\/\//);
  });

  it('the menu button, a category and the back button edit the message in place', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(callbackUpdate(encodeCallback('menu')));
    await bot.handleUpdate(callbackUpdate(encodeCallback('category', '1')));
    await bot.handleUpdate(callbackUpdate(encodeCallback('menu')));
    expect(calls.map((c) => c.method)).toEqual(['answerCallbackQuery', 'editMessageText', 'answerCallbackQuery', 'editMessageText', 'answerCallbackQuery', 'editMessageText']);
    const edits = calls.filter((c) => c.method === 'editMessageText');
    expect(edits.every((e) => e.payload.message_id === 5 && e.payload.chat_id === 777)).toBe(true);
    expect(edits[0]!.payload.text).toBe(frame.texts.topicMenu.text);
    expect(edits[1]!.payload.text).toBe(frame.categories[1]);
    const category = buttonsOf(edits[1]);
    expect(category.length).toBeGreaterThan(1);
    expect(category.at(-1)).toEqual({ text: BACK_LABEL, callback_data: encodeCallback('menu') });
    expect(category.slice(0, -1).every((b) => b.callback_data?.startsWith('1:i:'))).toBe(true);
    expect(edits[2]!.payload.text).toBe(frame.texts.topicMenu.text);
  });

  it('pressing the same menu twice ("message is not modified") sends nothing new', async () => {
    const { bot, calls, failNext } = createTestBot();
    failNext('editMessageText', { error_code: 400, description: 'Bad Request: message is not modified' });
    await bot.handleUpdate(callbackUpdate(encodeCallback('menu')));
    expect(calls.map((c) => c.method)).toEqual(['answerCallbackQuery', 'editMessageText']);
  });

  it('a menu that can no longer be edited comes as a new message', async () => {
    const { bot, calls, failNext } = createTestBot();
    failNext('editMessageText', { error_code: 400, description: "Bad Request: message can't be edited" });
    await bot.handleUpdate(callbackUpdate(encodeCallback('category', '0')));
    expect(calls.map((c) => c.method)).toEqual(['answerCallbackQuery', 'editMessageText', 'sendMessage']);
    expect(calls[2]!.payload.text).toBe(frame.categories[0]);
  });

  it('a vote is acknowledged and logged as a metric per intent, without text or chat', async () => {
    const { bot, calls, logLines } = createTestBot();
    await bot.handleUpdate(callbackUpdate(encodeCallback('vote-down', 'curettage')));
    expect(calls).toEqual([{ method: 'answerCallbackQuery', payload: expect.objectContaining({ text: frame.texts.feedbackThanks.text }) }]);
    const metric = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.metric === 'feedback');
    expect(metric).toMatchObject({ intent: 'curettage', vote: 'down' });
    expect(metric).not.toHaveProperty('chat');
    expect(metric).not.toHaveProperty('update');
  });

  it.each([
    ['an old version', '0:i:curettage'],
    ['a future version', '2:m:'],
    ['an unknown intent', encodeCallback('intent', 'bestaat-niet')],
    ['an unknown action', '1:x:y'],
    ['garbage', 'rommel'],
    ['an unknown category', encodeCallback('category', '99')],
    ['a path', '1:i:../../etc'],
    ['a vote for an unknown intent', encodeCallback('vote-up', 'bestaat-niet')],
    ['a menu with an argument', '1:m:x'],
    ['an empty string', ''],
  ])('forged or stale data (%s) gets only the notice', async (_what, data) => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(callbackUpdate(data));
    expect(calls).toEqual([stale]);
  });

  it('a press without data (a game button) gets only the notice', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(callbackUpdate(undefined));
    expect(calls).toEqual([stale]);
  });

  it('a valid topic button pressed in a group gives no answer there', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(callbackUpdate(encodeCallback('intent', 'curettage'), groupChat));
    expect(calls).toEqual([stale]);
  });

  it('every topic button opens its topic', async () => {
    const ids = responder.content.intents.filter((i) => i.kind === 'topic').map((i) => i.id);
    for (const id of ids) {
      const { bot, calls } = createTestBot();
      await bot.handleUpdate(callbackUpdate(encodeCallback('intent', id)));
      expect(calls[0]).toEqual({ method: 'answerCallbackQuery', payload: expect.not.objectContaining({ text: frame.texts.staleButton.text }) });
      expect(calls.length).toBeGreaterThan(1);
    }
  });
});
