import { describe, expect, it } from 'vitest';
import { fnv } from '../../src/text/hash.js';

describe('fnv', () => {
  it('gives the published FNV-1a values', () => {
    // Test vectors of FNV-1a 32-bit (one byte per character for ASCII text).
    expect(fnv('')).toBe(0x811c9dc5);
    expect(fnv('a')).toBe(0xe40c292c);
    expect(fnv('foobar')).toBe(0xbf9cf968);
  });

  it('continues from a seed, so a pair hashes without building its string', () => {
    expect(fnv('bloed', fnv(' ', fnv('veel')))).toBe(fnv('veel bloed'));
  });
});
