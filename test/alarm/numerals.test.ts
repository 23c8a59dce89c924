import { describe, expect, it } from 'vitest';
import { hasNumberWords, numberWordsAsDigits } from '../../src/alarm/numerals.js';

describe('number words as digits', () => {
  it.each([
    ['achtendertig komma vijf', '38 komma 5'],
    ['negenendertig twee', '39 2'],
    ['acht en dertig graden', '38 graden'],
    ['tweeendertig', '32'],
    ['eenentwintig dagen', '21 dagen'],
    ['veertig', '40'],
    ['vijf dagen al pijn', '5 dagen al pijn'],
    ['al twaalf uur', 'al 12 uur'],
    // A unit typed straight after the compound is a decimal by voice; "nul" is a digit too.
    ['achtendertigvijf', '38,5'],
    ['negenendertig komma nul', '39 komma 0'],
  ])('%s -> %s', (text, digits) => {
    expect(numberWordsAsDigits(text)).toBe(digits);
  });

  it('leaves "een" and words that only contain a number alone', () => {
    expect(numberWordsAsDigits('een verband per uur')).toBe('een verband per uur');
    expect(numberWordsAsDigits('achter de tiener vijftigers')).toBe('achter de tiener vijftigers');
    expect(hasNumberWords('een kraan die openstaat')).toBe(false);
    expect(hasNumberWords('zes nachten')).toBe(true);
  });
});
