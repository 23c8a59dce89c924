import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCallback } from '../../src/content/limits.js';
import { callbackUpdate, privateChatOf, textUpdate } from '../bot/helpers.js';
import { freePort, startBot, TOKEN, type BotProcess } from './bot-process.js';
import { FakeBotApi } from './fake-bot-api.js';

const SECRET = 'e2e-webhook-secret-1234';
const CANARY = 'CANARY-HOOK-9911';

describe('the bot process behind a webhook, against a loopback Bot API', () => {
  const api = new FakeBotApi();
  let bot: BotProcess;
  let base: string;
  // secret null: no header at all.
  const post = (path: string, body: unknown, secret: string | null = SECRET) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }) },
    });

  beforeAll(async () => {
    const root = await api.start();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    bot = startBot({ TELEGRAM_API_ROOT: root, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://vraagbaak.example.nl/telegram/hook', WEBHOOK_SECRET: SECRET, PORT: String(port), HOST: '127.0.0.1' });
    await api.waitFor(() => api.successful('setWebhook').length > 0, 15_000);
  }, 20_000);

  afterAll(async () => {
    bot.child.kill('SIGKILL');
    await api.stop();
  });

  it('sets its webhook with the secret and the updates it wants, and registers its commands', () => {
    expect(api.successful('setWebhook')[0]?.payload).toMatchObject({ url: 'https://vraagbaak.example.nl/telegram/hook', secret_token: SECRET, allowed_updates: ['message', 'callback_query'] });
    expect(api.successful('setWebhook')[0]?.payload).not.toHaveProperty('drop_pending_updates', true);
    expect(api.successful('setMyCommands')).toHaveLength(1);
  });

  it('answers GET /healthz with 200', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('refuses a missing, wrong or over-long secret with 401', async () => {
    const update = textUpdate('hallo', privateChatOf(120));
    expect((await post('/telegram/hook', update, null)).status).toBe(401);
    expect((await post('/telegram/hook', update, 'e2e-webhook-secret-1235')).status).toBe(401);
    expect((await post('/telegram/hook', update, 'x'.repeat(300))).status).toBe(401);
    expect(api.sentTo(120)).toEqual([]);
  });

  it('gives 404 for another path, 400 for malformed JSON and 413 for a body over 1 MiB', async () => {
    expect((await post('/elders', '{}')).status).toBe(404);
    expect((await post('/telegram/hook', '{"update_id": 1, ')).status).toBe(400);
    expect((await post('/telegram/hook', `{"x":"${'a'.repeat(1024 * 1024 + 10)}"}`)).status).toBe(413);
  });

  it('answers an update posted with the secret, escalation first; a button press is answered', async () => {
    const response = await post('/telegram/hook', textUpdate(`${CANARY} ik heb 39 graden koorts na de miskraam`, privateChatOf(121)));
    expect(response.status).toBe(200);
    await api.waitFor(() => api.sentTo(121).length > 0);
    expect(api.sentTo(121)[0]).toContain('0318-553465');
    expect((await post('/telegram/hook', callbackUpdate(encodeCallback('menu'), privateChatOf(121)))).status).toBe(200);
    await api.waitFor(() => api.successful('answerCallbackQuery').length > 0 && api.successful('editMessageText').length > 0);
  });

  it('survives a 429 and a 502 from the Bot API', async () => {
    api.failNext('sendMessage', 429, { parameters: { retry_after: 1 } });
    api.failNext('sendMessage', 502);
    // Both retried at once, in two chats: auto-retry waits retry_after for the 429 and backs off for the 502.
    const responses = await Promise.all([post('/telegram/hook', textUpdate('/spoed', privateChatOf(122))), post('/telegram/hook', textUpdate('/privacy', privateChatOf(123)))]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect([api.sentTo(122).length, api.sentTo(123).length]).toEqual([1, 1]);
    expect(api.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual(expect.arrayContaining([429, 502]));
  });

  it('a chat whose reply hangs does not hold up another chat', async () => {
    api.hold(124);
    const hanging = post('/telegram/hook', textUpdate('wat is een curettage?', privateChatOf(124)));
    await api.waitFor(() => api.heldFor(124) > 0);
    const started = Date.now();
    expect((await post('/telegram/hook', textUpdate('wat is een curettage?', privateChatOf(125)))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(api.sentTo(125).length).toBeGreaterThan(0);
    api.release(124);
    expect((await hanging).status).toBe(200);
  });

  it('never logs bodies, names, usernames, the token or the secret', () => {
    const output = bot.output();
    expect(output).toContain('"msg":"update"');
    for (const secret of [CANARY, 'CANARY', 'Canarynaam', 'canary_user', TOKEN, 'E2E-TOKEN', SECRET]) expect(output).not.toContain(secret);
  });

  it('SIGTERM: stops taking requests, finishes the one in flight, exits 0', async () => {
    api.hold(126);
    const inFlight = post('/telegram/hook', textUpdate('wat is een curettage?', privateChatOf(126)));
    await api.waitFor(() => api.heldFor(126) > 0);
    bot.child.kill('SIGTERM');
    await api.waitFor(() => bot.output().includes('"msg":"stopping"'));
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    api.release(126);
    expect((await inFlight).status).toBe(200);
    expect(await bot.exited).toBe(0);
    expect(api.sentTo(126).length).toBeGreaterThan(0);
  });
});
