/**
 * The baseline for `npm run bench:webhook`: a bare grammY bot behind node:http with grammY's own
 * webhookCallback, answering every message with a fixed text. No content, no matching.
 */
import { createServer } from 'node:http';
import { Bot, webhookCallback } from 'grammy';

const bot = new Bot(process.env.TELEGRAM_BOT_TOKEN ?? '', { client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? '' } });
bot.on('message', (ctx) => ctx.reply('ok'));
await bot.init();
const handle = webhookCallback(bot, 'http', { secretToken: process.env.WEBHOOK_SECRET });
createServer((request, response) => void handle(request, response)).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
