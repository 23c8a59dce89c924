/**
 * Dutch numbers written as words, as digits: voice typing writes "achtendertig komma vijf" for 38,5 and
 * "vijf dagen" for 5 dagen. The alarm patterns read temperatures and spans as digits, so the detector
 * also reads a message with its number words written this way (see detect.ts).
 *
 * "een" is left alone: it is far more often the article ("een verband per uur") than the number, and
 * the patterns that count days already read it as a number.
 */

const UNITS: Record<string, number> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const TEENS: Record<string, number> = {
  tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
};
const TENS: Record<string, number> = { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 };

const unit = Object.keys(UNITS).join('|');
const tens = Object.keys(TENS).join('|');
// "achtendertig", "acht en dertig", "tweeendertig" (tweeën with the accent folded), "tweeentwintig";
// then the tens and teens alone; then the units (not "een").
// A compound with a unit typed straight after it is a temperature by voice: "achtendertigvijf" for 38,5.
const NUMBER_WORDS = new RegExp(
  `(?<![a-z])(?:(${unit})(?:e?en| en )(${tens})(${unit}|nul)?|(${tens})|(${Object.keys(TEENS).join('|')})|(${[...Object.keys(UNITS).filter((w) => w !== 'een'), 'nul'].join('|')}))(?![a-z])`,
  'g',
);

/** Whether a normalised text holds a number word this module would rewrite. */
export function hasNumberWords(normalized: string): boolean {
  NUMBER_WORDS.lastIndex = 0;
  return NUMBER_WORDS.test(normalized);
}

/** The normalised text with its number words as digits: "achtendertig komma vijf" -> "38 komma 5". */
export function numberWordsAsDigits(normalized: string): string {
  return normalized.replace(NUMBER_WORDS, (_, compoundUnit?: string, compoundTens?: string, decimal?: string, aloneTens?: string, teen?: string, aloneUnit?: string) => {
    if (compoundUnit && compoundTens) {
      const whole = String((UNITS[compoundUnit] ?? 0) + (TENS[compoundTens] ?? 0));
      return decimal ? `${whole},${UNITS[decimal] ?? 0}` : whole;
    }
    if (aloneTens) return String(TENS[aloneTens]);
    if (teen) return String(TEENS[teen]);
    return aloneUnit === 'nul' ? '0' : String(UNITS[aloneUnit ?? ''] ?? aloneUnit);
  });
}
