import { GrammyError } from 'grammy';
import type { OutgoingMessage } from '../reply/messages.js';
import type { BotContext } from './context.js';
import { toKeyboard } from './keyboard.js';

/**
 * Sends messages one after the other, in order (the escalation must arrive first). Plain text, no
 * parse mode: nothing a patient typed or a passage contains can break the formatting. The messages
 * arrive split already: renderPlan keeps each within Telegram's 4,096 characters.
 */
export async function sendAll(ctx: BotContext, messages: OutgoingMessage[]): Promise<void> {
  for (const message of messages) {
    const keyboard = toKeyboard(message.buttons);
    await ctx.reply(message.text, { link_preview_options: { is_disabled: true }, ...(keyboard ? { reply_markup: keyboard } : {}) });
  }
}

/** Replaces the menu message in place; sends a new one when the old one cannot be edited (too old, deleted). */
export async function editOrSend(ctx: BotContext, message: OutgoingMessage): Promise<void> {
  const keyboard = toKeyboard(message.buttons);
  try {
    await ctx.editMessageText(message.text, { link_preview_options: { is_disabled: true }, ...(keyboard ? { reply_markup: keyboard } : {}) });
  } catch (error) {
    // The same button pressed twice: the menu already shows what was asked for.
    if (error instanceof GrammyError && error.description.includes('message is not modified')) return;
    if (error instanceof GrammyError && error.error_code === 400) return sendAll(ctx, [message]);
    throw error;
  }
}
