import { Composer } from 'grammy';
import { renderPlan } from '../../reply/messages.js';
import type { BotContext, FeatureDeps } from '../context.js';
import { sendAll } from '../send.js';

/** Free text (and a photo's or document's caption) in a private chat: escalation first, then the answer. */
export function questionsFeature({ responder }: FeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').on(['message:text', 'message:caption'], async (ctx) => {
    const text = ctx.message.text ?? ctx.message.caption ?? '';
    const plan = responder.respond(text);
    Object.assign(ctx.meta, { outcome: plan.outcome, intent: plan.intent, confidence: plan.confidence, alarm: plan.alarm.signs, crisis: plan.crisis.signs });
    // renderPlan orders the messages: crisis, English note, escalation, then the answer.
    await sendAll(ctx, renderPlan(plan, responder.content.frame));
  });
  return composer;
}
