import { Composer } from 'grammy';
import type { Responder } from '../../reply/plan.js';
import type { BotContext } from '../context.js';
import { sendAll } from '../send.js';

/** Stickers, voice, photos without caption and the like: the bot reads only text, and says so kindly. */
export function nonTextFeature(responder: Responder): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').on('message', async (ctx) => {
    ctx.meta.outcome = 'non-text';
    await sendAll(ctx, [{ text: responder.content.frame.texts.nonText.text, buttons: [] }]);
  });
  return composer;
}
