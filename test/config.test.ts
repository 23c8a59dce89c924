import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { PROJECT_ROOT } from '../src/content/load.js';

const token = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123';
const cacheDir = join(PROJECT_ROOT, '.cache');
const webhook = { TELEGRAM_BOT_TOKEN: token, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.nl/telegram/hook', WEBHOOK_SECRET: 'geheim-geheim-123' };

describe('loadConfig', () => {
  it('without a token is the local chat', () => {
    expect(loadConfig({})).toEqual({ mode: 'local', logLevel: 'info', logSalt: undefined, cacheDir });
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '', PORT: 'whatever' })).toMatchObject({ mode: 'local' });
  });

  it('with a token defaults to polling against the public Bot API', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token })).toEqual({ mode: 'polling', token, apiRoot: 'https://api.telegram.org', logLevel: 'info', logSalt: undefined, cacheDir });
  });

  it('keeps the trained index in CACHE_DIR when given', () => {
    expect(loadConfig({ CACHE_DIR: '/var/cache/vraagbaak' })).toMatchObject({ cacheDir: '/var/cache/vraagbaak' });
  });

  it('takes a self-hosted Bot API server, a log level and a salt', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/', LOG_LEVEL: 'debug', LOG_SALT: 'zout-zout-zout-16' });
    expect(config).toMatchObject({ mode: 'polling', apiRoot: 'http://127.0.0.1:8081', logLevel: 'debug', logSalt: 'zout-zout-zout-16' });
  });

  it('reads webhook mode with its defaults; empty values count as unset', () => {
    expect(loadConfig(webhook)).toEqual({
      mode: 'webhook',
      token,
      apiRoot: 'https://api.telegram.org',
      logLevel: 'info',
      logSalt: undefined,
      cacheDir,
      webhookUrl: webhook.WEBHOOK_URL,
      webhookSecret: webhook.WEBHOOK_SECRET,
      port: 8080,
      host: '0.0.0.0',
    });
    expect(loadConfig({ ...webhook, PORT: '3000', HOST: '127.0.0.1' })).toMatchObject({ port: 3000, host: '127.0.0.1' });
    expect(loadConfig({ ...webhook, PORT: '', HOST: '' })).toMatchObject({ port: 8080, host: '0.0.0.0' });
  });

  it.each([
    [{ TELEGRAM_BOT_TOKEN: '123456:short' }, 'TELEGRAM_BOT_TOKEN'],
    [{ BOT_MODE: 'polling' }, 'TELEGRAM_BOT_TOKEN'],
    [{ BOT_MODE: 'webhook' }, 'TELEGRAM_BOT_TOKEN'],
    [{ TELEGRAM_BOT_TOKEN: token, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TELEGRAM_BOT_TOKEN: token, LOG_SALT: 'kort' }, 'LOG_SALT'],
    [{ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'ftp://x' }, 'TELEGRAM_API_ROOT'],
    [{ TELEGRAM_BOT_TOKEN: token, BOT_MODE: 'push' }, 'BOT_MODE'],
    [{ BOT_MODE: 'local' }, 'BOT_MODE'],
    [{ ...webhook, WEBHOOK_URL: 'http://bot.example.nl/hook' }, 'WEBHOOK_URL'],
    [{ ...webhook, WEBHOOK_URL: undefined }, 'WEBHOOK_URL'],
    [{ ...webhook, WEBHOOK_SECRET: 'kort' }, 'WEBHOOK_SECRET'],
    [{ ...webhook, WEBHOOK_SECRET: 'met spatie en !?' }, 'WEBHOOK_SECRET'],
    [{ ...webhook, WEBHOOK_SECRET: undefined }, 'WEBHOOK_SECRET'],
    [{ ...webhook, PORT: '99999' }, 'PORT'],
    [{ ...webhook, PORT: 'acht' }, 'PORT'],
  ])('names the variable of a bad value (%#), in one line', (env, variable) => {
    expect(() => loadConfig(env as Record<string, string>)).toThrow(new RegExp(`^${variable}: [^\\n]+$`));
  });

  it('never repeats the token or the secret', () => {
    for (const env of [{ TELEGRAM_BOT_TOKEN: '999:short-secretvalue' }, { ...webhook, WEBHOOK_SECRET: 'short!secret' }, { ...webhook, TELEGRAM_BOT_TOKEN: 'x'.repeat(30) }]) {
      expect(() => loadConfig(env)).toThrow();
      try {
        loadConfig(env);
      } catch (error) {
        for (const value of ['secretvalue', 'short!secret', 'xxxxxxxx']) expect((error as Error).message).not.toContain(value);
      }
    }
  });
});
