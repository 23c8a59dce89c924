/**
 * A control for `npm run bench:webhook`: our bot as `npm start` runs it in webhook mode (configuration,
 * middleware, rate limit, webhook server, retries), except that the reply plan of each bench message is
 * looked up in a table the real responder made at start-up instead of being worked out per update. So
 * our bot minus this one is what matching and the two safety detectors cost under load, and this one
 * minus the bare bot is what our other parts cost. For the bench only: a table of patients' texts is no
 * cache a real bot may keep (README, Privacy). BENCH_MESSAGES names a JSON file of the texts.
 */
import { readFileSync } from 'node:fs';
import { runTelegram } from '../../src/bot/run.js';
import { loadConfig } from '../../src/config.js';
import { loadCheckedContent } from '../../src/content/check.js';
import { createResponder } from '../../src/reply/plan.js';

const config = loadConfig(process.env);
if (config.mode === 'local') throw new Error('the control runs with a token, in webhook mode');
const real = createResponder(loadCheckedContent(), { cacheDir: config.cacheDir });
const texts = JSON.parse(readFileSync(process.env.BENCH_MESSAGES ?? '', 'utf8')) as string[];
const plans = new Map(texts.map((text) => [text, real.respond(text)]));
await runTelegram(config, { ...real, respond: (text) => plans.get(text) ?? real.respond(text) });
