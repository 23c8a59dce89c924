import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotConfig } from 'grammy';
import type { Logger } from 'pino';
import type { Responder } from '../reply/plan.js';
import type { BotContext } from './context.js';
import { buttonsFeature } from './features/buttons.js';
import { commandsFeature } from './features/commands.js';
import { groupsFeature } from './features/groups.js';
import { nonTextFeature } from './features/non-text.js';
import { questionsFeature } from './features/questions.js';
import type { InFlightTracker } from './in-flight.js';
import { rateLimit, type RateLimitOptions } from './rate-limit.js';

export interface BotDeps {
  token: string;
  responder: Responder;
  logger: Logger;
  hashChat: (chatId: number | undefined) => string | undefined;
  /** For tests and for a self-hosted Bot API server. */
  botConfig?: BotConfig<BotContext>;
  /** Per-chat limit; default about 10 messages in 10 seconds. */
  rateLimit?: Pick<RateLimitOptions, 'limit' | 'windowMs' | 'now'>;
  /** Lets a shutdown wait for the updates in flight. */
  inFlight?: InFlightTracker;
}

/**
 * Builds the bot: per-update logging (ids, intent, scores, timings; never text), an error boundary,
 * then one composer per feature. Edited messages, channel posts and member updates reach no handler.
 */
export function createBot({ token, responder, logger, hashChat, botConfig, rateLimit: limits, inFlight }: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, botConfig);
  if (inFlight) bot.use(inFlight.middleware);
  // One chat's updates are handled in order; different chats do not wait for each other.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));

  bot.use(async (ctx, next) => {
    const started = performance.now();
    ctx.meta = {};
    try {
      await next();
    } finally {
      logger.info(
        { update: ctx.update.update_id, chatType: ctx.chat?.type, chat: hashChat(ctx.chat?.id), ...ctx.meta, ms: Math.round((performance.now() - started) * 10) / 10 },
        'update',
      );
    }
  });

  const features = bot.errorBoundary((error) => {
    // grammY's error carries the method and Telegram's description; never the update itself.
    const cause = error.error as { name?: string; method?: string; error_code?: number; description?: string };
    if (cause?.error_code === 403) {
      // The user blocked the bot (or left): nothing to retry, nothing to alarm about.
      logger.info({ update: error.ctx.update.update_id, method: cause.method, code: 403 }, 'user blocked the bot');
      return;
    }
    logger.error({ update: error.ctx.update.update_id, error: cause?.name, method: cause?.method, code: cause?.error_code, description: cause?.description }, 'update failed');
  });
  features.use(
    rateLimit({
      limit: 10,
      windowMs: 10_000,
      ...limits,
      notify: (ctx) => ctx.reply(responder.content.frame.texts.rateLimited.text),
      isUrgent: (text) => {
        const plan = responder.respond(text);
        return plan.alarm.alarm || plan.crisis.crisis;
      },
    }),
  );
  features.use(groupsFeature(responder));
  features.use(commandsFeature(responder));
  features.use(buttonsFeature(responder));
  features.use(questionsFeature(responder));
  // must be the last handler: anything else in a private chat is not text
  features.use(nonTextFeature(responder));

  return bot;
}
