import { describe, expect, it } from 'vitest';
import { typoFolder } from '../../src/text/typos.js';

describe('typoFolder', () => {
  const fold = typoFolder(['koorts', 'bloedverlies'], 5, (target) => (target.length >= 11 ? 2 : 1));

  it('writes a near-miss as the word, within the edits its length allows', () => {
    expect(fold('ik heb koors en bloedferlies')).toBe('ik heb koorts en bloedverlies');
    expect(fold('koorst')).toBe('koorts');
    expect(fold('bloetferlies')).toBe('bloedverlies');
  });

  it('leaves other words, short words and other first letters alone', () => {
    expect(fold('koortslip')).toBe('koortslip');
    expect(fold('kort')).toBe('kort');
    expect(fold('hoorts')).toBe('hoorts');
  });
});
