import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/load.js';
import { FakeBotApi } from './fake-bot-api.js';

export const TOKEN = '123456:E2E-TOKEN-abcdefghijklmnopqrstuvwxyz';

/** Starts the real bot (`src/main.ts`) as its own process and collects everything it writes. */
export function startBot(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', TELEGRAM_BOT_TOKEN: TOKEN, LOG_LEVEL: 'debug', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

let updateId = 5000;
export function textUpdate(text: string, chatId = 901): Record<string, unknown> {
  updateId++;
  return {
    update_id: updateId,
    message: { message_id: updateId, date: 0, chat: { id: chatId, type: 'private', first_name: 'CanaryName' }, from: { id: chatId, is_bot: false, first_name: 'CanaryName', username: 'canary_username' }, text },
  };
}

/**
 * For a describe block: a fake Bot API and the real bot polling it, started before the tests
 * (`prepare` may queue faults first) and killed after them.
 */
export function usePollingBot(prepare: (api: FakeBotApi) => void = () => {}) {
  const api = new FakeBotApi();
  const handle = { api, bot: undefined as unknown as ReturnType<typeof startBot> };
  beforeAll(async () => {
    const root = await api.start();
    prepare(api);
    handle.bot = startBot({ TELEGRAM_API_ROOT: root });
    await api.waitFor(() => api.calls.some((c) => c.method === 'getUpdates'), 20_000);
  }, 30_000);
  afterAll(async () => {
    handle.bot.child.kill('SIGKILL');
    await api.stop();
  });
  return handle;
}

/** The successful sendMessage calls to one chat. */
export const sentTo = (api: FakeBotApi, chatId: number) => api.successful('sendMessage').filter((c) => Number(c.payload.chat_id) === chatId);
