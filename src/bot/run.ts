import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createChatHasher, createLogger } from '../logger.js';
import { COMMANDS } from '../reply/commands.js';
import type { Responder } from '../reply/plan.js';
import type { BotContext } from './context.js';
import { createBot } from './create-bot.js';
import { createInFlightTracker, type InFlightTracker } from './in-flight.js';
import { createWebhookServer } from './webhook-server.js';

/** How long a shutdown waits for replies in flight before it exits anyway. */
const DRAIN_MS = 8_000;

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** Calls `step` until it succeeds, waiting longer each time: Telegram may be unreachable at start-up. */
async function withBackoff(logger: Logger, what: string, step: () => Promise<void>): Promise<void> {
  for (let attempt = 1, delay = 1_000; ; attempt++, delay = Math.min(delay * 2, 30_000)) {
    try {
      return await step();
    } catch (error) {
      const cause = error as { name?: string; error_code?: number; description?: string };
      logger.warn({ attempt, retryInMs: delay, error: cause?.name, code: cause?.error_code }, `${what} failed, Telegram not reachable yet; retrying`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Runs the bot by long polling or behind a webhook until SIGINT or SIGTERM. */
export async function runTelegram(responder: Responder, env: Record<string, string | undefined>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Ongeldige configuratie: ${error.message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.LOG_LEVEL);
  const inFlight = createInFlightTracker();
  const bot = createBot({
    inFlight,
    token: config.TELEGRAM_BOT_TOKEN,
    responder,
    logger,
    hashChat: createChatHasher(config.LOG_SALT),
    botConfig: { client: { apiRoot: config.TELEGRAM_API_ROOT } },
  });
  // Start-up has its own backoff with a log line per attempt, so the operator sees why nothing happens.
  // grammY's bot.init() retries network errors silently; asking getMe ourselves lets each attempt be logged.
  await withBackoff(logger, 'getMe', async () => {
    bot.botInfo = await bot.api.getMe();
  });
  await withBackoff(logger, 'setMyCommands', async () => void (await bot.api.setMyCommands([...COMMANDS])));
  // From here on: 429 is retried after Telegram's retry_after, 5xx and network errors with backoff.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  const stop = config.BOT_MODE === 'webhook' ? await startWebhook(bot, config, logger) : startPolling(bot, logger, inFlight);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

function startPolling(bot: Bot<BotContext>, logger: Logger, inFlight: InFlightTracker): () => Promise<void> {
  // drop_pending_updates stays off: a question sent while the bot was down is still answered.
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  logger.info({ mode: 'polling', bot: bot.botInfo.id }, 'bot started');
  return async () => {
    await runner.stop();
    // Finish the replies in flight, then tell Telegram which updates are handled, so none is
    // answered twice after a restart. Updates not finished in time stay unconfirmed and come again.
    await inFlight.drain(DRAIN_MS);
    if (inFlight.active === 0 && inFlight.highestHandled >= 0) {
      await bot.api.getUpdates({ offset: inFlight.highestHandled + 1, limit: 1, timeout: 0 }).catch(() => undefined);
    }
  };
}

async function startWebhook(bot: Bot<BotContext>, config: Extract<Config, { BOT_MODE: 'webhook' }>, logger: Logger): Promise<() => Promise<void>> {
  const route = new URL(config.WEBHOOK_URL).pathname;
  const webhook = createWebhookServer({ route, secret: config.WEBHOOK_SECRET, logger, handleUpdate: (update) => bot.handleUpdate(update) });
  await new Promise<void>((resolve) => webhook.server.listen(config.PORT, config.HOST, resolve));
  await withBackoff(logger, 'setWebhook', async () =>
    void (await bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET, allowed_updates: [...ALLOWED_UPDATES] })),
  );
  const address = webhook.server.address();
  logger.info({ mode: 'webhook', bot: bot.botInfo.id, port: typeof address === 'object' ? address?.port : config.PORT }, 'bot started');
  return () => webhook.close();
}
