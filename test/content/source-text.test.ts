import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWhitespace, locateQuote, parseSource, SourceTextError, toParagraphs } from '../../src/content/source-text.js';
import { SOURCE_META, SOURCE_TEXT } from './fixture.js';

const meta = SOURCE_META;

describe('foldWhitespace', () => {
  it('turns every run of whitespace into one space and trims, exactly like replace(/\\s+/g, " ").trim()', () => {
    const whitespace = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', ' \n ');
    const text = fc.array(fc.oneof(fc.string({ maxLength: 8 }), whitespace), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (value) => foldWhitespace(value) === value.replace(/\s+/g, ' ').trim()), { numRuns: 2000 });
    expect(foldWhitespace(' Een\u00a0zin,\n\n  nog  een. ')).toBe('Een zin, nog een.');
  });
});

describe('toParagraphs', () => {
  it('joins wrapped PDF lines and breaks paragraphs at lines holding only a space', () => {
    const raw = 'Kop \n\nEen zin die \n\nverder gaat. \n\n \n\n• Punt een \n\n• Punt twee \n\n';
    expect(toParagraphs(raw, 'pdf-lines')).toBe('Kop Een zin die verder gaat.\n• Punt een\n• Punt twee');
  });

  it('keeps one paragraph a line for plain text and folds inner whitespace', () => {
    expect(toParagraphs('Een  zin.\n\nNog\teen.', 'paragraphs')).toBe('Een zin.\nNog een.');
  });
});

describe('parseSource', () => {
  it('finds sections after the table of contents', () => {
    const source = parseSource(meta, SOURCE_TEXT);
    expect(source.sections.map((s) => s.name)).toEqual(['1 Eerste', '2 Tweede']);
    const first = source.sections[0]!;
    expect(source.text.slice(first.start, first.end).trim()).toBe('Een miskraam is verdrietig. Praat erover met je partner.');
  });

  it('fails on a heading the text does not have', () => {
    expect(() => parseSource({ ...meta, sections: [{ name: '3 Derde' }] }, SOURCE_TEXT)).toThrow(SourceTextError);
  });
});

describe('locateQuote', () => {
  const source = parseSource(meta, SOURCE_TEXT);

  it('accepts whole sentences, whatever the whitespace', () => {
    expect(locateQuote(source, '1 Eerste', 'Een miskraam is\n   verdrietig.')).toMatchObject({ section: '1 Eerste' });
    expect(locateQuote(source, '1 Eerste', 'Een miskraam is verdrietig. Praat erover met je partner.')).toMatchObject({ section: '1 Eerste' });
  });

  it('rejects a changed word', () => {
    expect(locateQuote(source, '1 Eerste', 'Een miskraam is erg verdrietig.')).toBe('not-found');
  });

  it('rejects a quote from another section', () => {
    expect(locateQuote(source, '1 Eerste', 'Foliumzuur helpt tegen een open ruggetje.')).toBe('wrong-section');
  });

  it('rejects half a sentence at either end', () => {
    expect(locateQuote(source, '2 Tweede', 'Foliumzuur helpt tegen')).toBe('not-whole-sentences');
    expect(locateQuote(source, '2 Tweede', 'helpt tegen een open ruggetje.')).toBe('not-whole-sentences');
  });
});
