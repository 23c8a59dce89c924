/**
 * Messages typed without spaces ("ikbenflauwgevallen", "al11dagenpijnenbloed"): in a panic, with one
 * thumb, or when the space bar of a cracked screen fails. The alarm patterns read words, so the
 * detector also reads such a message with its run-together words split apart (see detect.ts).
 *
 * A run is split only when it falls apart completely into the words below, into at least three
 * pieces, one of them a small word like "ik" or "en". Compounds stay whole: "bloedonderzoek" and
 * "koortslip" do not fall apart into these words, so they never become "bloed onderzoek" or "koorts".
 */

/** Small words that hold a sentence together: a compound noun has none of them. */
const SMALL_WORDS = [
  'ik', 'je', 'ze', 'zij', 'hij', 'we', 'heb', 'hebt', 'heeft', 'had', 'ben', 'bent', 'is', 'was', 'al', 'en', 'met', 'van', 'de', 'het',
  'een', 'op', 'in', 'nu', 'zo', 'te', 'mijn', 'mn', 'me', 'er', 'nog', 'ook', 'weer', 'maar', 'niet', 'geen', 'sinds', 'bijna', 'echt',
  'heel', 'erg', 'veel', 'steeds', 'meer', 'zoveel', 'per', 'dat', 'voor', 'werd', 'word', 'gaat', 'heen', 'alles', 'komma',
];

/** The words alarm messages are made of: the signs, their measures and their spans. */
const SIGN_WORDS = [
  'koorts', 'graden', 'half', 'verhoging', 'rillingen', 'rillerig', 'warm', 'koud', 'heet', 'gloeiend',
  'bloed', 'bloeden', 'bloedt', 'bloeding', 'bloedverlies', 'stolsels', 'stolsel', 'klonten', 'klont', 'grote', 'groot', 'hevig', 'hevige',
  'verband', 'verbanden', 'doorweekt', 'uur', 'liters', 'benen', 'broek', 'door',
  'flauw', 'flauwgevallen', 'flauwvallen', 'gevallen', 'duizelig', 'licht', 'hoofd', 'zwart', 'ogen', 'weggeraakt',
  'pijn', 'pijnen', 'krampen', 'kramp', 'buikpijn', 'dagen', 'dag', 'weken', 'week', 'nachten', 'nacht', 'erger', 'minder', 'stopt',
  'ril', 'rillen', 'viel', 'val', 'valt', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht',
];

const SMALL: ReadonlySet<string> = new Set(SMALL_WORDS);
const KNOWN: ReadonlySet<string> = new Set([...SMALL_WORDS, ...SIGN_WORDS]);
const LONGEST = Math.max(...[...KNOWN].map((word) => word.length));
/** Runs this long or longer are looked at: shorter ones are ordinary words. */
const MIN_RUN = 10;
/** Longer runs are not a message typed without spaces; the splitting stays linear and small. */
const MAX_RUN = 300;
const RUN = new RegExp(`[a-z0-9]{${MIN_RUN},}`, 'g');

/** Whether a normalised text holds a run of letters and digits long enough to be words typed together. */
export function hasGluedWords(normalized: string): boolean {
  RUN.lastIndex = 0;
  return RUN.test(normalized);
}

/** The fewest known words a string of letters falls apart into, or undefined when it does not. */
function splitLetters(letters: string): string[] | undefined {
  // fewest[i]: the fewest words for letters.slice(0, i); from[i]: where the last of them starts.
  const fewest = new Array<number>(letters.length + 1).fill(Infinity);
  const from = new Array<number>(letters.length + 1).fill(-1);
  fewest[0] = 0;
  for (let end = 1; end <= letters.length; end++) {
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      if (fewest[start]! + 1 < fewest[end]! && KNOWN.has(letters.slice(start, end))) {
        fewest[end] = fewest[start]! + 1;
        from[end] = start;
      }
    }
  }
  if (fewest[letters.length] === Infinity) return undefined;
  const pieces: string[] = [];
  for (let end = letters.length; end > 0; end = from[end]!) pieces.unshift(letters.slice(from[end]!, end));
  return pieces;
}

/** One run split into words and numbers, or the run itself when it is not a sentence typed together. */
function splitRun(run: string): string {
  if (run.length > MAX_RUN) return run;
  const pieces: string[] = [];
  for (const chunk of run.match(/[0-9]+|[a-z]+/g) ?? []) {
    if (/^[0-9]/.test(chunk)) {
      pieces.push(chunk);
      continue;
    }
    const words = splitLetters(chunk);
    if (!words) return run;
    pieces.push(...words);
  }
  return pieces.length >= 3 && pieces.some((piece) => SMALL.has(piece)) ? pieces.join(' ') : run;
}

/** The normalised text with its runs of words typed together written with spaces. */
export function splitGluedWords(normalized: string): string {
  return normalized.replace(RUN, splitRun);
}
