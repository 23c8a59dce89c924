import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from './content/load.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** What every mode shares. */
const common = {
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  // Hashes of chat ids can be linked across restarts only when the salt is fixed; unset, it is random per process.
  LOG_SALT: z.string().min(16, 'must be at least 16 characters').optional(),
  CACHE_DIR: z.string().optional(),
};

/** Where the trained index is kept between starts (see src/match/index-cache.ts); `.cache/` in the project unless CACHE_DIR says otherwise. */
export function cacheDirFrom(configured: string | undefined): string {
  return configured || join(PROJECT_ROOT, '.cache');
}

const telegram = {
  ...common,
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'does not look like a token from @BotFather (123456789:AA…)'),
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://api.telegram.org' }).default('https://api.telegram.org'),
};

const localSchema = z.object({ ...common, BOT_MODE: z.literal('local') });
const pollingSchema = z.object({ ...telegram, BOT_MODE: z.literal('polling') });
const webhookSchema = z.object({
  ...telegram,
  BOT_MODE: z.literal('webhook'),
  WEBHOOK_URL: z.url({ protocol: /^https$/, error: 'must be a public https URL; its path is the route' }),
  // Telegram allows 1-256 characters of A-Z, a-z, 0-9, _ and - in secret_token.
  WEBHOOK_SECRET: z.string({ error: 'is required in webhook mode' }).regex(/^[A-Za-z0-9_-]{12,256}$/, 'must be 12 to 256 characters: letters, digits, _ or -'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(1, 'must be 1-65535').max(65_535, 'must be 1-65535').default(8080),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
});

const envSchema = z.discriminatedUnion('BOT_MODE', [localSchema, pollingSchema, webhookSchema], {
  error: 'must be polling or webhook',
});

const toConfig = (env: z.infer<typeof envSchema>) => {
  const log = { logLevel: env.LOG_LEVEL, logSalt: env.LOG_SALT, cacheDir: cacheDirFrom(env.CACHE_DIR) };
  if (env.BOT_MODE === 'local') return { mode: 'local' as const, ...log };
  const bot = { ...log, token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT.replace(/\/+$/, '') };
  if (env.BOT_MODE === 'polling') return { mode: 'polling' as const, ...bot };
  return { mode: 'webhook' as const, ...bot, webhookUrl: env.WEBHOOK_URL, webhookSecret: env.WEBHOOK_SECRET, port: env.PORT, host: env.HOST };
};

/** The configuration, a tagged union: the local terminal chat, long polling, or a webhook. */
export type Config = ReturnType<typeof toConfig>;
export type TelegramConfig = Exclude<Config, { mode: 'local' }>;
export type WebhookConfig = Extract<Config, { mode: 'webhook' }>;

/** A bad environment variable; its message is the one line main.ts prints before exiting with 1. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the environment. Without TELEGRAM_BOT_TOKEN the bot runs as a local chat, unless BOT_MODE
 * asks for Telegram. A bad value throws one ConfigError that names the variable and never repeats
 * its value (it may be the token or the secret). Empty values count as unset.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const mode = present.BOT_MODE ?? (present.TELEGRAM_BOT_TOKEN ? 'polling' : 'local');
  if (mode === 'local' && present.BOT_MODE !== undefined) throw new ConfigError('BOT_MODE: must be polling or webhook');
  if ((mode === 'polling' || mode === 'webhook') && !present.TELEGRAM_BOT_TOKEN) {
    throw new ConfigError(`TELEGRAM_BOT_TOKEN: is required when BOT_MODE is ${mode} (get one from @BotFather)`);
  }
  const result = envSchema.safeParse({ ...present, BOT_MODE: mode });
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = issue?.path.length ? issue.path.join('.') : 'BOT_MODE';
    throw new ConfigError(`${variable}: ${issue?.message ?? 'is invalid'}`);
  }
  return toConfig(result.data);
}
