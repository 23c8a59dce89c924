import { InlineKeyboard } from 'grammy';
import type { Button } from '../reply/messages.js';
import { callbackFor } from './callback-data.js';

/** Turns rows of neutral buttons into a Telegram inline keyboard (undefined when there are none). */
export function toKeyboard(rows: Button[][]): InlineKeyboard | undefined {
  const nonEmpty = rows.filter((row) => row.length > 0);
  if (nonEmpty.length === 0) return undefined;
  const keyboard = new InlineKeyboard();
  nonEmpty.forEach((row, i) => {
    if (i > 0) keyboard.row();
    for (const button of row) {
      if (button.kind === 'url') keyboard.url(button.label, button.url);
      else keyboard.text(button.label, callbackFor(button));
    }
  });
  return keyboard;
}
