import type { Context } from 'grammy';
import type { Logger } from 'pino';
import type { Responder } from '../reply/plan.js';

/** What the per-update log line carries: ids, intent, scores, signs and timings. Never text. */
export interface UpdateMeta {
  outcome?: string;
  intent?: string | null;
  confidence?: number;
  alarm?: string[];
  crisis?: string[];
  callback?: string;
}

export type BotContext = Context & { meta: UpdateMeta };

/** What every feature composer needs. */
export interface FeatureDeps {
  responder: Responder;
  logger: Logger;
}
