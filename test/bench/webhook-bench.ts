/**
 * `npm run bench:webhook`: the real bot in webhook mode against the loopback fake Bot API, driven by
 * realistic updates (questions, alarms, small talk, out of scope; 500 chats) at concurrency 50, and
 * the same load against a bare grammY bot. Prints throughput, latency, errors, memory and the ratio.
 * Loopback only; bounded in count and time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../../src/content/load.js';
import { freePort, TOKEN } from '../e2e/bot-process.js';
import { FakeBotApi } from '../e2e/fake-bot-api.js';

const UPDATES = Number(process.argv[2] ?? 5000);
const CONCURRENCY = 50;
const CHATS = 500;
const SECRET = 'bench-webhook-secret-123';

const messages = [
  ...readFileSync(`${PROJECT_ROOT}/test/eval/dev.jsonl`, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { q: string }).q),
  'hallo', 'dank je wel', 'wie ben jij?', 'hoe laat is het?', 'ik heb 39 graden koorts', 'ik bloed door mijn broek heen',
];

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error('bot did not start');
}

async function run(label: string, args: string[], extraEnv: Record<string, string>, path: string) {
  const api = new FakeBotApi();
  const root = await api.start();
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: root, WEBHOOK_SECRET: SECRET, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForPort(port);
  // Warm up, then measure.
  for (let i = 0; i < 50; i++) await post(port, path, i, 'hallo', 90_000 + i);
  const rssBefore = rssMb(child.pid);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < UPDATES) {
        const i = next++;
        const t = performance.now();
        const status = await post(port, path, 1000 + i, messages[i % messages.length] ?? 'hallo').catch(() => 0);
        latencies.push(performance.now() - t);
        if (status !== 200) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const rssAfter = rssMb(child.pid);
  const messagesPerUpdate = api.successful('sendMessage').filter((c) => Number(c.payload.chat_id) < 90_000).length / UPDATES;
  const answeredChats = new Set(api.successful('sendMessage').map((c) => Number(c.payload.chat_id)).filter((id) => id >= 10_000 && id < 10_000 + CHATS)).size;
  child.kill('SIGTERM');
  await api.stop();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const result = { label, throughput: UPDATES / seconds, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0, errors, rssBefore, rssAfter, answeredChats };
  console.log(
    `${label.padEnd(10)} ${result.throughput.toFixed(0)} updates/s, latency p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(1)} ms, errors ${errors}, chats answered ${answeredChats}/${CHATS}, messages sent per update ${messagesPerUpdate.toFixed(2)}, RSS ${rssBefore.toFixed(0)} MB -> ${rssAfter.toFixed(0)} MB`,
  );
  return result;
}

function post(port: number, path: string, updateId: number, text: string, chatId = 10_000 + (updateId % CHATS)): Promise<number> {
  const update = { update_id: updateId, message: { message_id: updateId, date: 0, chat: { id: chatId, type: 'private', first_name: 'X' }, from: { id: chatId, is_bot: false, first_name: 'X' }, text } };
  return fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body: JSON.stringify(update), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } }).then(async (r) => {
    await r.arrayBuffer();
    return r.status;
  });
}

console.log(`${UPDATES} updates, concurrency ${CONCURRENCY}, ${CHATS} chats, loopback fake Bot API`);
const ours = await run('vraagbaak', ['src/main.ts'], { BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bench.example.nl/hook' }, '/hook');
const bare = await run('bare', ['test/bench/bare-bot.ts'], {}, '/');
console.log(`throughput ratio (vraagbaak / bare grammY): ${(ours.throughput / bare.throughput).toFixed(2)}`);
