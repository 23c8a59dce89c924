import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Telegram re-sends an update it gets no answer for; past this the update is acknowledged and handled on. */
export const ANSWER_WITHIN_MS = 8_000;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookServer {
  server: Server;
  /** Stops taking requests and waits for the updates in flight. */
  close(): Promise<void>;
}

/** Compares the secret header in constant time; a missing or over-long header simply fails. */
function secretMatches(header: string | string[] | undefined, secret: Buffer): boolean {
  if (typeof header !== 'string' || header.length > 256) return false;
  const given = Buffer.from(header);
  // timingSafeEqual needs equal lengths; comparing against itself keeps the time independent of the secret.
  return given.length === secret.length ? timingSafeEqual(given, secret) : (timingSafeEqual(given, given), false);
}

function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * The webhook endpoint: POST to the route with the right secret header hands the update to the bot.
 * 401 for a wrong secret, 413 for a body over 1 MiB (not read whole), 400 for malformed JSON,
 * 404 elsewhere, 200 on GET /healthz. Logs carry status and timing, never bodies.
 */
export function createWebhookServer(options: {
  route: string;
  secret: string;
  logger: Logger;
  handleUpdate: (update: Update) => Promise<void>;
}): WebhookServer {
  const secret = Buffer.from(options.secret);
  const inFlight = new Set<Promise<void>>();

  const respond = (response: ServerResponse, status: number, started: number) => {
    if (!response.headersSent) {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: status === 413 ? 'close' : 'keep-alive' });
      response.end(status === 200 ? 'ok' : String(status));
    }
    options.logger.debug({ status, ms: Math.round(performance.now() - started) }, 'webhook request');
  };

  const server = createServer(async (request, response) => {
    const started = performance.now();
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' && path === '/healthz') return respond(response, 200, started);
    if (request.method !== 'POST' || path !== options.route) return respond(response, 404, started);
    if (!secretMatches(request.headers[SECRET_HEADER], secret)) return respond(response, 401, started);
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      request.resume();
      return respond(response, 413, started);
    }
    const body = await readBody(request).catch(() => undefined);
    if (body === undefined) return respond(response, 400, started);
    if (body === 'too-large') return respond(response, 413, started);
    let update: Update;
    try {
      update = JSON.parse(body.toString('utf8')) as Update;
      if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') throw new Error('not an update');
    } catch {
      return respond(response, 400, started);
    }
    const handling = options.handleUpdate(update).catch((error: unknown) => {
      options.logger.error({ update: update.update_id, error: (error as Error)?.name }, 'update failed');
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
    // Answer when the update is handled, or after ANSWER_WITHIN_MS while it goes on: a slow reply
    // to one chat must not make Telegram send the update again.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([handling, new Promise((resolve) => (timer = setTimeout(resolve, ANSWER_WITHIN_MS)))]);
    clearTimeout(timer);
    respond(response, 200, started);
  });

  return {
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await Promise.allSettled([...inFlight]);
    },
  };
}
