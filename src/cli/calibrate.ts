/**
 * `npm run calibrate`: cross-validates the matcher on the intents' own examples and prints, for the
 * current thresholds and a small grid around them, how often it answers right, answers wrong, asks
 * back or falls back. Out-of-scope examples count as right when the bot falls back.
 */
import { loadCheckedContent } from '../content/check.js';
import { crossValidate, type HeldOut } from '../eval/cross-validate.js';
import { THRESHOLDS } from '../match/match.js';

const content = loadCheckedContent();

function summarize(results: HeldOut[]) {
  const topics = results.filter((r) => r.kind !== 'out-of-scope');
  const oos = results.filter((r) => r.kind === 'out-of-scope');
  const right = topics.filter((r) => r.answered === r.expected).length;
  const wrong = topics.filter((r) => r.answered !== null && r.answered !== r.expected).length + oos.filter((r) => r.answered !== null).length;
  const answered = topics.filter((r) => r.answered !== null).length + oos.filter((r) => r.answered !== null).length;
  const pct = (a: number, n: number) => (n ? ((100 * a) / n).toFixed(1) : 'n/a');
  return `right ${pct(right, topics.length)}% | wrong among answered ${pct(wrong, answered)}% | oos fallback ${pct(oos.filter((r) => r.answered === null).length, oos.length)}% | top-1 ${pct(topics.filter((r) => r.best === r.expected).length, topics.length)}%`;
}

console.log(`current ${JSON.stringify(THRESHOLDS)}\n  ${summarize(crossValidate(content))}`);
if (process.argv.includes('--grid')) {
  for (const answer of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    for (const minSupport of [0.15, 0.25, 0.35]) {
      const thresholds = { ...THRESHOLDS, answer, minSupport };
      console.log(`answer ${answer} minSupport ${minSupport}: ${summarize(crossValidate(content, 5, thresholds))}`);
    }
  }
}
const confused = new Map<string, number>();
for (const r of crossValidate(content)) if (r.answered && r.answered !== r.expected) confused.set(`${r.expected} -> ${r.answered}`, (confused.get(`${r.expected} -> ${r.answered}`) ?? 0) + 1);
console.log('\nmost confused (expected -> answered):');
for (const [pair, count] of [...confused].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pair} (${count}x)`);
