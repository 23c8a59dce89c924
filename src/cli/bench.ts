/**
 * `npm run bench`: start-up time (load and index content), per-message latency p50 / p99 / max over
 * 10,000+ messages, resident memory; and in the same run the naive anchor (fuse.js over the brochure
 * paragraphs), as a ratio. Figures only: no pass or fail here.
 */
import Fuse from 'fuse.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadCheckedContent } from '../content/check.js';
import { PROJECT_ROOT } from '../content/load.js';
import { readCases } from '../eval/run.js';
import { renderPlan } from '../reply/messages.js';
import { createResponder } from '../reply/plan.js';

const COUNT = Number(process.argv[2] ?? 10_000);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * One start-up in a new process (its own cold JIT, as at a real start), with the given cache folder:
 * the same runtime as this bench (built JavaScript under `npm run bench`, tsx when run from source).
 */
const startUpScript = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './start-up-time.ts' : './start-up-time.js', import.meta.url));
function startUp(cacheDir: string): { loadMs: number; indexMs: number; fromCache: boolean } {
  const output = execFileSync(process.execPath, [...process.execArgv, startUpScript, cacheDir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return JSON.parse(output) as { loadMs: number; indexMs: number; fromCache: boolean };
}
const cacheDir = mkdtempSync(join(tmpdir(), 'vraagbaak-bench-'));
const cold = startUp(cacheDir);
const warm = startUp(cacheDir);
rmSync(cacheDir, { recursive: true, force: true });

const content = loadCheckedContent();
const responder = createResponder(content);

// Realistic messages: the dev set and the intents' examples, with deterministic typos and case changes
// so that caches do not hide the real cost.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const base = [...readCases('test/eval/dev.jsonl').map((c) => c.q), ...content.intents.flatMap((i) => i.examples)];
const messages = Array.from({ length: COUNT }, (_, i) => {
  const text = base[i % base.length] ?? '';
  const chars = [...text];
  const at = Math.floor(random() * chars.length);
  if (chars.length > 4 && random() < 0.7) chars.splice(at, 1, String.fromCharCode(97 + Math.floor(random() * 26)));
  return random() < 0.2 ? chars.join('').toUpperCase() : chars.join('');
});

function measure(run: (message: string) => void): { p50: number; p99: number; max: number; total: number } {
  const times: number[] = [];
  const start = performance.now();
  for (const message of messages) {
    const t = performance.now();
    run(message);
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: times[times.length - 1] ?? 0, total };
}

// Warm up the JIT a little so the first hundred messages do not dominate p99.
for (const message of messages.slice(0, 200)) responder.respond(message);
const ours = measure((message) => renderPlan(responder.respond(message), content.frame));
const { rss: rssOurs, heapUsed } = process.memoryUsage();

// Odd input: each case ten times, the slowest run counts.
const story = base.join(' ');
const oddInputs: [string, string][] = [
  ['4,096 characters of patient text', story.slice(0, 4096)],
  ['10,000 characters of patient text', story.slice(0, 10_000)],
  ['10,000 x "a"', 'a'.repeat(10_000)],
  ['4,096 emoji and zero-width characters', '😢\u200b'.repeat(1365)],
  ['right-to-left text', 'مرحبا كيف حالك '.repeat(250)],
  ['HTML and Markdown', '<b>koorts</b> *vet* [link](https://example.com) '.repeat(80)],
];
const odd = oddInputs.map(([label, text]) => {
  let worst = 0;
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    renderPlan(responder.respond(text), content.frame);
    worst = Math.max(worst, performance.now() - t);
  }
  return `${label} ${worst.toFixed(2)} ms`;
});

const paragraphs = [...content.sources.values()].flatMap((s) => s.text.split('\n').filter((p) => p.length > 40));
const naive = new Fuse(paragraphs, { ignoreLocation: true, threshold: 0.6, includeScore: true });
const anchorMessages = messages.slice(0, Math.min(1000, messages.length));
const anchorStart = performance.now();
for (const message of anchorMessages) naive.search(message, { limit: 1 });
const anchorPerMessage = (performance.now() - anchorStart) / anchorMessages.length;

const ms = (value: number) => `${value.toFixed(3)} ms`;
const startUpLine = (label: string, s: typeof cold) =>
  `start-up, ${label}: load ${ms(s.loadMs)}, index ${ms(s.indexMs)}${s.fromCache ? ' (from cache)' : ' (trained)'}, total ${ms(s.loadMs + s.indexMs)}`;
console.log(`${startUpLine('first start after a content change', cold)} (${content.intents.length} intents, ${content.intents.reduce((n, i) => n + i.examples.length, 0)} examples)`);
console.log(startUpLine('every later start', warm));
console.log(`messages: ${COUNT}, total ${ms(ours.total)}, p50 ${ms(ours.p50)}, p99 ${ms(ours.p99)}, max ${ms(ours.max)}`);
console.log(`odd input, slowest of 10 runs: ${odd.join('; ')}`);
const runtime = import.meta.url.endsWith('.ts') ? 'run from source with tsx' : `built code, node ${process.execArgv.join(' ')}`;
console.log(`memory after the messages: resident ${mb(rssOurs)} (this whole process, ${runtime}), JS heap in use ${mb(heapUsed)}`);
console.log(`naive anchor (fuse.js over ${paragraphs.length} brochure paragraphs, ${anchorMessages.length} messages): ${ms(anchorPerMessage)} per message`);
console.log(`ratio: ours is ${(anchorPerMessage / (ours.total / COUNT)).toFixed(1)}x faster per message than the naive anchor`);
