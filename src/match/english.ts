import { normalize, words } from '../text/normalize.js';

const ENGLISH = new Set(['the', 'is', 'my', 'what', 'how', 'i', 'a', 'and', 'of', 'to', 'do', 'does', 'can', 'are', 'was', 'have', 'has', 'it', 'after', 'still', 'why', 'when', 'should', 'will', 'you', 'your', 'with', 'about', 'this', 'that', 'there', 'am', 'me', 'again', 'for', 'or', 'be', 'been', 'much', 'more', 'than', 'which', 'who', 'where', 'did', 'our', 'we', 'any', 'get', 'make', 'likely']);
const DUTCH = new Set(['ik', 'de', 'het', 'een', 'en', 'is', 'van', 'wat', 'hoe', 'mijn', 'je', 'niet', 'dat', 'die', 'bij', 'na', 'nog', 'er', 'wel', 'kan', 'ben', 'heb', 'ook', 'op', 'in', 'met', 'voor', 'zijn', 'waarom', 'wanneer', 'mag', 'moet', 'geen', 'al', 'om', 'te', 'als', 'maar', 'dan', 'mn', 'jij', 'jullie', 'we', 'wij', 'hoeveel']);

/** True when a message reads as English rather than Dutch (counts function words of both). */
export function isEnglish(raw: string): boolean {
  const tokens = words(normalize(raw));
  let english = 0;
  let dutch = 0;
  for (const token of tokens) {
    // Shared words ("is", "we", "in") count for neither.
    const inEnglish = ENGLISH.has(token);
    const inDutch = DUTCH.has(token);
    if (inEnglish && !inDutch) english++;
    if (inDutch && !inEnglish) dutch++;
  }
  return english >= 2 && english > dutch * 2;
}
