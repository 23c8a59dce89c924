import type { Passage } from './schema.js';
import { foldWhitespace } from './source-text.js';

/** The line under every passage that tells the reader where it comes from. */
export function sourceLine(label: string, section: string): string {
  return `Bron: ${label}, ${section}`;
}

/** A passage as the reader sees it: the quote (whitespace folded), then its source line. */
export function formatPassage(quote: string, label: string, section: string): string {
  return `${foldWhitespace(quote)}\n${sourceLine(label, section)}`;
}

export function passageBlock(passage: Passage, label: string): string {
  return formatPassage(passage.quote, label, passage.section);
}

/** Passages on hold for the practice are never shown to patients. */
export function isShown(passage: Passage): boolean {
  return passage.review?.status !== 'needs-review';
}
