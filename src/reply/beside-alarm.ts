import type { Content } from '../content/load.js';
import { isShown } from '../content/render.js';
import { foldWhitespace } from '../content/source-text.js';
import { asksSomething } from '../text/question.js';

/** The folder's sentence that gives the reasons to call the practice. */
const REASONS_TO_CALL = /heb je reden om ons te bellen/;

/**
 * Questions about what the message just told: whether it is normal or bad, what to do, whether to call,
 * wait or sleep, when it stops. Beside an alarm sign they ask about the sign, and the escalation is
 * their answer. Read on the normalised text the alarm detector reads.
 */
const ASKS_ABOUT_THE_SIGN = new RegExp(
  `(?<![a-z])(?:${[
    '(?:is|zijn|was) (?:dat|dit|het|dat nou|dit nou) (?:[a-z]+ ){0,2}(?:normaal|erg|gevaarlijk|ok|oke|goed|slecht|zorgelijk)',
    'normaal', 'normal', 'hoort (?:dat|dit|het|zo)', '(?:dat|dit) hoort', 'slecht teken', 'reden tot zorg',
    'wat (?:moet|kan|zal|moeten) (?:ik|we|wij|zij|ze) (?:nu )?(?:doen|nu)', 'wat (?:ik|we|wij|ze|zij) (?:nu )?(?:moet|moeten|kan|kunnen) doen',
    'wat (?:moet|moeten) doen', 'wat (?:te )?doen', 'wat nu', '(?:wachten|afwachten) of',
    // "moet ik wachten" (with the sign), not "moet ik wachten met zwanger worden".
    'moet (?:ik|ze|zij|we) (?:[a-z]+ ){0,2}(?:bellen|naar|wachten(?! met)|afwachten(?! met)|komen|terugkomen)',
    '(?:kan|mag) (?:ik|ze|zij) (?:[a-z]+ ){0,2}(?:slapen|wachten|afwachten)',
    '(?:kan|mag) (?:ik|ze|zij) (?:[a-z]+ ){0,2}nog (?:naar|gaan|werken|douchen|sporten)',
    'wanneer (?:stopt|houdt|gaat|is) (?:dit|het|dat)', 'hoe lang (?:nog|duurt dit|gaat dit|mag (?:dit|het|dat))', 'te veel',
    'is (?:dat|dit|het) (?:een )?(?:probleem|reden)',
    'is (?:that|this) normal', 'is (?:that|this|it) (?:a problem|bad|serious|dangerous)', 'what (?:should|do) i do', 'should i (?:call|go|wait|worry)',
  ].join('|')})(?![a-z])`,
);

export function asksAboutTheSign(normalized: string): boolean {
  return ASKS_ABOUT_THE_SIGN.test(normalized);
}

/**
 * Whether an answer may follow an escalation: after an alarm sign the escalation comes first, and a
 * passage beside it must not read as "this is normal".
 * - A message that only tells the sign ("heel veel bloed en stolsels", "nog steeds") gets the escalation
 *   alone: a passage it did not ask for must not stand next to "bel ons".
 * - A passage on the normal course of bleeding and pain (frame notBesideAlarm) is withheld whatever was
 *   asked: "soms verlies je ook stolsels" next to "er kwamen net grote stolsels uit" reads as "normal".
 * - So is any answer to a question about the sign itself ("hoort dat erbij??", "wat moet ik doen").
 * - A topic whose passage gives the folder's own reasons to call may follow a question; so may an answer
 *   to another question ("ik heb 39 graden koorts, wat is een curettage?").
 */
export function createBesideAlarm(content: Content): (text: string, normalized: string, intentId: string) => boolean {
  const notBesideAlarm: ReadonlySet<string> = new Set(content.frame.notBesideAlarm);
  const namesReasonsToCall: ReadonlySet<string> = new Set(
    content.intents
      .filter((intent) => intent.kind === 'topic' && content.responses.get(intent.response)?.passages.some((p) => isShown(p) && REASONS_TO_CALL.test(foldWhitespace(p.quote))))
      .map((intent) => intent.id),
  );
  return (text, normalized, intentId) => {
    if (!asksSomething(text)) return false;
    if (namesReasonsToCall.has(intentId)) return true;
    return !notBesideAlarm.has(intentId) && !asksAboutTheSign(normalized);
  };
}
