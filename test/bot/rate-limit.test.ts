import { describe, expect, it } from 'vitest';
import { callbackUpdate, createTestBot, frame, textUpdate } from './helpers.js';

describe('rate limit', () => {
  it('past 10 messages in 10 seconds sends one notice, then ignores the chat for the window', async () => {
    let time = 0;
    const { bot, sent } = createTestBot({ rateLimit: { limit: 10, windowMs: 10_000, now: () => time } });
    for (let i = 0; i < 15; i++) await bot.handleUpdate(textUpdate('hallo'));
    expect(sent().filter((t) => t === frame.texts.rateLimited.text)).toHaveLength(1);
    const before = sent().length;
    time = 10_001;
    await bot.handleUpdate(textUpdate('hallo'));
    expect(sent().length).toBe(before + 1);
  });

  it('never drops an alarm or a crisis message, even when limited', async () => {
    const { bot, sent } = createTestBot({ rateLimit: { limit: 2, windowMs: 10_000, now: () => 0 } });
    for (let i = 0; i < 5; i++) await bot.handleUpdate(textUpdate('hallo'));
    await bot.handleUpdate(textUpdate('ik bloed door mijn broek heen'));
    await bot.handleUpdate(textUpdate('ik wil niet meer leven'));
    expect(sent().some((t) => t.includes('reden om ons te bellen: 0318-553465'))).toBe(true);
    expect(sent().some((t) => t.includes('0800-0113'))).toBe(true);
  });

  it('still answers a limited chat’s button presses, silently', async () => {
    const { bot, calls } = createTestBot({ rateLimit: { limit: 0, windowMs: 10_000, now: () => 0 } });
    await bot.handleUpdate(callbackUpdate('1:m:'));
    expect(calls.map((c) => c.method)).toEqual(['answerCallbackQuery']);
  });
});
