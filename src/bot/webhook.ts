import type { Bot } from 'grammy';
import type { Logger } from 'pino';
import type { WebhookConfig } from '../config.js';
import type { BotContext } from './context.js';
import { ALLOWED_UPDATES, withBackoff } from './start-up.js';
import { createWebhookServer } from './webhook-server.js';

/**
 * Webhook mode: the HTTP server listens first, then Telegram is told where to deliver, with the
 * secret it must send back. Returns the stop function for the shutdown.
 */
export async function startWebhook(bot: Bot<BotContext>, config: WebhookConfig, logger: Logger, drainMs: number): Promise<() => Promise<void>> {
  const route = new URL(config.webhookUrl).pathname;
  const webhook = createWebhookServer({ route, secret: config.webhookSecret, logger, handleUpdate: (update) => bot.handleUpdate(update) });
  await new Promise<void>((resolve, reject) => {
    webhook.server.once('error', reject);
    webhook.server.listen(config.port, config.host, () => {
      webhook.server.off('error', reject);
      resolve();
    });
  });
  // drop_pending_updates stays off: updates that waited while the bot was down are still delivered.
  await withBackoff(logger, 'setWebhook', async () =>
    void (await bot.api.setWebhook(config.webhookUrl, { secret_token: config.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] })),
  );
  const address = webhook.server.address();
  // The route is not logged: some people put a secret in the path.
  logger.info({ mode: 'webhook', bot: bot.botInfo.id, port: typeof address === 'object' && address ? address.port : config.port }, 'bot started');
  return () => webhook.close(drainMs);
}
