import type { SourceMeta } from './schema.js';

/**
 * A brochure's text folded for comparison: paragraphs separated by "\n", all other whitespace
 * a single space. Quotes are compared against `flat` (the same text with "\n" as a space, so
 * offsets match) and sentence boundaries against `text`.
 */
export interface SourceText {
  meta: SourceMeta;
  text: string;
  flat: string;
  sections: SectionRange[];
}

export interface SectionRange {
  name: string;
  /** Offsets in `text` of the section body (after its heading, up to the next heading). */
  start: number;
  end: number;
  excused?: string;
}

/** Folds whitespace the way quotes are compared: any run of whitespace is one space. */
export function foldWhitespace(value: string): string {
  // The same as replace(/\s+/g, ' '), but a lone space is left alone instead of replaced by itself:
  // on text folded already (every reply's passages) nothing matches, about six times faster.
  return value.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** Turns a raw brochure into paragraphs, one a line, with whitespace folded inside them. */
export function toParagraphs(raw: string, layout: SourceMeta['layout']): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const joined = foldWhitespace(current.join(' '));
    if (joined) paragraphs.push(joined);
    current = [];
  };
  for (const line of lines) {
    if (layout === 'paragraphs') {
      current.push(line);
      flush();
      continue;
    }
    // pdf-lines: an empty line follows every text line; a line holding only spaces ends a paragraph.
    if (line === '') continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.trimStart().startsWith('•')) flush();
    current.push(line);
  }
  flush();
  return paragraphs.join('\n');
}

export class SourceTextError extends Error {}

/** Locates every section heading in order and returns the folded text with its section ranges. */
export function parseSource(meta: SourceMeta, raw: string): SourceText {
  const text = toParagraphs(raw, meta.layout);
  let cursor = 0;
  if (meta.skipUntil) {
    const at = text.indexOf(foldWhitespace(meta.skipUntil));
    if (at < 0) throw new SourceTextError(`skipUntil "${meta.skipUntil}" staat niet in ${meta.file}`);
    cursor = at + meta.skipUntil.length;
  }
  const found: { name: string; headingStart: number; bodyStart: number; excused?: string }[] = [];
  for (const section of meta.sections) {
    const heading = foldWhitespace(section.heading ?? section.name);
    const at = findParagraphStart(text, heading, cursor);
    if (at < 0) throw new SourceTextError(`kop "${heading}" (sectie "${section.name}") staat niet (op volgorde) in ${meta.file}`);
    found.push({ name: section.name, headingStart: at, bodyStart: at + heading.length, ...(section.excused ? { excused: section.excused } : {}) });
    cursor = at + heading.length;
  }
  const sections = found.map((section, i) => ({
    name: section.name,
    start: section.bodyStart,
    end: found[i + 1]?.headingStart ?? text.length,
    ...(section.excused ? { excused: section.excused } : {}),
  }));
  return { meta, text, flat: text.replace(/\n/g, ' '), sections };
}

function findParagraphStart(text: string, heading: string, from: number): number {
  let at = text.indexOf(heading, from);
  while (at >= 0 && at > 0 && text[at - 1] !== '\n') at = text.indexOf(heading, at + 1);
  return at;
}

export type QuoteProblem = 'not-found' | 'wrong-section' | 'not-whole-sentences';

export interface QuoteLocation {
  start: number;
  end: number;
  section: string;
}

/**
 * Finds a quote in a section. It must stand there verbatim (whitespace aside) and be a run of
 * whole sentences or list items: it starts at a paragraph, bullet or sentence start and ends at a
 * sentence end, a bullet or a paragraph end.
 */
export function locateQuote(source: SourceText, sectionName: string, quote: string): QuoteLocation | QuoteProblem {
  const needle = foldWhitespace(quote);
  const section = source.sections.find((s) => s.name === sectionName);
  let inSection = -1;
  if (section) {
    let at = source.flat.indexOf(needle, section.start);
    while (at >= 0 && at + needle.length <= section.end) {
      if (isWholeSentences(source.text, at, at + needle.length, section)) return { start: at, end: at + needle.length, section: section.name };
      inSection = at;
      at = source.flat.indexOf(needle, at + 1);
    }
  }
  if (inSection >= 0) return 'not-whole-sentences';
  return source.flat.includes(needle) ? 'wrong-section' : 'not-found';
}

function isWholeSentences(text: string, start: number, end: number, section: SectionRange): boolean {
  let before = start - 1;
  while (before >= section.start && text[before] === ' ') before--;
  const startsClean = before < section.start || /[\n.!?:•]/.test(text[before] ?? '');
  let after = end;
  while (after < section.end && text[after] === ' ') after++;
  const last = text[end - 1] ?? '';
  const endsClean = after >= section.end || /[\n•]/.test(text[after] ?? '') || (/[.!?:]/.test(last) && after > end);
  return startsClean && endsClean;
}

/** The section a text offset falls in, if any. */
export function sectionAt(source: SourceText, offset: number): SectionRange | undefined {
  return source.sections.find((s) => offset >= s.start && offset < s.end);
}
