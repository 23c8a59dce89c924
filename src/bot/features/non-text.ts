import { Context, type MiddlewareFn } from 'grammy';
import type { BotContext, FeatureDeps } from '../context.js';
import { sendAll } from '../send.js';

/** Messages a person sends that hold no text the bot can read. Service messages are not among them. */
const NON_TEXT = [
  'message:sticker',
  'message:photo',
  'message:voice',
  'message:video',
  'message:video_note',
  'message:audio',
  'message:animation',
  'message:document',
  'message:location',
  'message:contact',
  'message:poll',
  'message:dice',
  'message:story',
] as const;
const hasNonText = Context.has.filterQuery([...NON_TEXT]);

/** Stickers, voice, photos without a caption and the like: the bot reads only text, and says so kindly. */
export function nonTextFeature({ responder }: FeatureDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (ctx.chat?.type !== 'private' || !hasNonText(ctx)) return next();
    ctx.meta.outcome = 'non-text';
    await sendAll(ctx, [{ text: responder.content.frame.texts.nonText.text, buttons: [] }]);
  };
}
