/**
 * The baseline for `npm run bench:webhook`: a bare grammY bot behind node:http with grammY's own
 * webhookCallback. No content, no matching, no middleware. So that the fake Bot API handles as many
 * calls for it as for ours, it sends as many messages per update as our bot does for that text:
 * BENCH_REPLIES names a JSON file of text -> the messages our bot sends (text and keyboard), written
 * by the bench. By default every message is the fixed text "ok" (the baseline); with
 * BENCH_SAME_REPLIES=1 it sends our bot's exact messages, so payload size is the same for both and the
 * difference left is our matching and middleware.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Bot, webhookCallback } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';

type Reply = { text: string; reply_markup?: InlineKeyboardMarkup };
const replies = new Map<string, Reply[]>(process.env.BENCH_REPLIES ? Object.entries(JSON.parse(readFileSync(process.env.BENCH_REPLIES, 'utf8')) as Record<string, Reply[]>) : []);
const same = process.env.BENCH_SAME_REPLIES === '1';
const bot = new Bot(process.env.TELEGRAM_BOT_TOKEN ?? '', { client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? '' } });
bot.on('message', async (ctx) => {
  for (const reply of replies.get(ctx.message.text ?? '') ?? [{ text: 'ok' }]) {
    if (same) await ctx.reply(reply.text, { link_preview_options: { is_disabled: true }, ...(reply.reply_markup ? { reply_markup: reply.reply_markup } : {}) });
    else await ctx.reply('ok');
  }
});
await bot.init();
const handle = webhookCallback(bot, 'http', { secretToken: process.env.WEBHOOK_SECRET });
createServer((request, response) => void handle(request, response)).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
