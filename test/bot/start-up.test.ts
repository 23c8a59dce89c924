import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { logFailedCalls } from '../../src/bot/api-log.js';
import { initBot, StartUpRefusedError } from '../../src/bot/start-up.js';
import { COMMANDS } from '../../src/reply/commands.js';
import { BOT_INFO, createTestBot, TOKEN } from './helpers.js';

describe('start-up', () => {
  it('asks who the bot is and registers the commands with their Dutch descriptions', async () => {
    const { bot, calls } = createTestBot();
    await initBot(bot, pino({ level: 'silent' }));
    const commands = calls.find((c) => c.method === 'setMyCommands')?.payload.commands;
    expect(commands).toEqual(COMMANDS.map(({ command, description }) => ({ command, description })));
    expect(bot.botInfo.username).toBe(BOT_INFO.username);
  });

  it('stops at once when Telegram rejects the token', async () => {
    const { bot, failNext } = createTestBot();
    failNext('getMe', { error_code: 401, description: 'Unauthorized' });
    await expect(initBot(bot, pino({ level: 'silent' }))).rejects.toBeInstanceOf(StartUpRefusedError);
  });

  it('stops at once when Telegram refuses a start-up call for good (a 4xx other than 429)', async () => {
    const { bot, failNext } = createTestBot();
    failNext('setMyCommands', { error_code: 400, description: 'Bad Request: BOT_COMMAND_INVALID' });
    await expect(initBot(bot, pino({ level: 'silent' }))).rejects.toThrow('setMyCommands was refused (400: Bad Request: BOT_COMMAND_INVALID)');
  });

  it('logs every failed Bot API call by method and code, never its payload', async () => {
    const { bot, failNext } = createTestBot();
    const lines: string[] = [];
    bot.api.config.use(logFailedCalls(pino({ level: 'trace' }, new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }))));
    failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1' });
    await expect(bot.api.sendMessage(777, 'CANARY-PAYLOAD')).rejects.toThrow();
    expect(JSON.parse(lines[0]!)).toMatchObject({ method: 'sendMessage', code: 429, msg: 'Bot API call failed' });
    expect(lines.join('')).not.toContain('CANARY');
    expect(lines.join('')).not.toContain(TOKEN);
  });
});
