import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Update } from 'grammy/types';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_WITHIN_MS, createWebhookServer, MAX_BODY_BYTES, settledOrAfter, type WebhookServer } from '../../src/bot/webhook-server.js';
import { textUpdate } from './helpers.js';

const SECRET = 'unit-webhook-secret_123';

/** The webhook server on a free loopback port, with a handler the test controls. */
async function start(handleUpdate: (update: Update) => Promise<void> = async () => {}) {
  const logLines: string[] = [];
  const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _encoding, done) => (logLines.push(String(chunk)), done()) }));
  const webhook = createWebhookServer({ route: '/telegram/hook', secret: SECRET, logger, handleUpdate });
  await new Promise<void>((resolve) => webhook.server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(webhook.server.address() as AddressInfo).port}`;
  // secret null: no header at all.
  const post = (body: string | ReadableStream<Uint8Array>, secret: string | null = SECRET, path = '/telegram/hook') =>
    fetch(`${base}${path}`, { method: 'POST', body, headers: secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }, duplex: 'half' } as RequestInit);
  running.push(webhook);
  return { webhook, base, post, logLines };
}

const running: WebhookServer[] = [];
afterEach(async () => {
  for (const webhook of running.splice(0)) await webhook.close(100);
});

describe('the webhook server', () => {
  it('hands an update with the right secret to the bot and answers 200', async () => {
    const received: Update[] = [];
    const { post } = await start(async (update) => void received.push(update));
    const update = textUpdate('wat is een curettage?');
    expect((await post(JSON.stringify(update))).status).toBe(200);
    expect(received).toEqual([update]);
  });

  it('answers with a content-length, not chunked', async () => {
    const { post } = await start();
    const response = await post(JSON.stringify(textUpdate('hallo')));
    expect(response.headers.get('content-length')).toBe('2');
    expect(response.headers.get('transfer-encoding')).toBeNull();
    expect(await response.text()).toBe('ok');
  });

  it('leaves no timer behind once an update is handled, and stops waiting after ANSWER_WITHIN_MS', async () => {
    vi.useFakeTimers();
    try {
      await settledOrAfter(Promise.resolve(), ANSWER_WITHIN_MS);
      expect(vi.getTimerCount()).toBe(0);
      let done = false;
      const waiting = settledOrAfter(new Promise<void>(() => {}), ANSWER_WITHIN_MS).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(ANSWER_WITHIN_MS - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a missing, wrong, same-length or over-long secret with 401, without reading on', async () => {
    let handled = 0;
    const { post } = await start(async () => void handled++);
    const body = JSON.stringify(textUpdate('hallo'));
    for (const secret of [null, '', 'wrong', SECRET.replace('1', '2'), `${SECRET}x`, 'x'.repeat(10_000)]) expect((await post(body, secret)).status).toBe(401);
    expect(handled).toBe(0);
  });

  it('gives 400 for malformed JSON and for JSON that is no update', async () => {
    const { post } = await start();
    for (const body of ['{"update_id": 1, ', 'null', '[]', '{"update_id":"1"}', '']) expect((await post(body)).status).toBe(400);
  });

  it('gives 413 for a body over 1 MiB, announced or streamed, and does not hand it on', async () => {
    let handled = 0;
    const { post } = await start(async () => void handled++);
    expect((await post('x'.repeat(MAX_BODY_BYTES + 1))).status).toBe(413);
    // Chunked, without a content-length: the server stops reading past 1 MiB.
    const chunk = new Uint8Array(64 * 1024).fill(32);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 64 * MAX_BODY_BYTES) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    expect((await post(stream)).status).toBe(413);
    expect(sent).toBeLessThan(16 * MAX_BODY_BYTES);
    expect(handled).toBe(0);
  });

  it('gives 404 elsewhere and 200 on GET /healthz', async () => {
    const { base, post } = await start();
    expect((await post('{}', SECRET, '/elders')).status).toBe(404);
    expect((await fetch(`${base}/telegram/hook`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('answers 200 when handling fails, and logs neither the body nor the secret', async () => {
    const { post, logLines } = await start(async () => {
      throw new Error('CANARY-ERROR-MESSAGE');
    });
    expect((await post(JSON.stringify(textUpdate('CANARY-BODY')))).status).toBe(200);
    const logs = logLines.join('');
    expect(logs).toContain('update failed');
    for (const secret of ['CANARY', SECRET]) expect(logs).not.toContain(secret);
  });

  it('on close, stops taking requests and finishes the ones in flight', async () => {
    let release = () => {};
    const { webhook, base, post } = await start(() => new Promise<void>((resolve) => (release = resolve)));
    const inFlight = post(JSON.stringify(textUpdate('hallo')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = webhook.close(2_000);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    release();
    expect((await inFlight).status).toBe(200);
    await closing;
  });
});
