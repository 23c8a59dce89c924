import type { Transformer } from 'grammy';
import type { Logger } from 'pino';
import { errorFields } from '../logger.js';

/**
 * An API transformer that logs every failed Bot API call (each attempt, before auto-retry tries again)
 * with the method, Telegram's error code and description: never the payload, which holds reply texts,
 * nor the error object, whose message may hold the URL with the token.
 */
export function logFailedCalls(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) {
        logger.warn({ method, code: result.error_code, description: result.description.slice(0, 200), retryAfter: result.parameters?.retry_after }, 'Bot API call failed');
      }
      return result;
    } catch (error) {
      // An aborted long poll is how polling stops, not a failure.
      if (!signal?.aborted) logger.warn({ ...errorFields(error), method }, 'Bot API call failed');
      throw error;
    }
  };
}
