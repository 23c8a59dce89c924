import { editDistance } from './normalize.js';

/**
 * Writes near-misses of a few key words as the words themselves ("koors" -> "koorts", "zelfmoors" ->
 * "zelfmoord"), for the safety detectors: words of at least `minLength` letters with the same first
 * letter and at most `allowedEdits(target)` edits (a swap of two letters counts as one) are folded.
 */
export function typoFolder(targets: readonly string[], minLength: number, allowedEdits: (target: string) => number): (normalized: string) => string {
  const word = new RegExp(`[a-z]{${minLength},}`, 'g');
  return (normalized) =>
    normalized.replace(word, (found) => {
      for (const target of targets) {
        if (found === target) return found;
        const allowed = allowedEdits(target);
        if (Math.abs(found.length - target.length) <= allowed && found[0] === target[0] && editDistance(found, target, allowed) <= allowed) return target;
      }
      return found;
    });
}
