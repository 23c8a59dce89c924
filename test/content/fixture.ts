import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump as stringify, load } from 'js-yaml';
import { PROJECT_ROOT } from '../../src/content/load.js';
import type { SourceMeta } from '../../src/content/schema.js';

/** A small, valid content tree in a temporary folder; tests break one thing at a time. */
export const SOURCE_TEXT = [
  'Inhoud',
  '1 Eerste',
  '2 Tweede',
  '',
  '1 Eerste',
  '',
  'Een miskraam is verdrietig. Praat erover met je partner.',
  '',
  '2 Tweede',
  '',
  'Foliumzuur helpt tegen een open ruggetje. Het vermindert niet de kans op een miskraam.',
].join('\n');

/** The fixture's one source, as sources.yaml describes it. */
export const SOURCE_META: SourceMeta = {
  id: 'test-bron',
  file: 'bron.txt',
  title: 'Testbron',
  publisher: 'Test',
  year: 2020,
  label: 'Testbron (2020)',
  layout: 'paragraphs',
  skipUntil: '2 Tweede',
  sections: [{ name: '1 Eerste' }, { name: '2 Tweede' }],
};

export interface Fixture {
  root: string;
  write(path: string, data: unknown): void;
  cleanup(): void;
}

export const validResponse = () => ({
  id: 'foliumzuur',
  title: 'Foliumzuur',
  passages: [{ source: 'test-bron', section: '2 Tweede', quote: 'Foliumzuur helpt tegen een open ruggetje.' }],
});

export const validIntent = () => ({
  id: 'foliumzuur',
  title: 'Foliumzuur',
  category: 'Zwanger worden',
  response: 'foliumzuur',
  examples: Array.from({ length: 10 }, (_, i) => `vraag over foliumzuur nummer ${i}`),
});

export function createFixture(): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'vraagbaak-content-'));
  const write = (path: string, data: unknown) => {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, typeof data === 'string' ? data : stringify(data));
  };
  mkdirSync(join(root, 'responses', 'sources'), { recursive: true });
  mkdirSync(join(root, 'intents', 'lexicon'), { recursive: true });
  // The project's frame without its starting topics, which name the project's topics, not the fixture's.
  const frame = load(readFileSync(join(PROJECT_ROOT, 'responses', 'frame.yaml'), 'utf8')) as Record<string, unknown>;
  write('responses/frame.yaml', { ...frame, starterTopics: [], notBesideAlarm: [] });
  write('responses/sources/bron.txt', SOURCE_TEXT);
  write('responses/sources/sources.yaml', [SOURCE_META]);
  write('responses/foliumzuur.yaml', validResponse());
  write('intents/foliumzuur.yaml', validIntent());
  write('intents/lexicon/lexicon.yaml', { spelling: { foliezuur: 'foliumzuur' } });
  // The bot's own trained detector models: content, like the rest, that the bot needs to start.
  for (const model of ['crisis-model.json', 'alarm-model.json']) cpSync(join(PROJECT_ROOT, 'intents', model), join(root, 'intents', model));
  return { root, write, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
