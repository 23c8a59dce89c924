import type { OutgoingMessage } from '../reply/messages.js';
import type { BotContext } from './context.js';
import { toKeyboard } from './keyboard.js';

/**
 * Sends messages one after the other, in order (the escalation must arrive first). Plain text,
 * no parse mode: nothing a patient typed or a passage contains can break the formatting.
 */
export async function sendAll(ctx: BotContext, messages: OutgoingMessage[]): Promise<void> {
  for (const message of messages) {
    const keyboard = toKeyboard(message.buttons);
    await ctx.reply(message.text, keyboard ? { reply_markup: keyboard, link_preview_options: { is_disabled: true } } : { link_preview_options: { is_disabled: true } });
  }
}

/** Replaces the menu message in place; falls back to a new message when it cannot be edited. */
export async function editOrSend(ctx: BotContext, message: OutgoingMessage): Promise<void> {
  const keyboard = toKeyboard(message.buttons);
  try {
    await ctx.editMessageText(message.text, keyboard ? { reply_markup: keyboard } : {});
  } catch {
    await sendAll(ctx, [message]);
  }
}
