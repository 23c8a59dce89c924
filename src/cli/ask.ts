/**
 * `npm run ask -- "vraag"`: prints the reply a patient would read.
 * `npm run --silent ask -- --jsonl`: one message per stdin line in, one JSON line out
 * ({question, intent, confidence, alarm, answer}), the contract of the evaluation scorer.
 */
import { createInterface } from 'node:readline';
import { cacheDirFrom } from '../config.js';
import { loadCheckedContent } from '../content/check.js';
import { createResponder } from '../reply/plan.js';
import { renderPlan } from '../reply/messages.js';
import { plainText } from '../reply/plain-text.js';
import { formatForTerminal } from './terminal-format.js';

const responder = createResponder(loadCheckedContent(), { cacheDir: cacheDirFrom(process.env.CACHE_DIR) });
const args = process.argv.slice(2);

if (args.includes('--jsonl')) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const question of lines) {
    const plan = responder.respond(question);
    const answer = plainText(renderPlan(plan, responder.content.frame));
    process.stdout.write(`${JSON.stringify({ question, intent: plan.intent, confidence: plan.confidence, alarm: plan.alarm.alarm, answer })}\n`);
  }
} else {
  const question = args.join(' ');
  if (!question.trim()) {
    console.error('Gebruik: npm run ask -- "je vraag"');
    process.exit(2);
  }
  const plan = responder.respond(question);
  console.log(formatForTerminal(renderPlan(plan, responder.content.frame)).text);
  console.error(`[intent=${plan.intent ?? '-'} outcome=${plan.outcome} confidence=${plan.confidence} alarm=${plan.alarm.signs.join(',') || '-'}]`);
}
