import type { Bot } from 'grammy';
import type { Logger } from 'pino';
import { errorFields } from '../logger.js';
import { COMMANDS } from '../reply/commands.js';
import type { BotContext } from './context.js';

/** The updates the bot asks for; everything else (edits, channel posts, member updates) never arrives. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** Thrown when the Bot API refuses a start-up call for good (a bad token, a bad webhook URL): retrying cannot help. */
export class StartUpRefusedError extends Error {
  override name = 'StartUpRefusedError';
}

/** Calls `step` until it succeeds, waiting longer each time: Telegram may be unreachable at start-up. */
export async function withBackoff(logger: Logger, what: string, step: () => Promise<void>): Promise<void> {
  for (let attempt = 1, delay = 1_000; ; attempt++, delay = Math.min(delay * 2, 30_000)) {
    try {
      return await step();
    } catch (error) {
      const { code, description } = errorFields(error);
      // 401 Unauthorized, or 404 for a token the Bot API does not know at all.
      if (code === 401 || code === 404) throw new StartUpRefusedError(`the Bot API rejected TELEGRAM_BOT_TOKEN (${code})`);
      // Any other 4xx but 429 (e.g. setWebhook with a URL Telegram does not accept) will not go away by waiting.
      if (code !== undefined && code >= 400 && code < 500 && code !== 429) throw new StartUpRefusedError(`${what} was refused (${code}: ${description ?? ''})`);
      logger.warn({ attempt, retryInMs: delay, ...errorFields(error) }, `${what} failed, Telegram not reachable yet; retrying`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Start-up before taking updates: who the bot is (getMe, like bot.init() but with a log line per
 * failed attempt so the operator sees why nothing happens) and its commands with their Dutch
 * descriptions for Telegram's menu.
 */
export async function initBot(bot: Bot<BotContext>, logger: Logger): Promise<void> {
  await withBackoff(logger, 'getMe', async () => {
    bot.botInfo = await bot.api.getMe();
  });
  await withBackoff(logger, 'setMyCommands', async () => void (await bot.api.setMyCommands([...COMMANDS])));
}
