import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import { ConfigError, loadConfig } from '../config.js';
import { createChatHasher, createLogger } from '../logger.js';
import { COMMANDS } from '../reply/commands.js';
import type { Responder } from '../reply/plan.js';
import { createBot } from './create-bot.js';

/** Runs the bot by long polling until SIGINT or SIGTERM. */
export async function runTelegram(responder: Responder, env: Record<string, string | undefined>): Promise<void> {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Ongeldige configuratie: ${error.message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.LOG_LEVEL);
  const bot = createBot({
    token: config.TELEGRAM_BOT_TOKEN,
    responder,
    logger,
    hashChat: createChatHasher(config.LOG_SALT),
    botConfig: { client: { apiRoot: config.TELEGRAM_API_ROOT } },
  });
  // 429 and 5xx are retried with Telegram's own retry_after; nothing else is.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));

  await bot.init();
  await bot.api.setMyCommands([...COMMANDS]);
  const runner = run(bot, {
    runner: { fetch: { allowed_updates: ['message', 'callback_query'] } },
  });
  logger.info({ mode: 'polling', bot: bot.botInfo.id }, 'bot started');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // The runner finishes the updates in flight and confirms the last offset before it resolves.
    await runner.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await runner.task();
}
