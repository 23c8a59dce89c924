import type { Context } from 'grammy';

/** What the per-update log line carries: ids, intent, scores, signs and timings. Never text. */
export interface UpdateMeta {
  outcome?: string;
  intent?: string | null;
  confidence?: number;
  alarm?: string[];
  crisis?: string[];
  callback?: string;
  vote?: 'up' | 'down';
}

export type BotContext = Context & { meta: UpdateMeta };
