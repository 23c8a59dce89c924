/**
 * The baseline for `npm run bench:webhook`: a bare grammY bot behind node:http with grammY's own
 * webhookCallback, answering every message with a fixed text. No content, no matching. So that the
 * fake Bot API handles as many calls for it as for ours, it sends as many messages per update as our
 * bot does for that text: BENCH_REPLY_COUNTS names a JSON file of text -> count, written by the bench.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Bot, webhookCallback } from 'grammy';

const counts = new Map<string, number>(process.env.BENCH_REPLY_COUNTS ? Object.entries(JSON.parse(readFileSync(process.env.BENCH_REPLY_COUNTS, 'utf8')) as Record<string, number>) : []);
const bot = new Bot(process.env.TELEGRAM_BOT_TOKEN ?? '', { client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? '' } });
bot.on('message', async (ctx) => {
  const times = counts.get(ctx.message.text ?? '') ?? 1;
  for (let i = 0; i < times; i++) await ctx.reply('ok');
});
await bot.init();
const handle = webhookCallback(bot, 'http', { secretToken: process.env.WEBHOOK_SECRET });
createServer((request, response) => void handle(request, response)).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
