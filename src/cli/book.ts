/**
 * `npm run book`: builds the content book, a self-contained HTML page for the practice to review what
 * the bot says and how well it understands patients, into book/ (git-ignored), and prints its path.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirFrom } from '../config.js';
import { buildBook } from '../book/build.js';
import { loadCheckedContent } from '../content/check.js';
import { PROJECT_ROOT } from '../content/load.js';
import { readCrisisCases, scoreCrisis } from '../eval/crisis.js';
import { readCases, replyFor } from '../eval/run.js';
import { scoreReplies } from '../eval/score.js';
import { createResponder } from '../reply/plan.js';

const started = performance.now();
const content = loadCheckedContent();
const responder = createResponder(content, { cacheDir: cacheDirFrom(process.env.CACHE_DIR) });
const file = 'test/eval/dev.jsonl';
const cases = readCases(join(PROJECT_ROOT, file));
const report = scoreReplies(cases, cases.map((c) => replyFor(responder, c.q)));
const crisis = scoreCrisis(responder, readCrisisCases(join(PROJECT_ROOT, 'test/eval/crisis.jsonl')), cases.map((c) => c.q)).figures;

const outDir = join(PROJECT_ROOT, 'book');
mkdirSync(outDir, { recursive: true });
const path = join(outDir, 'index.html');
writeFileSync(path, buildBook(content, { file, report, crisis }));
console.log(`${path} (${Math.round(performance.now() - started)} ms)`);
