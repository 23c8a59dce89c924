import { Context, type MiddlewareFn } from 'grammy';
import { renderPlan } from '../../reply/messages.js';
import type { BotContext, FeatureDeps } from '../context.js';
import { sendAll } from '../send.js';

const hasText = Context.has.filterQuery(['message:text', 'message:caption']);

/** Free text (and a photo's or document's caption) in a private chat: escalation first, then the answer. */
export function questionsFeature({ responder }: FeatureDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (ctx.chat?.type !== 'private' || !hasText(ctx)) return next();
    const text = ctx.message.text ?? ctx.message.caption ?? '';
    const plan = responder.respond(text);
    Object.assign(ctx.meta, { outcome: plan.outcome, intent: plan.intent, confidence: plan.confidence, alarm: plan.alarm.signs, crisis: plan.crisis.signs });
    // renderPlan orders the messages: crisis, English note, escalation, then the answer.
    await sendAll(ctx, renderPlan(plan, responder.content.frame));
  };
}
