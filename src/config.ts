import { z } from 'zod';

/**
 * The environment, parsed once into a tagged union: polling needs only the token; webhook mode also
 * needs a public https URL (its path is the route) and a secret of at least 12 characters.
 */
const base = {
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'moet een token van @BotFather zijn (123456:ABC…)'),
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).default('https://api.telegram.org'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_SALT: z.string().min(16, 'moet minstens 16 tekens zijn').optional(),
};

const pollingSchema = z.object({ ...base, BOT_MODE: z.literal('polling') });
const webhookSchema = z.object({
  ...base,
  BOT_MODE: z.literal('webhook'),
  WEBHOOK_URL: z.url({ protocol: /^https$/, error: 'moet een publieke https-URL zijn' }),
  // Telegram allows 1-256 characters of A-Z, a-z, 0-9, _ and - in secret_token.
  WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{12,256}$/, 'moet 12 tot 256 tekens zijn: letters, cijfers, _ of -'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
});
const configSchema = z.discriminatedUnion('BOT_MODE', [pollingSchema, webhookSchema]);

export type Config = z.infer<typeof configSchema>;
export type WebhookConfig = z.infer<typeof webhookSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad value gives one error naming the variable, never its value. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse({ ...env, BOT_MODE: env.BOT_MODE || 'polling' });
  if (!result.success) {
    const issue = result.error.issues[0];
    const message = issue?.code === 'invalid_union' ? 'moet polling of webhook zijn' : (issue?.message ?? 'ongeldig');
    throw new ConfigError(`${issue?.path.join('.') || 'BOT_MODE'}: ${message}`, { cause: 'Invalid config' });
  }
  return result.data;
}
