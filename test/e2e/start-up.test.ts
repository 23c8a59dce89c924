import { describe, expect, it } from 'vitest';
import { freePort, startBot, TOKEN } from './bot-process.js';
import { FakeBotApi } from './fake-bot-api.js';

describe('starting the bot process', () => {
  it('a bad value: exit code 1 and one line naming the variable, without the token or the secret', async () => {
    const bot = startBot({ BOT_MODE: 'webhook', WEBHOOK_URL: 'https://vraagbaak.example.nl/hook', WEBHOOK_SECRET: 'kort!' });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toBe('Invalid configuration: WEBHOOK_SECRET: must be 12 to 256 characters: letters, digits, _ or -\n');
    for (const secret of [TOKEN, 'E2E-TOKEN', 'kort!']) expect(bot.output()).not.toContain(secret);
  });

  it('a token Telegram rejects: exit code 1, without the token', async () => {
    const api = new FakeBotApi();
    const root = await api.start();
    api.failNext('getMe', 401, { description: 'Unauthorized' });
    try {
      const bot = startBot({ TELEGRAM_API_ROOT: root });
      expect(await bot.exited).toBe(1);
      expect(bot.output()).toContain('rejected TELEGRAM_BOT_TOKEN');
      expect(bot.output()).not.toContain('E2E-TOKEN');
    } finally {
      await api.stop();
    }
  });

  it('while the Bot API is unreachable: waits, says so, and starts once it is back', async () => {
    const port = await freePort();
    const bot = startBot({ TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` });
    const api = new FakeBotApi();
    try {
      await api.waitFor(() => bot.output().includes('Telegram not reachable yet; retrying'), 10_000);
      await api.start(port);
      await api.waitFor(() => api.calls.some((c) => c.method === 'getUpdates'));
      expect(bot.output()).not.toContain('E2E-TOKEN');
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      bot.child.kill('SIGKILL');
      await api.stop();
    }
  });

  it('without a token: the local chat on stdin/stdout, a note on stderr, exit 0 at the end of input', async () => {
    const bot = startBot({ TELEGRAM_BOT_TOKEN: '' }, 'pipe');
    let stdout = '';
    bot.child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    bot.child.stdin?.end('ik heb koorts\n');
    expect(await bot.exited).toBe(0);
    expect(bot.output().replace(stdout, '')).toContain('@BotFather');
    expect(stdout).toContain('0318-553465');
  });
});
