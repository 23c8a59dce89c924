/**
 * Whether some match of a global regex passes `test`, trying matches left to right. The same matches
 * as `text.matchAll(pattern)`, found with exec in a loop: matchAll copies the regex on every call, and
 * for the long alternations of the lexicon and the alarm patterns that copy cost more than the matching.
 * The regex's lastIndex is 0 again afterwards, so module-level patterns stay safe to share.
 */
export function someMatch(pattern: RegExp, text: string, test: (match: RegExpExecArray) => boolean): boolean {
  if (!pattern.global) throw new Error(`someMatch needs a global regex: ${pattern.source.slice(0, 40)}`);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (match[0] === '') pattern.lastIndex++;
    if (test(match)) {
      pattern.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/**
 * Whether a global regex matches anywhere, with `test`: no match array is made (most patterns fail on
 * most messages, and the ones that need no look at the match are most of the alarm and crisis patterns).
 * The regex's lastIndex is 0 again afterwards, as with someMatch.
 */
export function anyMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Every match of a global regex, in order (what matchAll gives, without its copy of the regex). */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  someMatch(pattern, text, (match) => (found.push(match), false));
  return found;
}
