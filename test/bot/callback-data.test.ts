import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callbackFor, parseCallback } from '../../src/bot/callback-data.js';
import { toKeyboard } from '../../src/bot/keyboard.js';
import { MAX_CALLBACK_BYTES } from '../../src/content/limits.js';
import type { Button } from '../../src/reply/messages.js';
import { responder } from './helpers.js';

describe('callback data', () => {
  it('round-trips every button the bot can show, within 64 bytes', () => {
    const topicIds = responder.content.intents.filter((i) => i.kind === 'topic').map((i) => i.id);
    const buttons: Exclude<Button, { kind: 'url' }>[] = [
      { kind: 'menu', label: 'm' },
      ...responder.content.frame.categories.map((label, index) => ({ kind: 'category' as const, index, label })),
      ...topicIds.flatMap((intentId) => [
        { kind: 'intent' as const, intentId, label: 'i' },
        { kind: 'vote' as const, intentId, up: true, label: 'u' },
        { kind: 'vote' as const, intentId, up: false, label: 'd' },
      ]),
    ];
    for (const button of buttons) {
      const data = callbackFor(button);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      expect(parseCallback(data)).toBeDefined();
    }
  });

  it('rejects anything that is not "<version>:<action>:<argument>" of this version', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 64 }), (data) => {
        if (parseCallback(data)) expect(data.startsWith('1:')).toBe(true);
      }),
    );
    for (const data of [undefined, '', '1', '1:', '1:i', '1:i:', '1:i:A', '1:c:-1', '1:c:1.5', '2:m:', '1:m:x']) expect(parseCallback(data)).toBeUndefined();
  });
});

describe('keyboard', () => {
  it('keeps the rows, makes URL buttons of links and leaves out empty rows', () => {
    const keyboard = toKeyboard([[{ kind: 'url', url: 'https://www.freya.nl', label: 'Freya' }], [], [{ kind: 'menu', label: 'Menu' }, { kind: 'category', index: 2, label: 'C' }]]);
    expect(keyboard?.inline_keyboard).toEqual([
      [{ text: 'Freya', url: 'https://www.freya.nl' }],
      [{ text: 'Menu', callback_data: '1:m:' }, { text: 'C', callback_data: '1:c:2' }],
    ]);
    expect(toKeyboard([])).toBeUndefined();
    expect(toKeyboard([[]])).toBeUndefined();
  });
});
