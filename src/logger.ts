import { createHash, randomBytes } from 'node:crypto';
import { pino, type Logger } from 'pino';

/**
 * The process logger. Patients' messages are health data: callers log ids, intents, scores and
 * timings only, never text, captions, names or usernames. Chat ids are logged as salted hashes.
 */
export function createLogger(level = 'info'): Logger {
  // Readable lines for a person at a terminal in development; JSON everywhere else (production, tests, files).
  const pretty = process.stdout.isTTY === true && process.env.NODE_ENV !== 'production';
  return pino({
    level,
    base: undefined,
    redact: { paths: ['token', 'secret', '*.token', '*.secret'], remove: true },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
  });
}

/** A salted sha256 hash of a chat id: lets logs group one chat's updates without saying who it is. */
export function createChatHasher(salt: string = randomBytes(16).toString('hex')): (chatId: number | undefined) => string | undefined {
  return (chatId) => (chatId === undefined ? undefined : createHash('sha256').update(`${salt}:${chatId}`).digest('hex').slice(0, 16));
}

/**
 * The parts of an error that are safe to log. Never the error itself: grammY's errors carry the
 * request payload (a patient's reply text) and a network error's message holds the URL with the token.
 */
export function errorFields(error: unknown): { error?: string; method?: string; code?: number; description?: string } {
  if (typeof error !== 'object' || error === null) return { error: typeof error };
  const { name, error_code: code, description, message } = error as { name?: unknown; error_code?: unknown; description?: unknown; message?: unknown };
  // grammY's HttpError names the method only in its message ("Network request for 'getUpdates' failed!").
  const method = (error as { method?: unknown }).method ?? (typeof message === 'string' ? /^Network request for '(\w+)'/.exec(message)?.[1] : undefined);
  return {
    ...(typeof name === 'string' ? { error: name } : {}),
    ...(typeof method === 'string' ? { method } : {}),
    ...(typeof code === 'number' ? { code } : {}),
    ...(typeof description === 'string' ? { description: description.slice(0, 200) } : {}),
  };
}
