import type { MiddlewareFn } from 'grammy';
import type { BotContext } from './context.js';

export interface RateLimitOptions {
  /** Messages a chat may send within one window. */
  limit: number;
  windowMs: number;
  /** Sends the one polite notice of a window. */
  notify: (ctx: BotContext) => Promise<unknown>;
  /** True for a message with an alarm or crisis sign: such a message is never dropped. */
  isUrgent: (text: string) => boolean;
  now?: () => number;
}

/**
 * Per-chat rate limit: past `limit` messages in a window a chat gets one notice and is then ignored
 * until the window ends. A message with an alarm or crisis sign is never dropped: it goes through.
 * Hand-written rather than @grammyjs/ratelimiter because that plugin drops updates before any
 * handler could look for alarm signs.
 */
export function rateLimit({ limit, windowMs, notify, isUrgent, now = Date.now }: RateLimitOptions): MiddlewareFn<BotContext> {
  const windows = new Map<number, { start: number; count: number; notified: boolean }>();
  return async (ctx, next) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined || ctx.chat?.type !== 'private') return next();
    const time = now();
    let window = windows.get(chatId);
    if (!window || time - window.start >= windowMs) {
      window = { start: time, count: 0, notified: false };
      windows.set(chatId, window);
      // Forget quiet chats so the map does not grow without bound.
      if (windows.size > 10_000) for (const [id, w] of windows) if (time - w.start >= windowMs) windows.delete(id);
    }
    window.count++;
    if (window.count <= limit) return next();
    const text = ctx.message?.text ?? ctx.message?.caption ?? '';
    if (text && isUrgent(text)) return next();
    ctx.meta.outcome = 'rate-limited';
    if (ctx.callbackQuery) return ctx.answerCallbackQuery();
    if (!window.notified) {
      window.notified = true;
      await notify(ctx);
    }
  };
}
