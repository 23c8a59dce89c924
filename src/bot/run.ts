import { autoRetry } from '@grammyjs/auto-retry';
import type { Logger } from 'pino';
import type { TelegramConfig } from '../config.js';
import { createChatHasher, createLogger, errorFields } from '../logger.js';
import type { Responder } from '../reply/plan.js';
import { logFailedCalls } from './api-log.js';
import { createBot } from './create-bot.js';
import { createInFlightTracker } from './in-flight.js';
import { startPolling } from './polling.js';
import { initBot, StartUpRefusedError } from './start-up.js';
import { startWebhook } from './webhook.js';

/** How long a shutdown waits for replies in flight; the whole shutdown stays within a few seconds. */
const DRAIN_MS = 4_000;
const SHUTDOWN_LIMIT_MS = 8_000;

/** Runs the bot by long polling or behind a webhook until SIGINT or SIGTERM. */
export async function runTelegram(config: TelegramConfig, responder: Responder): Promise<void> {
  const logger = createLogger(config.logLevel);
  // Node would print an unexpected error whole, and grammY's errors hold payloads and URLs with the token.
  const die = (error: unknown) => {
    logger.fatal(errorFields(error), error instanceof StartUpRefusedError ? error.message : 'stopped by an error');
    process.exit(1);
  };
  process.on('uncaughtException', die);
  process.on('unhandledRejection', die);
  // Until the bot runs there is nothing to finish: a signal during start-up just exits.
  let stop = async () => {};
  stopOnSignals(() => stop(), logger);

  const inFlight = createInFlightTracker();
  const bot = createBot({
    inFlight,
    token: config.token,
    responder,
    logger,
    hashChat: createChatHasher(config.logSalt),
    botConfig: { client: { apiRoot: config.apiRoot } },
  });
  // Installed first, so it sees every attempt that auto-retry (installed after start-up) makes.
  bot.api.config.use(logFailedCalls(logger));
  try {
    await initBot(bot, logger);
    // From here on: 429 is retried after Telegram's retry_after, 5xx and network errors with backoff.
    bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
    stop =
      config.mode === 'webhook'
        ? await startWebhook(bot, config, logger, DRAIN_MS)
        : await startPolling(bot, { logger, inFlight, drainMs: DRAIN_MS, onFatal: die });
  } catch (error) {
    die(error);
  }
}

/** SIGINT or SIGTERM stops the bot once: later signals during the shutdown change nothing. */
function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // A last resort: a stop that hangs must not keep a supervisor waiting.
    setTimeout(() => {
      logger.warn('stop took too long; exiting');
      process.exit(0);
    }, SHUTDOWN_LIMIT_MS).unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(errorFields(error), 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
