import { normalize } from './normalize.js';

/**
 * A question mark, or a question word or phrase anywhere: "wat is een curettage", "moet ik bellen",
 * "is dat normaal", "how long". Loose on purpose: it only decides whether a passage may follow an
 * escalation, and a passage too many after a question is cheap.
 */
const ASKS = /\?|(?<![a-z])(?:hoe|hoelang|hoeveel|wat|wanneer|waarom|welk|welke|waar|wie|moet ik|mag ik|kan ik|kun je|kan je|kunnen we|moeten we|mogen we|is dat|is het|is dit|klopt|normaal|how|what|when|why|where|should|can i|is it|is this|do i)(?![a-z])/;

/** Whether a message asks something, or only tells. */
export function asksSomething(raw: string): boolean {
  return ASKS.test(normalize(raw));
}
