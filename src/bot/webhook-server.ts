import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { errorFields } from '../logger.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Telegram re-sends an update it gets no answer for; past this the update is acknowledged and handled on. */
export const ANSWER_WITHIN_MS = 8_000;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookServerOptions {
  /** The path of WEBHOOK_URL. */
  route: string;
  secret: string;
  logger: Logger;
  handleUpdate: (update: Update) => Promise<void>;
}

export interface WebhookServer {
  server: Server;
  /** Stops taking requests and waits up to `drainMs` for those in flight. */
  close(drainMs: number): Promise<void>;
}

/** Compares the secret header in constant time; a missing or over-long header simply fails. */
function secretMatches(header: string | string[] | undefined, secret: Buffer): boolean {
  if (typeof header !== 'string' || header.length > 256) return false;
  const given = Buffer.from(header);
  // timingSafeEqual needs equal lengths; comparing against itself keeps the time independent of the secret.
  return given.length === secret.length ? timingSafeEqual(given, secret) : (timingSafeEqual(given, given), false);
}

/** Reads the body up to MAX_BODY_BYTES; past that it stops reading and gives 'too-large'. */
function readBody(request: IncomingMessage): Promise<Buffer | 'too-large' | 'broken'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      request.off('data', onData);
      request.pause();
      resolve('too-large');
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', () => resolve('broken'));
  });
}

function parseUpdate(body: Buffer): Update | undefined {
  try {
    const update = JSON.parse(body.toString('utf8')) as unknown;
    if (typeof update === 'object' && update !== null && Number.isSafeInteger((update as Update).update_id)) return update as Update;
  } catch {
    // malformed JSON: a 400 below
  }
  return undefined;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Resolves when `task` settles or after `ms`, whichever comes first. The timer is cleared with the
 * task: left running, every update would hold one for ANSWER_WITHIN_MS, thousands of them under load.
 */
export function settledOrAfter(task: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms).unref()));
  return Promise.race([task, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The webhook endpoint: POST to the route with the right secret header hands the update to the bot.
 * 401 for a missing or wrong secret, 413 for a body over 1 MiB (not read further), 400 for malformed
 * JSON, 404 elsewhere, 200 on GET /healthz. Logs carry status and timing, never bodies or headers.
 */
export function createWebhookServer({ route, secret, logger, handleUpdate }: WebhookServerOptions): WebhookServer {
  const secretBytes = Buffer.from(secret);
  const inFlight = new Set<Promise<void>>();

  const respond = (response: ServerResponse, status: number, started: number) => {
    if (response.headersSent) return;
    const body = status === 200 ? 'ok' : String(status);
    // A content-length, so the answer is one write rather than chunked. After a refusal the rest of
    // the body is not read (node would otherwise drain it): close the connection.
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length, ...(status === 200 ? {} : { connection: 'close' }) });
    response.end(body);
    // Checked first: at the usual levels nothing is built for a line that is not written.
    if (logger.isLevelEnabled('debug')) logger.debug({ status, ms: Math.round(performance.now() - started) }, 'webhook request');
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' && path === '/healthz') return respond(response, 200, started);
    if (request.method !== 'POST' || path !== route) return respond(response, 404, started);
    if (!secretMatches(request.headers[SECRET_HEADER], secretBytes)) return respond(response, 401, started);
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return respond(response, 413, started);
    const body = await readBody(request);
    if (body === 'broken') return;
    if (body === 'too-large') return respond(response, 413, started);
    const update = parseUpdate(body);
    if (!update) return respond(response, 400, started);
    const handling = handleUpdate(update).catch((error: unknown) => {
      // grammY wraps a middleware error in a BotError; its cause says what failed.
      logger.error({ update: update.update_id, ...errorFields((error as { error?: unknown } | null)?.error ?? error) }, 'update failed');
    });
    // Answer when the update is handled, or after ANSWER_WITHIN_MS while it goes on: a slow reply
    // to one chat must not make Telegram send the update again.
    await settledOrAfter(handling, ANSWER_WITHIN_MS);
    respond(response, 200, started);
    await handling;
  }

  const server = createServer((request, response) => {
    const task = handle(request, response);
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  });

  return {
    server,
    async close(drainMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = delay(drainMs);
      await Promise.race([Promise.allSettled([...inFlight]), deadline]);
      // Connections whose request just finished are idle now; anything still open after the deadline is cut.
      server.closeIdleConnections();
      await Promise.race([closed, deadline]);
      server.closeAllConnections();
    },
  };
}
