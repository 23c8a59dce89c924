/**
 * `npm run bench:webhook [updates]`: the real bot in webhook mode against the loopback fake Bot API,
 * driven by realistic updates (questions, alarms, small talk, out of scope; 500 chats) at concurrency
 * 50, and the same load against a bare grammY bot: once answering with the fixed text "ok" (the
 * baseline of the ratio), once sending our bot's exact replies (so payload size can be told apart from
 * matching and middleware); and our bot once more with every reply plan looked up in a table instead of
 * worked out (test/bench/looked-up-bot.ts), which parts matching from the rest. Prints throughput,
 * latency, errors, memory, the CPU each bot process used per update, and the ratios. Loopback only; bounded in count and time.
 *
 * Kept fair, and run as in production: both bots are bundled with esbuild and run by plain node with
 * the flags of `npm start` (NODE_FLAGS below), with the same environment; both get the same
 * warm-up (500 updates of other messages, so both are measured with their code optimised) and the
 * same updates, and the bare bot sends as many messages per update as ours does
 * (rendered beforehand with our own renderPlan), so the fake API answers the same number of calls.
 * Load generator, fake API and bot share the machine's cores, so the throughput ratio moves with
 * anything else running; the CPU per update of each bot process does much less.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCheckedContent } from '../../src/content/check.js';
import { PROJECT_ROOT } from '../../src/content/load.js';
import { toKeyboard } from '../../src/bot/keyboard.js';
import { renderPlan } from '../../src/reply/messages.js';
import { createResponder } from '../../src/reply/plan.js';
import { freePort, TOKEN } from '../e2e/bot-process.js';
import { FakeBotApi } from '../e2e/fake-bot-api.js';

const UPDATES = Number(process.argv[2] ?? 5000);
const CONCURRENCY = 50;
// At most 10 updates per chat, so no chat reaches the rate limit (which would spare our bot work the bare bot does).
const CHATS = Math.max(500, Math.ceil(UPDATES / 10));
// JIT warm-up, the same for both bots, with other messages than the measured ones (so no per-text
// shortcut could profit): the first few hundred matches run unoptimised, at about three times the cost.
const WARM_UP = 500;
const SECRET = 'bench-webhook-secret-123';
/** The node flags `npm start` runs the bot with (package.json, config.nodeFlags). */
const NODE_FLAGS = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { config: { nodeFlags: string } }).config.nodeFlags.split(' ');

/** Bundles an entry point the way `npm run build` does, into `dir`; returns the file to run. */
async function bundle(entry: string, dir: string): Promise<string> {
  const outfile = join(dir, `${entry.replace(/[^a-z0-9]+/gi, '-')}.js`);
  await build({ entryPoints: [join(PROJECT_ROOT, entry)], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'warning' });
  return outfile;
}

const messages = [
  ...readFileSync(`${PROJECT_ROOT}/test/eval/dev.jsonl`, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { q: string }).q),
  'hallo', 'dank je wel', 'wie ben jij?', 'hoe laat is het?', 'ik heb 39 graden koorts', 'ik bloed door mijn broek heen',
];

const warmUpMessages = readFileSync(`${PROJECT_ROOT}/test/eval/holdout.jsonl`, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { q: string }).q);

/** The messages our bot sends for each text (text and keyboard), for the bare bot to send as many. */
function repliesFile(dir: string): string {
  const responder = createResponder(loadCheckedContent());
  const replies = Object.fromEntries(
    messages.map((text) => [text, renderPlan(responder.respond(text), responder.content.frame).map((m) => ({ text: m.text, reply_markup: toKeyboard(m.buttons) }))]),
  );
  const file = join(dir, 'replies.json');
  writeFileSync(file, JSON.stringify(replies));
  return file;
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** CPU time (user + system, all threads) a process has used, in ms. */
function cpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time the whole machine has been busy, in ms (to see whether something else ran meanwhile). */
function machineBusyMs(): number {
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  return (user + nice + system + irq + softirq) * 10;
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
  const child: ChildProcess = spawn(process.execPath, [...NODE_FLAGS, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: root, WEBHOOK_SECRET: SECRET, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForPort(port);
  // Warm up, then measure.
  for (let i = 0; i < WARM_UP; i++) await post(port, path, i, warmUpMessages[i % warmUpMessages.length] ?? 'hallo', 90_000 + i);
  const rssBefore = rssMb(child.pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(child.pid))), 100);
  const [botCpuBefore, selfCpuBefore, machineBefore] = [cpuMs(child.pid), process.cpuUsage(), machineBusyMs()];
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
  clearInterval(sampler);
  const botCpu = cpuMs(child.pid) - botCpuBefore;
  const selfCpu = process.cpuUsage(selfCpuBefore);
  const otherCpu = machineBusyMs() - machineBefore - botCpu - (selfCpu.user + selfCpu.system) / 1000;
  const rssAfter = rssMb(child.pid);
  const sent = api.successful('sendMessage').filter((c) => Number(c.payload.chat_id) < 90_000);
  const answeredChats = new Set(sent.map((c) => Number(c.payload.chat_id)).filter((id) => id >= 10_000 && id < 10_000 + CHATS)).size;
  child.kill('SIGTERM');
  await api.stop();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const result = { throughput: UPDATES / seconds, cpuPerUpdate: botCpu / UPDATES, otherCores: otherCpu / 1000 / seconds };
  console.log(
    `${label.padEnd(10)} ${result.throughput.toFixed(0)} updates/s, latency p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${(latencies.at(-1) ?? 0).toFixed(1)} ms, errors ${errors}, chats answered ${answeredChats}/${CHATS}, messages sent per update ${(sent.length / UPDATES).toFixed(2)}, bot CPU ${result.cpuPerUpdate.toFixed(2)} ms per update, RSS ${rssBefore.toFixed(0)} MB -> ${rssAfter.toFixed(0)} MB (peak ${rssPeak.toFixed(0)} MB)`,
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

const dir = mkdtempSync(join(tmpdir(), 'bench-webhook-'));
try {
  const replies = repliesFile(dir);
  console.log(`${UPDATES} updates, concurrency ${CONCURRENCY}, ${CHATS} chats, loopback fake Bot API`);
  // Bundled into the project (dist/bench), so the bundle finds the content and node_modules as dist/main.js does.
  const bundles = join(PROJECT_ROOT, 'dist', 'bench');
  const [oursFile, bareFile, lookedUpFile] = [await bundle('src/main.ts', bundles), await bundle('test/bench/bare-bot.ts', bundles), await bundle('test/bench/looked-up-bot.ts', bundles)];
  const webhookEnv = { BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bench.example.nl/hook' };
  const ours = await run('vraagbaak', [oursFile], webhookEnv, '/hook');
  const messagesFile = join(dir, 'messages.json');
  writeFileSync(messagesFile, JSON.stringify(messages));
  const lookedUp = await run('looked-up', [lookedUpFile], { ...webhookEnv, BENCH_MESSAGES: messagesFile }, '/hook');
  const bare = await run('bare', [bareFile], { BENCH_REPLIES: replies }, '/');
  const sameReplies = await run('bare+text', [bareFile], { BENCH_REPLIES: replies, BENCH_SAME_REPLIES: '1' }, '/');
  console.log(`throughput ratio (vraagbaak / bare grammY): ${(ours.throughput / bare.throughput).toFixed(2)}; CPU per update ratio (bare / vraagbaak): ${(bare.cpuPerUpdate / ours.cpuPerUpdate).toFixed(2)}`);
  console.log(
    `against the bare bot sending our exact replies (same payloads, so what is left is matching and middleware): throughput ratio ${(ours.throughput / sameReplies.throughput).toFixed(2)}, CPU per update ratio ${(sameReplies.cpuPerUpdate / ours.cpuPerUpdate).toFixed(2)}`,
  );
  console.log(
    `our bot with each reply plan looked up instead of worked out (test/bench/looked-up-bot.ts): throughput ratio to the bare bot ${(lookedUp.throughput / bare.throughput).toFixed(2)}; matching and the safety detectors cost ${(ours.cpuPerUpdate - lookedUp.cpuPerUpdate).toFixed(2)} ms CPU per update under this load, our other parts ${(lookedUp.cpuPerUpdate - sameReplies.cpuPerUpdate).toFixed(2)} ms beyond the bare bot sending the same replies`,
  );
  const busy = Math.max(ours.otherCores, lookedUp.otherCores, bare.otherCores, sameReplies.otherCores);
  if (busy > 0.1) console.log(`note: other processes used ${(busy * 100).toFixed(0)}% of a core during a run; the throughput figures are not reliable, run again on a quiet machine`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
