import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startBot, textUpdate, TOKEN } from './bot-process.js';
import { FakeBotApi } from './fake-bot-api.js';

const SECRET = 'e2e-webhook-secret-1234';

describe('the bot process behind a webhook, against a loopback Bot API', () => {
  const api = new FakeBotApi();
  let bot: ReturnType<typeof startBot>;
  let base: string;
  const post = (path: string, body: string, secret?: string) =>
    fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret }) } });

  beforeAll(async () => {
    const root = await api.start();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    bot = startBot({ TELEGRAM_API_ROOT: root, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://vraagbaak.example.nl/telegram/hook', WEBHOOK_SECRET: SECRET, PORT: String(port), HOST: '127.0.0.1' });
    await api.waitFor(() => api.successful('setWebhook').length > 0, 20_000);
  }, 30_000);

  afterAll(async () => {
    bot.child.kill('SIGKILL');
    await api.stop();
  });

  it('sets its webhook with the secret and the updates it wants', () => {
    expect(api.successful('setWebhook')[0]?.payload).toMatchObject({ url: 'https://vraagbaak.example.nl/telegram/hook', secret_token: SECRET, allowed_updates: ['message', 'callback_query'] });
  });

  it('answers GET /healthz', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('refuses a missing, wrong or over-long secret with 401', async () => {
    const update = JSON.stringify(textUpdate('hallo'));
    expect((await post('/telegram/hook', update)).status).toBe(401);
    expect((await post('/telegram/hook', update, 'e2e-webhook-secret-1235')).status).toBe(401);
    expect((await post('/telegram/hook', update, 'x'.repeat(300))).status).toBe(401);
  });

  it('gives 404 for another path, 400 for malformed JSON and 413 for a body over 1 MiB', async () => {
    expect((await post('/elders', '{}', SECRET)).status).toBe(404);
    expect((await post('/telegram/hook', '{"update_id": 1, ', SECRET)).status).toBe(400);
    expect((await post('/telegram/hook', `{"x":"${'a'.repeat(1024 * 1024 + 10)}"}`, SECRET)).status).toBe(413);
  });

  it('answers an update posted with the secret, escalation first', async () => {
    const response = await post('/telegram/hook', JSON.stringify(textUpdate('CANARY-HOOK-9911 ik ben flauwgevallen')), SECRET);
    expect(response.status).toBe(200);
    await api.waitFor(() => api.successful('sendMessage').length > 0);
    expect(String(api.successful('sendMessage')[0]?.payload.text)).toContain('0318-553465');
  });

  it('a chat whose reply hangs does not hold up another chat', async () => {
    api.delaySendMessage(121, 10_000);
    void post('/telegram/hook', JSON.stringify(textUpdate('wat is een curettage?', 121)), SECRET);
    const started = Date.now();
    const other = await post('/telegram/hook', JSON.stringify(textUpdate('wat is een curettage?', 232)), SECRET);
    expect(other.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(api.successful('sendMessage').some((c) => Number(c.payload.chat_id) === 232)).toBe(true);
  });

  it('never logs bodies, names, the token or the secret', () => {
    const output = bot.output();
    for (const secret of ['CANARY-HOOK', 'CanaryName', 'canary_username', TOKEN, SECRET]) expect(output).not.toContain(secret);
  });

  it('stops cleanly on SIGTERM', async () => {
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });
});
