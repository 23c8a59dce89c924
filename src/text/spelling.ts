import { normalize } from './normalize.js';

/**
 * Applies a misspelling map (word or phrase -> correct form) to normalised text, on word boundaries.
 * Built once per lexicon; keys and values are normalised the same way as messages.
 */
export function createSpellingFixer(map: Record<string, string>): (normalized: string) => string {
  const entries = Object.entries(map).map(([from, to]) => [normalize(from), normalize(to)] as const);
  if (entries.length === 0) return (text) => text;
  const lookup = new Map(entries);
  const alternatives = [...lookup.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'g');
  return (text) => text.replace(pattern, (match) => lookup.get(match) ?? match);
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
