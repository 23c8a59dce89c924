import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { checkContent, loadCheckedContent } from '../../src/content/check.js';
import { readContent, type Problem } from '../../src/content/load.js';
import { coverageProblems, sectionCoverage } from '../../src/content/summary.js';
import { createFixture, validIntent, validResponse, type Fixture } from './fixture.js';

let fixture: Fixture;
beforeEach(() => {
  fixture = createFixture();
});
afterEach(() => fixture.cleanup());

/** All problems the content check reports for the fixture as it stands. */
function problems(): Problem[] {
  const { content, problems: loadProblems } = readContent(fixture.root);
  return content ? [...loadProblems, ...checkContent(content)] : loadProblems;
}

describe('content check', () => {
  it('passes the valid fixture', () => {
    expect(problems()).toEqual([]);
  });

  it('reports a quote that is not verbatim in its source, naming file and field', () => {
    const response = validResponse();
    response.passages[0]!.quote = 'Foliumzuur helpt altijd tegen een open ruggetje.';
    fixture.write('responses/foliumzuur.yaml', response);
    expect(problems()).toEqual([expect.objectContaining({ file: 'responses/foliumzuur.yaml', field: 'passages.0.quote' })]);
  });

  it('reports a detector model that is missing or of another format, naming the file', () => {
    fixture.write('intents/crisis-model.json', JSON.stringify({ format: 'crisis-model/0', threshold: 0.3, bias: [0, 0, 0, 0], features: [], rows: [] }));
    expect(problems()).toEqual([expect.objectContaining({ file: 'intents/crisis-model.json' })]);
    fixture.write('intents/crisis-model.json', '{ half');
    expect(problems()).toEqual([expect.objectContaining({ file: 'intents/crisis-model.json' })]);
    fixture.write('intents/alarm-model.json', '[]');
    expect(problems()).toContainEqual(expect.objectContaining({ file: 'intents/alarm-model.json' }));
  });

  it('reports a section the source does not have', () => {
    const response = validResponse();
    response.passages[0]!.section = '9 Negende';
    fixture.write('responses/foliumzuur.yaml', response);
    expect(problems()).toEqual([expect.objectContaining({ field: 'passages.0.section' })]);
  });

  it('reports an unknown source', () => {
    const response = validResponse();
    response.passages[0]!.source = 'andere-bron';
    fixture.write('responses/foliumzuur.yaml', response);
    expect(problems()).toEqual([expect.objectContaining({ field: 'passages.0.source' })]);
  });

  it('reports a dangling response and related reference', () => {
    fixture.write('intents/foliumzuur.yaml', { ...validIntent(), response: 'bestaat-niet', related: ['ook-niet'] });
    expect(problems().map((p) => p.field)).toEqual(['response', 'related.0']);
  });

  it('reports a starting topic, or a topic withheld beside an alarm, that is not a topic', () => {
    const frame = load(readFileSync(join(fixture.root, 'responses', 'frame.yaml'), 'utf8')) as Record<string, unknown>;
    fixture.write('responses/frame.yaml', { ...frame, starterTopics: ['foliumzuur', 'bestaat-niet'], notBesideAlarm: ['ook-niet'] });
    expect(problems()).toEqual([
      expect.objectContaining({ file: 'responses/frame.yaml', field: 'starterTopics.1' }),
      expect.objectContaining({ file: 'responses/frame.yaml', field: 'notBesideAlarm.0' }),
    ]);
  });

  it('reports a duplicate intent id across files', () => {
    fixture.write('intents/tweede.yaml', { ...validIntent(), examples: validIntent().examples.map((e) => `${e} anders`) });
    expect(problems()).toEqual([expect.objectContaining({ file: 'intents/tweede.yaml', field: 'id' })]);
  });

  it('reports an example shared by two intents, even with other accents and case', () => {
    const examples = Array.from({ length: 9 }, (_, i) => `iets heel anders ${i}`);
    const other = { ...validIntent(), id: 'ander', examples: [...examples, 'VRAAG óver foliumzuur, nummer 0?'] };
    fixture.write('intents/ander.yaml', other);
    expect(problems()).toEqual([expect.objectContaining({ field: 'examples.0', message: expect.stringContaining('ander') })]);
  });

  it('reports a button label over 40 characters as a schema error', () => {
    fixture.write('intents/foliumzuur.yaml', { ...validIntent(), title: 'Een veel te lange knoptekst die niemand leest op een telefoon' });
    expect(problems()).toEqual([expect.objectContaining({ file: 'intents/foliumzuur.yaml', field: 'title' })]);
  });

  it('reports an intent with fewer than 10 examples', () => {
    fixture.write('intents/foliumzuur.yaml', { ...validIntent(), examples: ['een', 'twee'] });
    expect(problems()).toEqual([expect.objectContaining({ field: 'examples' })]);
  });

  it('reports an id whose callback data would exceed 64 bytes', () => {
    const id = Array.from({ length: 13 }, () => 'lang').join('-');
    fixture.write('intents/foliumzuur.yaml', { ...validIntent(), id });
    expect(problems()).toEqual([expect.objectContaining({ field: 'id', message: expect.stringContaining('64') })]);
  });

  it('reports a passage that would not fit in one Telegram message', () => {
    const long = `${'Dit is een zin. '.repeat(300)}`.trim();
    fixture.write('responses/sources/bron.txt', `${readSourceWith(long)}`);
    fixture.write('responses/foliumzuur.yaml', { ...validResponse(), passages: [{ source: 'test-bron', section: '2 Tweede', quote: long }] });
    expect(problems()).toEqual([expect.objectContaining({ field: 'passages.0', message: expect.stringContaining('4096') })]);
  });

  it('reports a YAML syntax error with the file name', () => {
    fixture.write('responses/foliumzuur.yaml', 'id: [niet gesloten');
    expect(problems()).toEqual([expect.objectContaining({ file: 'responses/foliumzuur.yaml' })]);
  });

  it('reports a section that is neither served nor excused', () => {
    const { content } = readContent(fixture.root);
    expect(coverageProblems(sectionCoverage(content!))).toEqual([expect.objectContaining({ field: 'test-bron.1 Eerste' })]);
  });

  it('does not count a passage held back for review as coverage', () => {
    const response = validResponse();
    fixture.write('responses/foliumzuur.yaml', { ...response, passages: [{ ...response.passages[0]!, review: { status: 'needs-review', note: 'check' } }] });
    const { content } = readContent(fixture.root);
    expect(sectionCoverage(content!).find((r) => r.section === '2 Tweede')?.responses).toEqual([]);
  });

  it('makes the bot refuse to start on broken content', () => {
    fixture.write('intents/foliumzuur.yaml', { ...validIntent(), response: 'bestaat-niet' });
    expect(() => loadCheckedContent(fixture.root)).toThrow(/bestaat-niet/);
  });
});

function readSourceWith(extra: string): string {
  return ['Inhoud', '1 Eerste', '2 Tweede', '', '1 Eerste', '', 'Een zin.', '', '2 Tweede', '', extra].join('\n');
}

describe('the project content', () => {
  it('loads and passes every check', () => {
    const { content, problems: loadProblems } = readContent();
    expect(loadProblems).toEqual([]);
    expect(checkContent(content!)).toEqual([]);
    expect(coverageProblems(sectionCoverage(content!))).toEqual([]);
  });
});
