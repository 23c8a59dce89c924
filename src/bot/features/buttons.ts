import { Composer } from 'grammy';
import { categoryMenu, topicMenu } from '../../reply/menu.js';
import { renderPlan } from '../../reply/messages.js';
import type { Responder } from '../../reply/plan.js';
import { parseCallback } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { editOrSend, sendAll } from '../send.js';

/** Every button press is answered; menus edit in place; unknown, stale or forged data gets one short notice. */
export function buttonsFeature(responder: Responder): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { content } = responder;
  composer.on('callback_query', async (ctx) => {
    const data = parseCallback(ctx.callbackQuery.data);
    const stale = () => ctx.answerCallbackQuery({ text: content.frame.texts.staleButton.text });
    if (!data) {
      ctx.meta.callback = 'invalid';
      return stale();
    }
    ctx.meta.callback = data.action;
    switch (data.action) {
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
      case 'd':
        if (!responder.topicRef(data.arg)) return stale();
        // The vote is a metric in the log line of this update: intent and direction, no user.
        Object.assign(ctx.meta, { intent: data.arg, vote: data.action === 'u' ? 'up' : 'down' });
        return ctx.answerCallbackQuery({ text: content.frame.texts.feedbackThanks.text });
    }
  });
  return composer;
}
