import { afterEach, describe, expect, it } from 'vitest';
import { buildBook } from '../../src/book/build.js';
import { anchor } from '../../src/book/html.js';
import { loadCheckedContent } from '../../src/content/check.js';
import { reviewList } from '../../src/content/summary.js';
import { readContent } from '../../src/content/load.js';
import { createFixture, validResponse, type Fixture } from '../content/fixture.js';

const content = loadCheckedContent();
const page = buildBook(content);
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const text = decode(page);

describe('content book', () => {
  it('shows every intent with its id anchor and every example', () => {
    for (const intent of content.intents) {
      expect(page).toContain(`id="intent-${intent.id}"`);
      for (const example of intent.examples) expect(text).toContain(example);
    }
  });

  it('shows every passage of every response, and every needs-review item with its note', () => {
    for (const response of content.responses.values()) for (const passage of response.passages) expect(text).toContain(passage.quote.replace(/\s+/g, ' ').trim());
    for (const item of reviewList(content)) expect(text).toContain(item.note);
  });

  it('shows the frame texts', () => {
    for (const key of ['welcome', 'alarm', 'crisis', 'fallback', 'privacy'] as const) expect(text).toContain(content.frame.texts[key].text);
  });

  it('lists the starting topics and the topics held back after an escalation, each linked to its intent', () => {
    for (const id of [...content.frame.starterTopics, ...content.frame.notBesideAlarm]) expect(page).toContain(`href="#${anchor.intent(id)}"`);
    expect(text).toContain('Niet na een spoedbericht');
  });

  it('lists the subjects the folders say nothing about, with their words', () => {
    expect(text).toContain('Waar de folders niets over zeggen');
    for (const words of Object.values(content.lexicon.notCovered)) expect(text).toContain(words.join(', '));
  });

  it('resolves every link inside the page', () => {
    const ids = new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(100);
    expect(targets.filter((t) => !ids.has(t))).toEqual([]);
  });

  it('needs nothing from the network', () => {
    expect(page).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/);
  });
});

describe('escaping', () => {
  let fixture: Fixture;
  afterEach(() => fixture.cleanup());

  it('renders a quote with <, & and quotes as text', () => {
    fixture = createFixture();
    const tricky = 'Foliumzuur <b>helpt</b> & "zeker" \'vaak\' tegen een open ruggetje.';
    fixture.write('responses/sources/bron.txt', ['Inhoud', '1 Eerste', '2 Tweede', '', '1 Eerste', '', 'Een zin.', '', '2 Tweede', '', tricky].join('\n'));
    fixture.write('responses/foliumzuur.yaml', { ...validResponse(), passages: [{ source: 'test-bron', section: '2 Tweede', quote: tricky }] });
    const { content: small } = readContent(fixture.root);
    const book = buildBook(small!);
    expect(book).not.toContain('<b>helpt</b>');
    expect(book).toContain('Foliumzuur &lt;b&gt;helpt&lt;/b&gt; &amp; &quot;zeker&quot; &#39;vaak&#39;');
  });
});
