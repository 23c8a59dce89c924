import type { Lexicon } from '../content/schema.js';
import { normalize } from '../text/normalize.js';
import { asksSomething } from '../text/question.js';
import { escapeRegExp } from '../text/spelling.js';

/**
 * Questions about something the brochures never mention (intents/lexicon/not-covered.yaml): sport,
 * painkillers, costs, sick leave, a cremation. Such a question shares words with a topic ("mag ik weer
 * sporten na een curettage?" has "curettage"), and the classifier, which only knows the topics and the
 * out-of-scope examples, can answer it with that topic's passage. Asked in a short message, it falls
 * back instead.
 *
 * Only when the subject is what is asked, in the words of asking for leave, an amount, a time or a cost
 * ("mag ik", "hoeveel", "wanneer", "is het veilig"): "ik sportte veel en toch ging het mis, waardoor komt
 * dat?" or "pijnstillers helpen niet meer" are not questions about a subject the brochures lack. A message
 * that asks two things, or tells a long story, is left to the matcher: the other question may be one the
 * brochures answer.
 */
const ASKING_FOR = [
  'mag', 'mogen', 'magik', 'kan', 'kun', 'kunnen', 'wanneer', 'hoeveel', 'hoelang', 'hoe lang', 'hoe snel', 'hoe vaak',
  'welke', 'welk', 'is het', 'is dat', 'veilig', 'slecht', 'gevaarlijk', 'erg', 'wordt', 'worden', 'recht op',
  'moet ik', 'moeten we', 'can i', 'can we', 'how soon', 'how long', 'how much', 'is it', 'when', 'should',
].map(escapeRegExp);
const ASKING = new RegExp(`(?<![a-z])(?:${ASKING_FOR.join('|')})(?![a-z])`);
/** A message longer than this tells more than one thing: the matcher decides. */
const MAX_WORDS = 25;

export type NotCoveredCheck = (raw: string) => boolean;

/** Builds the check from the lexicon's subjects; `clean` reads a message as the matcher does (spelling fixed). */
export function createNotCovered(lexicon: Pick<Lexicon, 'notCovered'>, clean: (raw: string) => string = normalize): NotCoveredCheck {
  const words = Object.values(lexicon.notCovered).flat().map((word) => normalize(word));
  if (words.length === 0) return () => false;
  const subject = new RegExp(`(?<![a-z0-9])(?:${words.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![a-z0-9])`);
  return (raw) => {
    const text = clean(raw);
    // Most messages name no such subject: that test is one regular expression, before any sentence is split.
    if (!subject.test(text) || text.split(' ').length > MAX_WORDS) return false;
    // Sentences with their end marks: a question mark is what makes "wordt dat vergoed?" a question.
    const asking = (text.match(/[^.?!;\n]+[.?!;\n]*/g) ?? []).filter((sentence) => asksSomething(sentence));
    if (asking.length !== 1) return false;
    const sentence = asking[0]!;
    return subject.test(sentence) && ASKING.test(sentence);
  };
}
