/**
 * `npm run eval -- FILE.jsonl`: runs the bot over an evaluation set (format of test/eval/dev.jsonl)
 * and prints the misses, a per-topic table, the confusions and the headline figures; for a set labelled
 * by topic (test/eval/fresh.jsonl) the share answered with a right topic, wrong, asked back, fallen back.
 */
import { readFileSync } from 'node:fs';
import { cacheDirFrom } from '../config.js';
import { loadCheckedContent } from '../content/check.js';
import { readCrisisCases, scoreCrisis } from '../eval/crisis.js';
import { scoreIntentSet, readIntentCases } from '../eval/intent-set.js';
import { readCases, replyFor } from '../eval/run.js';
import { scoreReplies } from '../eval/score.js';
import { createResponder } from '../reply/plan.js';

const file = process.argv[2] ?? 'test/eval/dev.jsonl';
const responder = createResponder(loadCheckedContent(), { cacheDir: cacheDirFrom(process.env.CACHE_DIR) });

// A set labelled by topic (test/eval/fresh.jsonl) has its own figures.
if (readFileSync(file, 'utf8').includes('"any_of"')) {
  const { figures, misses } = scoreIntentSet(responder, readIntentCases(file));
  for (const miss of misses) console.log(`miss ${miss.id} ${miss.q.replace(/\s+/g, ' ').slice(0, 90)} -> ${miss.got} (want ${miss.want.join('/') || 'fallback'})`);
  console.log(`\n${Object.entries(figures).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  process.exit(0);
}

const cases = readCases(file);
const report = scoreReplies(cases, cases.map((c) => replyFor(responder, c.q)));

for (const miss of report.misses) {
  console.log(`miss ${miss.id} [${miss.kind}/${miss.topic}] ${miss.q.replace(/\s+/g, ' ').slice(0, 90)} -> intent=${miss.intent} alarm=${miss.alarm}`);
}
console.log('\nper topic (ok/n):');
for (const row of report.topics) console.log(`  ${row.ok === row.n ? ' ' : '✗'} ${row.topic.padEnd(28)} ${row.ok}/${row.n}`);
if (report.confusions.length > 0) {
  console.log('\nconfusions (expected topic -> chosen intent):');
  for (const c of report.confusions) console.log(`  ${c.topic} -> ${c.chosen}${c.count > 1 ? ` (${c.count}x)` : ''}`);
}
const crisis = scoreCrisis(responder, readCrisisCases('test/eval/crisis.jsonl'), cases.map((c) => c.q));
for (const id of crisis.missed) console.log(`crisis missed: ${id}`);
for (const id of crisis.falseAlarms) console.log(`false crisis alarm: ${id}`);
console.log(`\ncrisis (test/eval/crisis.jsonl, false alarms also on ${file}): ${Object.entries(crisis.figures).map(([k, v]) => `${k}=${v}`).join(' ')}`);
console.log(`\n${Object.entries(report.figures).map(([k, v]) => `${k}=${v}`).join(' ')}`);
