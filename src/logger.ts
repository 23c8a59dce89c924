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

/** A salted hash of a chat id: lets logs group one chat's updates without saying who it is. */
export function createChatHasher(salt: string = randomBytes(16).toString('hex')): (chatId: number | undefined) => string | undefined {
  return (chatId) => (chatId === undefined ? undefined : createHash('sha256').update(`${salt}:${chatId}`).digest('hex').slice(0, 16));
}
