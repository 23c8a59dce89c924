import { z } from 'zod';

/**
 * The environment, parsed once. Polling needs only the token; webhook mode is not built yet
 * (issue 4) and is refused with a clear message rather than half-started.
 */
const base = {
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'moet een token van @BotFather zijn (123456:ABC…)'),
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).default('https://api.telegram.org'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_SALT: z.string().min(16).optional(),
};

const configSchema = z.object({ ...base, BOT_MODE: z.literal('polling').default('polling') });
export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad value gives one error naming the variable, never its value. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  if (env.BOT_MODE === 'webhook') throw new ConfigError('BOT_MODE: webhook wordt nog niet ondersteund; gebruik polling (de standaard)');
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`${issue?.path.join('.') ?? 'config'}: ${issue?.message ?? 'ongeldig'}`);
  }
  return result.data;
}
