import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const token = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123';
const webhook = { TELEGRAM_BOT_TOKEN: token, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.nl/telegram/hook', WEBHOOK_SECRET: 'geheim-geheim-123' };

describe('loadConfig', () => {
  it('defaults to polling against the public Bot API', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token })).toMatchObject({ BOT_MODE: 'polling', TELEGRAM_API_ROOT: 'https://api.telegram.org', LOG_LEVEL: 'info' });
  });

  it('reads webhook mode with its defaults', () => {
    expect(loadConfig(webhook)).toMatchObject({ BOT_MODE: 'webhook', PORT: 8080, HOST: '0.0.0.0', WEBHOOK_URL: webhook.WEBHOOK_URL });
    expect(loadConfig({ ...webhook, PORT: '3000' })).toMatchObject({ PORT: 3000 });
  });

  it.each([
    [{ TELEGRAM_BOT_TOKEN: '123456:short' }, 'TELEGRAM_BOT_TOKEN'],
    [{ TELEGRAM_BOT_TOKEN: token, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'ftp://x' }, 'TELEGRAM_API_ROOT'],
    [{ TELEGRAM_BOT_TOKEN: token, BOT_MODE: 'push' }, 'BOT_MODE'],
    [{ ...webhook, WEBHOOK_URL: 'http://bot.example.nl/hook' }, 'WEBHOOK_URL'],
    [{ ...webhook, WEBHOOK_SECRET: 'kort' }, 'WEBHOOK_SECRET'],
    [{ ...webhook, WEBHOOK_SECRET: undefined }, 'WEBHOOK_SECRET'],
    [{ ...webhook, PORT: '99999' }, 'PORT'],
  ])('names the variable of a bad value (%#)', (env, variable) => {
    expect(() => loadConfig(env as Record<string, string>)).toThrow(new RegExp(`^${variable}:`));
  });

  it('never prints the token or the secret', () => {
    for (const env of [{ TELEGRAM_BOT_TOKEN: '999:tooshort-secretvalue' }, { ...webhook, WEBHOOK_SECRET: 'short!secret' }]) {
      try {
        loadConfig(env);
        expect.unreachable();
      } catch (error) {
        expect((error as Error).message).not.toContain('secretvalue');
        expect((error as Error).message).not.toContain('short!secret');
      }
    }
  });
});
