import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../src/reply/split.js';

describe('splitMessage', () => {
  it('leaves a short text whole', () => {
    expect(splitMessage('kort', 10)).toEqual(['kort']);
  });

  it('splits at paragraph breaks first', () => {
    const text = `${'a'.repeat(30)}\n\n${'b'.repeat(30)}\n\n${'c'.repeat(30)}`;
    expect(splitMessage(text, 70)).toEqual([`${'a'.repeat(30)}\n\n${'b'.repeat(30)}`, 'c'.repeat(30)]);
  });

  it('never returns a part over the limit, even without any break', () => {
    const parts = splitMessage('x'.repeat(10_000), 4096);
    expect(parts.every((p) => p.length <= 4096 && p.length > 0)).toBe(true);
    expect(parts.join('')).toBe('x'.repeat(10_000));
  });
});
