import type { Passage } from './schema.js';
import { foldWhitespace } from './source-text.js';

/** The line under every passage that tells the reader where it comes from. */
export function sourceLine(label: string, section: string): string {
  return `Bron: ${label}, ${section}`;
}

/** A passage as the reader sees it: the quote, then its source line. */
export function passageBlock(passage: Passage, label: string): string {
  return `${foldWhitespace(passage.quote)}\n${sourceLine(label, passage.section)}`;
}

/** Passages on hold for the practice are never shown to patients. */
export function isShown(passage: Passage): boolean {
  return passage.review?.status !== 'needs-review';
}
