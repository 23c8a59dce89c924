import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const token = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123';

describe('loadConfig', () => {
  it('defaults to polling against the public Bot API', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token })).toMatchObject({ BOT_MODE: 'polling', TELEGRAM_API_ROOT: 'https://api.telegram.org', LOG_LEVEL: 'info' });
  });

  it('names the variable of a bad value, and never prints the token', () => {
    const bad = '123456:short';
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: bad })).toThrow(/^TELEGRAM_BOT_TOKEN:/);
    try {
      loadConfig({ TELEGRAM_BOT_TOKEN: bad });
    } catch (error) {
      expect((error as Error).message).not.toContain(bad);
    }
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, LOG_LEVEL: 'loud' })).toThrow(/^LOG_LEVEL:/);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'ftp://x' })).toThrow(/^TELEGRAM_API_ROOT:/);
  });

  it('refuses webhook mode clearly until it is built', () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, BOT_MODE: 'webhook' })).toThrow(ConfigError);
  });
});
