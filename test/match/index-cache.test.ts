import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content/check.js';
import { deserializeIndex, indexKey, loadIndex, serializeIndex } from '../../src/match/index-cache.js';
import { trainIndex } from '../../src/match/index.js';
import { scoreIntents } from '../../src/match/score.js';
import { createAnalyzer } from '../../src/text/analyze.js';

const content = loadCheckedContent();
const analyzer = createAnalyzer(content.lexicon);
const messages = ['hoe groot is de kans dat het weer mis gaat', 'wat is een curettage', 'mag ik sushi eten', 'ik heb koorts', 'hallo'];
const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vraagbaak-cache-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('index cache', () => {
  const trained = trainIndex(content, analyzer);

  it('gives back exactly what it stored', () => {
    const loaded = deserializeIndex(serializeIndex(trained));
    expect(loaded.features).toEqual(trained.features);
    // Byte for byte: the loaded model must score exactly like the trained one.
    const bytes = (a: Float64Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(bytes(loaded.idf).equals(bytes(trained.idf))).toBe(true);
    expect(bytes(loaded.classifier.weights).equals(bytes(trained.classifier.weights))).toBe(true);
    expect(bytes(loaded.classifier.bias).equals(bytes(trained.classifier.bias))).toBe(true);
    expect(loaded.docs.map((d) => [d.intent, [...d.ids], [...d.values], d.norm])).toEqual(trained.docs.map((d) => [d.intent, [...d.ids], [...d.values], d.norm]));
    expect(loaded.centroids.map((c) => [[...c.ids], [...c.values], c.norm])).toEqual(trained.centroids.map((c) => [[...c.ids], [...c.values], c.norm]));
  });

  it('trains and stores on the first start, loads on the next, and scores the same', () => {
    const dir = freshDir();
    const first = loadIndex(content, analyzer, dir);
    expect(first.fromCache).toBe(false);
    expect(readdirSync(dir)).toEqual([`intent-index-${indexKey(content)}.bin`]);
    const second = loadIndex(content, analyzer, dir);
    expect(second.fromCache).toBe(true);
    for (const message of messages) expect(scoreIntents(second.index, message)).toEqual(scoreIntents(first.index, message));
  });

  it('trains again when the file is damaged, and repairs it', () => {
    const dir = freshDir();
    loadIndex(content, analyzer, dir);
    const [name = ''] = readdirSync(dir);
    const file = readFileSync(join(dir, name));
    writeFileSync(join(dir, name), file.subarray(0, file.length / 2));
    const damaged = loadIndex(content, analyzer, dir);
    expect(damaged.fromCache).toBe(false);
    expect(scoreIntents(damaged.index, messages[0] ?? '')[0]?.score).toBeGreaterThan(0);
    expect(loadIndex(content, analyzer, dir).fromCache).toBe(true);
  });

  it('uses a new key when the content changes, and drops the old file', () => {
    const dir = freshDir();
    loadIndex(content, analyzer, dir);
    const changed = { ...content, intents: content.intents.map((intent, i) => (i === 0 ? { ...intent, examples: [...intent.examples, 'een nieuw voorbeeld'] } : intent)) };
    expect(indexKey(changed)).not.toBe(indexKey(content));
    expect(loadIndex(changed, analyzer, dir).fromCache).toBe(false);
    expect(readdirSync(dir)).toEqual([`intent-index-${indexKey(changed)}.bin`]);
  });

  it('only trains when the folder cannot be written', () => {
    const blocker = join(freshDir(), 'a-file');
    writeFileSync(blocker, '');
    const result = loadIndex(content, analyzer, join(blocker, 'cache'));
    expect(result.fromCache).toBe(false);
    expect(scoreIntents(result.index, messages[1] ?? '')[0]?.score).toBeGreaterThan(0);
  });
});
