import { describe, expect, it } from 'vitest';
import { isEnglish } from '../../src/match/english.js';

describe('isEnglish', () => {
  it.each(['What is the TRUST study about?', 'Does smoking make a miscarriage more likely?', 'My husband carries a balanced translocation'])('%s is English', (text) => {
    expect(isEnglish(text)).toBe(true);
  });

  it.each(['wat is de kans op een miskraam?', 'is er een boek over miskraam', 'ik heb koorts', 'hoi', 'is het normaal?'])('%s is Dutch', (text) => {
    expect(isEnglish(text)).toBe(false);
  });
});
