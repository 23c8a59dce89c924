import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** The HTTP status answered; 0 when the connection was reset instead. */
  status: number;
}

interface Fault {
  status: number;
  body: Record<string, unknown>;
}

const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });

/**
 * A loopback stand-in for the Telegram Bot API: getMe, getUpdates (offset and long-poll timeout),
 * sendMessage, editMessageText, answerCallbackQuery, setMyCommands, setWebhook, deleteWebhook. It
 * records every call once answered, and can fail the next call of a method (429 with retry_after,
 * 502, a reset connection) or hold the replies to one chat until released.
 */
export class FakeBotApi {
  readonly calls: RecordedCall[] = [];
  private server: Server | undefined;
  private updates: { update_id: number }[] = [];
  private waiting: (() => void)[] = [];
  private faults = new Map<string, Fault[]>();
  private resets = new Set<string>();
  private held = new Map<number, (() => void)[]>();
  private messageId = 1;

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
          // grammY sends JSON; anything else is recorded with an empty payload
        }
        void this.answer(method, payload).then(({ status, body }) => {
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
    for (const chatId of this.held.keys()) this.release(chatId);
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Queues an update for getUpdates. */
  push(update: { update_id: number }): void {
    this.updates.push(update);
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** The next call of `method` fails with this status and a Telegram-style body. */
  failNext(method: string, status: number, extra: Record<string, unknown> = {}): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), { status, body: { ok: false, error_code: status, description: `fake ${status}`, ...extra } }]);
  }

  /** The next call of `method` has its connection reset before any answer. */
  resetNext(method: string): void {
    this.resets.add(method);
  }

  /** Replies to this chat wait, as if Telegram hung on them, until released. */
  hold(chatId: number): void {
    this.held.set(chatId, []);
  }

  /** Requests held for this chat, waiting for an answer. */
  heldFor(chatId: number): number {
    return this.held.get(chatId)?.length ?? 0;
  }

  release(chatId: number): void {
    const waiting = this.held.get(chatId) ?? [];
    this.held.delete(chatId);
    for (const wake of waiting) wake();
  }

  successful(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  /** The texts sent to one chat, in order. */
  sentTo(chatId: number): string[] {
    return this.successful('sendMessage')
      .filter((c) => Number(c.payload.chat_id) === chatId)
      .map((c) => String(c.payload.text));
  }

  async waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > until) throw new Error('timed out waiting for the bot');
      await new Promise((resolve) => setTimeout(resolve, 20));
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
        // An offset confirms every update before it: Telegram forgets them.
        this.updates = this.updates.filter((u) => u.update_id >= offset);
        if (this.updates.length === 0 && Number(payload.timeout ?? 0) > 0) {
          // Long poll, capped so tests stay quick.
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(Number(payload.timeout) * 1000, 500));
            this.waiting.push(() => (clearTimeout(timer), resolve()));
          });
        }
        return ok(this.updates.slice(0, Number(payload.limit ?? 100)));
      }
      case 'sendMessage':
      case 'editMessageText': {
        const chatId = Number(payload.chat_id);
        const held = this.held.get(chatId);
        if (held) await new Promise<void>((resolve) => held.push(resolve));
        return ok({ message_id: this.messageId++, date: 0, chat: { id: chatId, type: 'private' }, text: payload.text });
      }
      default:
        return ok(true);
    }
  }
}
