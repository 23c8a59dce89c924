/**
 * Measures one start-up in this (fresh) process: loading and checking the content, then the index,
 * trained or from the cache folder given as the first argument. Prints one JSON line. Used by
 * `npm run bench`, which runs it twice in new processes: once on an empty cache, once on a filled one.
 */
import { performance } from 'node:perf_hooks';
import { loadCheckedContent } from '../content/check.js';
import { createResponder } from '../reply/plan.js';

const started = performance.now();
const content = loadCheckedContent();
const loaded = performance.now();
const responder = createResponder(content, { cacheDir: process.argv[2] });
const indexed = performance.now();
process.stdout.write(`${JSON.stringify({ loadMs: loaded - started, indexMs: indexed - loaded, fromCache: responder.indexFromCache })}\n`);
