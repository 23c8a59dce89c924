import { describe, expect, it } from 'vitest';
import * as patterns from '../../src/alarm/patterns.js';
import { allMatches } from '../../src/text/regex.js';

const named: [string, RegExp][] = [
  ...Object.entries(patterns).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp),
  ...patterns.SIGN_PATTERNS.map((p, i): [string, RegExp] => [`${p.sign} #${i}`, p.pattern]),
];

describe('alarm patterns', () => {
  // An empty alternative ("a||b", or a list joined with a stray "|") matches everywhere: the
  // criterion it sits in would then fire on every message that has the other half of its rule.
  it.each(named)('%s never matches an empty string', (_, pattern) => {
    const empty = allMatches(pattern, 'ik heb een vraag over de echo van volgende week. is dat goed?').filter((m) => m[0] === '');
    expect(empty).toEqual([]);
  });
});
