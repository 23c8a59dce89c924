import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT, type Content } from '../content/load.js';
import type { Analyzer } from '../text/analyze.js';
import { DEFAULT_TRAINING } from './classifier.js';
import { assembleIndex, buildIndex, trainIndex, type IntentIndex, type TrainedIndex } from './index.js';
import type { SparseWeights } from './postings.js';

/**
 * A disk cache for the trained index. Training takes most of start-up (stemming every example and
 * fitting the classifier); the result depends only on the content and on the matching code, so it is
 * stored under a key made of both and loaded as it is while neither changes. Any change, a missing
 * or unreadable file, or a folder that cannot be written simply means training again: the cache can
 * make start-up faster, never different. It holds content-derived numbers only, no patient text.
 */

/**
 * The code that decides what training produces: a change in any of these files is a new key. When
 * the code runs bundled (no source folders next to it), the running file itself stands in for them.
 */
function codeFiles(): string[] {
  const dirs = [join(PROJECT_ROOT, 'src/match'), join(PROJECT_ROOT, 'src/text')].filter((dir) => existsSync(dir));
  if (dirs.length === 0) return [fileURLToPath(import.meta.url)];
  return dirs.flatMap((dir) => readdirSync(dir).filter((name) => /\.(?:ts|js)$/.test(name)).sort().map((name) => join(dir, name)));
}
const FORMAT = 'intent-index/2';

/** The cache key: a hash of the format, the training options, the matching code and the content it learns from. */
export function indexKey(content: Content): string {
  const hash = createHash('sha256').update(FORMAT).update(JSON.stringify(DEFAULT_TRAINING));
  for (const file of codeFiles()) hash.update(file.slice(PROJECT_ROOT.length)).update(readFileSync(file));
  const responses = [...content.responses.values()].map((r) => [r.id, r.passages.map((p) => p.quote)]);
  hash.update(JSON.stringify({ intents: content.intents, lexicon: content.lexicon, responses }));
  return hash.digest('hex').slice(0, 32);
}

interface Layout {
  features: string[];
  docs: { intent: number; length: number; norm: number }[];
  centroids: { length: number; norm: number }[];
  classes: number;
}

/**
 * One file: a JSON header (lengths and names), then the numbers as raw arrays, each starting at a
 * multiple of 8 bytes: idf, vector values, bias (float64), classifier weights (float32), vector ids (int32).
 */
export function serializeIndex(trained: TrainedIndex): Buffer {
  const layout: Layout = {
    features: trained.features,
    docs: trained.docs.map((d) => ({ intent: d.intent, length: d.ids.length, norm: d.norm })),
    centroids: trained.centroids.map((c) => ({ length: c.ids.length, norm: c.norm })),
    classes: trained.classifier.classes,
  };
  const vectors = [...trained.docs, ...trained.centroids];
  const ids = new Int32Array(vectors.reduce((n, v) => n + v.ids.length, 0));
  const values = new Float64Array(ids.length);
  let at = 0;
  for (const v of vectors) {
    ids.set(v.ids, at);
    values.set(v.values, at);
    at += v.ids.length;
  }
  const header = Buffer.from(JSON.stringify(layout));
  const headerLength = Math.ceil((4 + header.length) / 8) * 8;
  const parts = [trained.idf, values, trained.classifier.bias, trained.classifier.weights];
  const start = Buffer.alloc(headerLength);
  start.writeUInt32LE(header.length, 0);
  header.copy(start, 4);
  const idBytes = Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength);
  const idPadding = Buffer.alloc((8 - (idBytes.length % 8)) % 8);
  const padded = (p: Float64Array | Float32Array) => {
    const bytes = Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    return [bytes, Buffer.alloc((8 - (bytes.length % 8)) % 8)];
  };
  return Buffer.concat([start, ...parts.flatMap(padded), idBytes, idPadding]);
}

export function deserializeIndex(file: Buffer): TrainedIndex {
  const headerLength = file.readUInt32LE(0);
  const layout = JSON.parse(file.subarray(4, 4 + headerLength).toString('utf8')) as Layout;
  // The typed arrays below are views on the file's own memory when it is a whole, aligned buffer of
  // its own (as readFileSync gives for a file this size); otherwise on an aligned copy. A view on a
  // shared pool could read past the end of a cut-short file instead of failing.
  const own = file.byteOffset === 0 && file.buffer.byteLength === file.length;
  const bytes = own ? file.buffer : new Uint8Array(file).buffer;
  let offset = Math.ceil((4 + headerLength) / 8) * 8;
  const float64 = (length: number) => {
    const array = new Float64Array(bytes, offset, length);
    offset += length * 8;
    return array;
  };
  const totalValues = [...layout.docs, ...layout.centroids].reduce((n, v) => n + v.length, 0);
  const idf = float64(layout.features.length);
  const values = float64(totalValues);
  const bias = float64(layout.classes);
  const weightCount = layout.features.length * layout.classes;
  const weights = new Float32Array(bytes, offset, weightCount);
  offset += Math.ceil((weightCount * 4) / 8) * 8;
  // A file cut short makes one of these views throw, and the caller trains instead.
  const ids = new Int32Array(bytes, offset, totalValues);
  let at = 0;
  const vector = (length: number, norm: number): SparseWeights => {
    const v = { ids: ids.subarray(at, at + length), values: values.subarray(at, at + length), norm };
    at += length;
    return v;
  };
  const docs = layout.docs.map((d) => ({ intent: d.intent, ...vector(d.length, d.norm) }));
  const centroids = layout.centroids.map((c) => vector(c.length, c.norm));
  return { features: layout.features, idf, docs, centroids, classifier: { classes: layout.classes, weights, bias } };
}

export interface LoadedIndex {
  index: IntentIndex;
  /** Whether the trained index came from the cache (false: trained now, and stored when possible). */
  fromCache: boolean;
}

/**
 * The index for this content: from `cacheDir` when a file with the current key is there, otherwise
 * trained and, when the folder can be written, stored for the next start. Without a folder it only trains.
 */
export function loadIndex(content: Content, analyzer: Analyzer, cacheDir?: string): LoadedIndex {
  if (!cacheDir) return { index: buildIndex(content, analyzer), fromCache: false };
  const path = join(cacheDir, `intent-index-${indexKey(content)}.bin`);
  let trained: TrainedIndex | undefined;
  try {
    trained = deserializeIndex(readFileSync(path));
    if (trained.classifier.classes !== content.intents.length) trained = undefined;
  } catch {
    trained = undefined;
  }
  if (trained) return { index: assembleIndex(content, analyzer, trained), fromCache: true };
  trained = trainIndex(content, analyzer);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename: a reader never sees half a file, and two processes starting at once both end well.
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, serializeIndex(trained));
    renameSync(temporary, path);
    // Indexes of earlier content are of no use any more.
    for (const name of readdirSync(cacheDir)) {
      if (/^intent-index-[0-9a-f]+\.bin$/.test(name) && join(cacheDir, name) !== path) rmSync(join(cacheDir, name), { force: true });
    }
  } catch {
    // A read-only folder only costs the next start its speed.
  }
  return { index: assembleIndex(content, analyzer, trained), fromCache: false };
}
