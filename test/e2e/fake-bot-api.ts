import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  status: number;
}

interface Fault {
  status: number;
  body: Record<string, unknown>;
}

/**
 * A loopback stand-in for the Telegram Bot API: getMe, getUpdates (offset and long-poll timeout),
 * sendMessage and the other methods the bot calls. It records every call and can be told to fail
 * the next call of a method (429 with retry_after, 502, ...).
 */
export class FakeBotApi {
  readonly calls: RecordedCall[] = [];
  private server: Server | undefined;
  private updates: Record<string, unknown>[] = [];
  private waiting: (() => void)[] = [];
  private faults = new Map<string, Fault[]>();
  private messageId = 1;
  private delays = new Map<number, number>();
  /** Requests received and not yet answered, by method. */
  readonly pending = new Map<string, number>();

  private pendingChats = new Map<number, number>();

  /** sendMessage requests to this chat received and not yet answered. */
  pendingFor(chatId: number): number {
    return this.pendingChats.get(chatId) ?? 0;
  }

  /** Delays sendMessage to one chat, as if Telegram hung on it. */
  delaySendMessage(chatId: number, ms: number): void {
    this.delays.set(chatId, ms);
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const method = (request.url ?? '').split('/').pop() ?? '';
        if (this.resets.delete(method)) {
          this.calls.push({ method, payload: {}, status: 0 });
          request.socket.destroy();
          return;
        }
        let payload: Record<string, unknown> = {};
        try {
          payload = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
        } catch {
          payload = {};
        }
        this.pending.set(method, (this.pending.get(method) ?? 0) + 1);
        void this.answer(method, payload).then(({ status, body }) => {
          this.pending.set(method, (this.pending.get(method) ?? 1) - 1);
          this.calls.push({ method, payload, status });
          if (response.destroyed) return;
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const wake of this.waiting.splice(0)) wake();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Queues an update for getUpdates. */
  push(update: Record<string, unknown>): void {
    this.updates.push(update);
    for (const wake of this.waiting.splice(0)) wake();
  }

  private resets = new Set<string>();

  /** The next call of `method` has its connection reset before any answer. */
  resetNext(method: string): void {
    this.resets.add(method);
  }

  /** The next call of `method` fails with this status and Telegram-style body. */
  failNext(method: string, status: number, extra: Record<string, unknown> = {}): void {
    const list = this.faults.get(method) ?? [];
    list.push({ status, body: { ok: false, error_code: status, description: `fake ${status}`, ...extra } });
    this.faults.set(method, list);
  }

  successful(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  async waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > until) throw new Error('timed out waiting for the bot');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private async answer(method: string, payload: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const fault = this.faults.get(method)?.shift();
    if (fault) return { status: fault.status, body: fault.body };
    switch (method) {
      case 'getMe':
        return ok({ id: 42, is_bot: true, first_name: 'Vraagbaak', username: 'vraagbaak_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
      case 'getUpdates': {
        const offset = Number(payload.offset ?? 0);
        this.updates = this.updates.filter((u) => Number(u.update_id) >= offset);
        if (this.updates.length === 0) {
          // Long poll, capped so tests stay quick.
          const wait = Math.min(Number(payload.timeout ?? 0) * 1000, 500);
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, wait);
            this.waiting.push(() => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        return ok(this.updates.filter((u) => Number(u.update_id) >= offset));
      }
      case 'sendMessage':
      case 'editMessageText': {
        const chatId = Number(payload.chat_id);
        const delay = this.delays.get(chatId);
        this.pendingChats.set(chatId, this.pendingFor(chatId) + 1);
        if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
        this.pendingChats.set(chatId, this.pendingFor(chatId) - 1);
        return ok({ message_id: this.messageId++, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text });
      }
      default:
        return ok(true);
    }
  }
}

const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
