import { HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { encodeCallback } from '../../src/content/limits.js';
import { callbackUpdate, createTestBot, messageUpdate, TOKEN, textUpdate } from './helpers.js';

const parse = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the log line per update', () => {
  it('holds update id, chat type, a hashed chat, intent, outcome, confidence, alarm signs and duration', async () => {
    const { bot, logLines } = createTestBot();
    const update = textUpdate('ik heb 39 graden koorts na de miskraam');
    await bot.handleUpdate(update);
    const line = parse(logLines).find((l) => l.msg === 'update');
    expect(line).toMatchObject({ update: update.update_id, chatType: 'private', alarm: ['koorts'] });
    expect(line!.chat).toMatch(/^[0-9a-f]{16}$/);
    expect(typeof line!.confidence).toBe('number');
    expect(typeof line!.outcome).toBe('string');
    expect(line).toHaveProperty('intent');
    expect(typeof line!.ms).toBe('number');
  });

  it('never holds the text, a caption, callback data, names, usernames, the chat id or the token, at any level', async () => {
    const { bot, logLines, failNext } = createTestBot();
    await bot.handleUpdate(textUpdate('CANARY-7731 ik heb 39 graden koorts'));
    await bot.handleUpdate(messageUpdate({ photo: [{ file_id: 'x', file_unique_id: 'y', width: 1, height: 1 }], caption: 'CANARY-CAPTION' }));
    await bot.handleUpdate(callbackUpdate('CANARY-CALLBACK'));
    failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' });
    await bot.handleUpdate(textUpdate('CANARY-FAILED wat is een curettage?'));
    const logs = logLines.join('\n');
    // The logger runs at trace level, so this is everything the bot could log.
    expect(logs).toContain('"msg":"update failed"');
    for (const secret of ['CANARY', 'Canarynaam', 'canary_user', 'TEST-TOKEN', TOKEN, ':777', '"777"']) expect(logs).not.toContain(secret);
  });
});

describe('errors', () => {
  it('a failed API call is logged by method and code, and the next update is answered', async () => {
    const { bot, logLines, failNext, sent } = createTestBot();
    failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' });
    await bot.handleUpdate(textUpdate('wat is een curettage?'));
    await bot.handleUpdate(textUpdate('/help'));
    expect(sent().length).toBeGreaterThan(1);
    expect(parse(logLines).find((l) => l.msg === 'update failed')).toMatchObject({ method: 'sendMessage', code: 400, description: 'Bad Request: chat not found' });
  });

  it('a network error is logged without its message, which holds the URL with the token', async () => {
    const { bot, logLines, failNext } = createTestBot();
    failNext('sendMessage', new HttpError("Network request for 'sendMessage' failed!", new Error(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed`)));
    await bot.handleUpdate(textUpdate('wat is een curettage?'));
    expect(parse(logLines).find((l) => l.msg === 'update failed')).toMatchObject({ error: 'HttpError', method: 'sendMessage' });
    expect(logLines.join('')).not.toContain(TOKEN);
  });

  it('a blocked user (403) is logged as such, not as an error', async () => {
    const { bot, logLines, failNext } = createTestBot();
    failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    await bot.handleUpdate(textUpdate('/start'));
    expect(parse(logLines).find((l) => l.msg === 'user blocked the bot')).toMatchObject({ level: 30, code: 403 });
  });

  it('every callback query is answered, even when what follows fails', async () => {
    const { bot, calls, failNext } = createTestBot();
    failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' });
    await bot.handleUpdate(callbackUpdate(encodeCallback('intent', 'curettage')));
    expect(calls[0]!.method).toBe('answerCallbackQuery');
  });
});
