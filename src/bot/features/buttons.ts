import { Context, type MiddlewareFn } from 'grammy';
import { categoryMenu, topicMenu } from '../../reply/menu.js';
import { renderPlan } from '../../reply/messages.js';
import { parseCallback } from '../callback-data.js';
import type { BotContext, FeatureDeps } from '../context.js';
import { editOrSend, sendAll } from '../send.js';

const isButtonPress = Context.has.filterQuery('callback_query');

/**
 * Every button press is answered; menus edit in place; unknown, stale or forged data gets one short
 * notice and nothing else. Buttons only work in a private chat: in a group an answer would be read
 * by others.
 */
export function buttonsFeature({ responder, logger }: FeatureDeps): MiddlewareFn<BotContext> {
  const { content } = responder;
  return async (ctx, next) => {
    if (!isButtonPress(ctx)) return next();
    const data = ctx.chat?.type === 'private' ? parseCallback(ctx.callbackQuery.data) : undefined;
    const stale = () => ctx.answerCallbackQuery({ text: content.frame.texts.staleButton.text });
    ctx.meta.callback = data ? data.action : 'invalid';
    switch (data?.action) {
      case undefined:
        return stale();
      case 'm':
        await ctx.answerCallbackQuery();
        return editOrSend(ctx, topicMenu(content));
      case 'c': {
        const menu = categoryMenu(content, Number(data.arg));
        if (!menu) return stale();
        await ctx.answerCallbackQuery();
        return editOrSend(ctx, menu);
      }
      case 'i': {
        const plan = responder.planForIntent(data.arg);
        if (!plan) return stale();
        Object.assign(ctx.meta, { outcome: 'button', intent: plan.intent });
        await ctx.answerCallbackQuery();
        return sendAll(ctx, renderPlan(plan, content.frame));
      }
      case 'u':
      case 'd': {
        if (!responder.topicRef(data.arg)) return stale();
        // A metric of its own, without the chat: which answers help, not who said so.
        ctx.meta.callback = 'vote';
        logger.info({ metric: 'feedback', intent: data.arg, vote: data.action === 'u' ? 'up' : 'down' }, 'feedback');
        return ctx.answerCallbackQuery({ text: content.frame.texts.feedbackThanks.text });
      }
    }
  };
}
