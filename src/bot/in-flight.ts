import type { MiddlewareFn } from 'grammy';
import type { BotContext } from './context.js';

/**
 * Counts the updates being handled, so a shutdown can wait for them (a reply in flight is finished,
 * not lost), and remembers the highest update id handled, so polling can confirm it before exiting.
 */
export function createInFlightTracker() {
  let active = 0;
  let highest = -1;
  let idle: (() => void)[] = [];
  const middleware: MiddlewareFn<BotContext> = async (ctx, next) => {
    active++;
    try {
      await next();
    } finally {
      active--;
      highest = Math.max(highest, ctx.update.update_id);
      if (active === 0) for (const resolve of idle.splice(0)) resolve();
    }
  };
  return {
    middleware,
    /** Resolves when no update is being handled, or after `timeoutMs`. */
    drain(timeoutMs: number): Promise<void> {
      if (active === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        idle.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    get active() {
      return active;
    },
    get highestHandled() {
      return highest;
    },
  };
}

export type InFlightTracker = ReturnType<typeof createInFlightTracker>;
