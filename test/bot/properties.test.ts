import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callbackUpdate, createTestBot, groupChat, messageUpdate, textUpdate } from './helpers.js';

/** Checks the limits Telegram puts on what a bot sends. */
function expectWithinTelegramLimits(calls: { method: string; payload: Record<string, unknown> }[]) {
  for (const call of calls) {
    if (call.method === 'sendMessage' || call.method === 'editMessageText') {
      const text = String(call.payload.text);
      expect(text.length).toBeGreaterThanOrEqual(1);
      expect(text.length).toBeLessThanOrEqual(4096);
      const keyboard = (call.payload.reply_markup as { inline_keyboard?: { callback_data?: string; url?: string }[][] } | undefined)?.inline_keyboard ?? [];
      for (const button of keyboard.flat()) {
        if (button.callback_data !== undefined) expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
        if (button.url !== undefined) expect(button.url).toMatch(/^https?:\/\//);
      }
    }
  }
}

describe('whole pipeline under arbitrary input', () => {
  it('answers any private text within Telegram limits, without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), fc.string({ minLength: 3000, maxLength: 4096 })), async (text) => {
        const { bot, calls } = createTestBot();
        await bot.handleUpdate(textUpdate(text.length > 0 ? text : ' '));
        expect(calls.length).toBeGreaterThan(0);
        expectWithinTelegramLimits(calls);
      }),
      { numRuns: 150 },
    );
  });

  it('survives random entities and updates missing optional fields', async () => {
    const entity = fc.record({
      type: fc.constantFrom('bot_command', 'mention', 'url', 'bold', 'hashtag', 'text_link', 'spoiler'),
      offset: fc.integer({ min: -5, max: 300 }),
      length: fc.integer({ min: -5, max: 300 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.array(entity, { maxLength: 5 }), fc.boolean(), fc.boolean(), async (text, entities, withFrom, asCaption) => {
        const { bot, calls } = createTestBot();
        const update = messageUpdate(asCaption ? { caption: text, caption_entities: entities, photo: [] } : { text: text || ' ', entities });
        if (!withFrom) delete (update.message as unknown as Record<string, unknown>).from;
        await bot.handleUpdate(update);
        expectWithinTelegramLimits(calls);
      }),
      { numRuns: 150 },
    );
  });

  it('answers every callback query, whatever its data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 64 }), async (bytes) => {
        const { bot, calls } = createTestBot();
        await bot.handleUpdate(callbackUpdate(Buffer.from(bytes).toString('latin1')));
        expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
        expectWithinTelegramLimits(calls);
      }),
      { numRuns: 150 },
    );
  });

  it('never replies to a group message that is neither a command nor a mention', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }).filter((t) => !t.startsWith('/')), async (text) => {
        const { bot, calls } = createTestBot();
        await bot.handleUpdate(messageUpdate({ text: text || 'x' }, groupChat));
        expect(calls).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
