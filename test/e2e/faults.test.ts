import { describe, expect, it } from 'vitest';
import { freePort, sentTo, startBot, textUpdate, usePollingBot } from './bot-process.js';
import { FakeBotApi } from './fake-bot-api.js';

describe('faults, long polling', () => {
  const polling = usePollingBot();
  const { api } = polling;

  it('a chat whose reply hangs does not hold up another chat', async () => {
    api.delaySendMessage(111, 10_000);
    api.push(textUpdate('wat is een curettage?', 111));
    api.push(textUpdate('wat is een curettage?', 222));
    await api.waitFor(() => sentTo(api, 222).length > 0, 5_000);
    expect(sentTo(api, 111)).toHaveLength(0);
  });

  it('a connection reset in the middle of sending is retried, and the reply arrives once', async () => {
    api.resetNext('sendMessage');
    api.push(textUpdate('ik ben flauwgevallen', 777));
    await api.waitFor(() => sentTo(api, 777).length > 0, 15_000);
    expect(api.calls.filter((c) => c.method === 'sendMessage' && c.status === 0)).toHaveLength(1);
    expect(sentTo(api, 777).filter((c) => String(c.payload.text).includes('0318-553465'))).toHaveLength(1);
  });

  it('a user who blocked the bot (403) is logged as such, once, without a crash or retries', async () => {
    api.failNext('sendMessage', 403, { description: 'Forbidden: bot was blocked by the user' });
    api.push(textUpdate('hallo', 333));
    api.push(textUpdate('hallo', 444));
    await api.waitFor(() => sentTo(api, 444).length > 0);
    expect(api.calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === 333)).toHaveLength(1);
    expect(polling.bot.output()).toContain('user blocked the bot');
  });
});

describe('shutdown, long polling', () => {
  const polling = usePollingBot();
  const { api } = polling;

  it('SIGTERM while a reply is in flight: the reply is finished and confirmed, then the bot exits 0', async () => {
    api.delaySendMessage(555, 1_500);
    const update = textUpdate('wat is een curettage?', 555);
    api.push(update);
    await api.waitFor(() => api.pendingFor(555) > 0);
    polling.bot.child.kill('SIGTERM');
    expect(await polling.bot.exited).toBe(0);
    expect(sentTo(api, 555).length).toBeGreaterThan(0);
    // Its last call confirms every handled update, so a restart does not answer it again.
    const last = api.calls.filter((c) => c.method === 'getUpdates').at(-1);
    expect(last?.payload).toMatchObject({ offset: Number(update.update_id) + 1, timeout: 0 });
  });
});

describe('start-up while the Bot API is unreachable', () => {
  it('waits and retries with backoff, says so in the log, and starts once Telegram is back', async () => {
    const port = await freePort();
    const bot = startBot({ TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` });
    // The outage is a few seconds here; the backoff doubles up to 30 s, so a 20 s outage goes the same way.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(bot.output()).toContain('Telegram not reachable yet; retrying');
    const api = new FakeBotApi();
    await api.start(port);
    try {
      await api.waitFor(() => api.successful('setMyCommands').length > 0, 15_000);
      api.push(textUpdate('hallo', 666));
      await api.waitFor(() => sentTo(api, 666).length > 0);
    } finally {
      bot.child.kill('SIGKILL');
      await api.stop();
    }
  }, 30_000);
});
