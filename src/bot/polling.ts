import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Logger } from 'pino';
import { errorFields } from '../logger.js';
import type { BotContext } from './context.js';
import type { InFlightTracker } from './in-flight.js';
import { ALLOWED_UPDATES, withBackoff } from './start-up.js';

/**
 * Long polling with grammY's runner: updates of different chats are handled concurrently, one chat's
 * in order (sequentialize in createBot). Returns the stop function for the shutdown.
 */
export async function startPolling(
  bot: Bot<BotContext>,
  { logger, inFlight, drainMs, onFatal }: { logger: Logger; inFlight: InFlightTracker; drainMs: number; onFatal: (error: unknown) => void },
): Promise<() => Promise<void>> {
  // getUpdates fails while a webhook is set. drop_pending_updates stays off: a question sent while
  // the bot was down is still answered.
  await withBackoff(logger, 'deleteWebhook', async () => void (await bot.api.deleteWebhook({ drop_pending_updates: false })));
  // silent: the runner would print fetch errors whole (a network error's message holds the URL with
  // the token); logFailedCalls logs them safely instead.
  const runner = run(bot, { runner: { silent: true, fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  logger.info({ mode: 'polling', bot: bot.botInfo.id }, 'bot started');
  // Polling ends by itself only on 401, or 409 when another instance polls with the same token:
  // then the process stops, so a supervisor can restart it.
  runner.task()?.catch(onFatal);

  return async () => {
    await runner.stop();
    // Finish the replies in flight, then tell Telegram which updates are handled, so none is answered
    // twice after a restart. Updates not finished in time stay unconfirmed and come again.
    await inFlight.drain(drainMs);
    if (inFlight.active > 0 || inFlight.highestHandled < 0) return;
    // grammY's types name the abort-controller shim's AbortSignal; at run time a native one works.
    const signal = AbortSignal.timeout(2_000) as unknown as Parameters<typeof bot.api.getUpdates>[1];
    await bot.api.getUpdates({ offset: inFlight.highestHandled + 1, limit: 1, timeout: 0 }, signal).catch((error: unknown) => {
      logger.warn(errorFields(error), 'could not confirm the handled updates; they may be answered again');
    });
  };
}
