import { describe, expect, it } from 'vitest';
import { editDistance, hasRepeatedLetters, normalize, squeezeRepeats, stretchedReadings, words } from '../../src/text/normalize.js';
import { createSpellingFixer } from '../../src/text/spelling.js';

describe('normalize', () => {
  it('folds case, accents and spacing', () => {
    expect(normalize('  Homocysteïne   TE  hoog ')).toBe('homocysteine te hoog');
  });

  it('keeps negations: niet and geen are never dropped', () => {
    expect(normalize('Ik heb GEEN koorts, niet duizelig')).toBe('ik heb geen koorts, niet duizelig');
  });

  it('removes zero-width, control and direction characters, and emoji', () => {
    expect(normalize('koo\u200brts\u0007 \u202eheel\u202c erg 😰')).toBe('koo rts heel erg');
  });

  it('survives lone surrogates', () => {
    expect(normalize('bloed \ud800 verlies \udc00')).toBe('bloed verlies');
  });

  it('keeps decimal temperatures as one token', () => {
    expect(words(normalize('Temperatuur 38,5 en 39.2°'))).toEqual(['temperatuur', '38,5', 'en', '39.2', 'graden']);
  });

  it('bounds the work on very long input', () => {
    expect(normalize('a '.repeat(20_000)).length).toBeLessThanOrEqual(8000);
  });
});

describe('stretched words', () => {
  it('cuts a run of three or more of one letter to two or to one', () => {
    expect(squeezeRepeats('ik heb koooorts, zooo erg', 2)).toBe('ik heb koorts, zoo erg');
    expect(squeezeRepeats('ik heb koooorts, zooo erg', 1)).toBe('ik heb korts, zo erg');
  });

  it('leaves double letters and digits alone, and tells whether a text has a run', () => {
    expect(squeezeRepeats('heel veel bloed, 1000 ml', 2)).toBe('heel veel bloed, 1000 ml');
    expect(hasRepeatedLetters('heel veel bloed, 1000 ml')).toBe(false);
    expect(hasRepeatedLetters(normalize('Weeën'))).toBe(true);
  });

  it('gives the readings a safety detector checks: as written, and cut to two and to one letter', () => {
    expect(stretchedReadings('ik heb koooorts')).toEqual(['ik heb koooorts', 'ik heb koorts', 'ik heb korts']);
    expect(stretchedReadings('heel veel bloed')).toEqual(['heel veel bloed']);
  });
});

describe('editDistance', () => {
  it('counts edits and stops early past the maximum', () => {
    expect(editDistance('koors', 'koorts')).toBe(1);
    expect(editDistance('bloedferlies', 'bloedverlies')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    // two neighbouring letters swapped are one edit
    expect(editDistance('koorst', 'koorts')).toBe(1);
    expect(editDistance('bloedverleis', 'bloedverlies')).toBe(1);
    expect(editDistance('kotors', 'koorts')).toBe(2);
  });
});

describe('spelling fixer', () => {
  const fix = createSpellingFixer({ koors: 'koorts', 'flauw gevalle': 'flauwgevallen' });
  it('replaces whole words and phrases only', () => {
    expect(fix('ik heb koors en ben flauw gevalle')).toBe('ik heb koorts en ben flauwgevallen');
    expect(fix('koorsen')).toBe('koorsen');
  });
});
