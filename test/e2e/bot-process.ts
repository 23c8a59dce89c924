import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/load.js';
import { FakeBotApi } from './fake-bot-api.js';

export const TOKEN = '123456:E2E-TOKEN-abcdefghijklmnopqrstuvwxyz';

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts the real bot, `node --import tsx src/main.ts`, as its own process with only the given
 * environment (no .env from the developer's machine leaks in: dotenv does not override set values,
 * and every variable the bot reads is set or left out here).
 */
export function startBot(env: Record<string, string>, stdin: 'ignore' | 'pipe' = 'ignore'): BotProcess {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', TELEGRAM_BOT_TOKEN: TOKEN, LOG_LEVEL: 'debug', ...env },
    stdio: [stdin, 'pipe', 'pipe'],
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

/**
 * For a describe block: a fake Bot API and the real bot polling it, started before the tests
 * (`prepare` may queue faults first) and killed after them if still running.
 */
export function usePollingBot(prepare: (api: FakeBotApi) => void = () => {}) {
  const api = new FakeBotApi();
  const handle = { api, bot: undefined as unknown as BotProcess };
  beforeAll(async () => {
    const root = await api.start();
    prepare(api);
    handle.bot = startBot({ TELEGRAM_API_ROOT: root });
    await api.waitFor(() => api.calls.some((c) => c.method === 'getUpdates'), 15_000);
  }, 20_000);
  afterAll(async () => {
    handle.bot.child.kill('SIGKILL');
    await api.stop();
  });
  return handle;
}
