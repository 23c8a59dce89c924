import { alarmIn, type AlarmResult } from '../alarm/detect.js';
import { crisisIn, withoutCrisisPhrases, type CrisisResult } from '../crisis/detect.js';
import type { Content } from '../content/load.js';
import { isShown } from '../content/render.js';
import type { FrameKey, Intent, Link } from '../content/schema.js';
import { foldWhitespace } from '../content/source-text.js';
import { isEnglish } from '../match/english.js';
import type { IntentIndex } from '../match/index.js';
import { loadIndex } from '../match/index-cache.js';
import { matchIntent, type MatchOutcome } from '../match/match.js';
import { createNotCovered } from '../match/not-covered.js';
import { createBesideAlarm } from './beside-alarm.js';
import { createAnalyzer } from '../text/analyze.js';
import { asksSomething } from '../text/question.js';
import { readForSafety } from '../text/safety-reading.js';

export interface ShownPassage {
  quote: string;
  source: string;
  sourceLabel: string;
  section: string;
}

export interface TopicRef {
  id: string;
  title: string;
}

/** What the bot will say to one message, before it is turned into Telegram or terminal messages. */
export interface ReplyPlan {
  /** Signs that the writer may not want to live or may harm themselves: answered first of all. */
  crisis: CrisisResult;
  alarm: AlarmResult;
  english: boolean;
  outcome: 'answer' | 'smalltalk' | 'suggest' | 'fallback';
  /** The intent answered (topic or small talk), or null when the bot falls back or asks back. */
  intent: string | null;
  confidence: number;
  passages: ShownPassage[];
  links: Link[];
  related: TopicRef[];
  suggestions: TopicRef[];
  /** Topics to start from when the bot cannot answer a message about a miscarriage (frame starterTopics). */
  starters?: TopicRef[];
  /** The frame text to send for small talk, or above the starting topics. */
  frame?: FrameKey;
  /**
   * Whether the reply ends with the support line (113): an answer on grief, or a message the bot cannot
   * answer that speaks of grief or fear; never after a crisis reply, which says it already.
   */
  support?: boolean;
}

export interface Responder {
  content: Content;
  index: IntentIndex;
  /** Whether the trained index was loaded from the cache rather than trained at start-up. */
  indexFromCache: boolean;
  /** Message text in, reply plan out. Deterministic; the alarm detector runs first, on the raw text. */
  respond(text: string): ReplyPlan;
  /** The plan for a topic chosen with a button. */
  planForIntent(id: string): ReplyPlan | undefined;
  topicRef(id: string): TopicRef | undefined;
}

export interface ResponderOptions {
  /** A folder for the trained index between starts; without one the index is trained every time. */
  cacheDir?: string;
}

/** Builds the responder once: loads the analyzer and the index. Everything after that is pure. */
export function createResponder(content: Content, options: ResponderOptions = {}): Responder {
  const analyzer = createAnalyzer(content.lexicon);
  const { index, fromCache } = loadIndex(content, analyzer, options.cacheDir);
  const byId = new Map(content.intents.map((intent) => [intent.id, intent]));
  const noAlarm: AlarmResult = { alarm: false, signs: [] };
  const noCrisis: CrisisResult = { crisis: false, signs: [] };
  const supportCategories: ReadonlySet<string> = new Set(content.frame.supportAfter);
  const stemsOf = (words: string[]): ReadonlySet<string> => new Set(words.flatMap((word) => analyzer.analyze(word).tokens.map((token) => token.stem)));
  const supportStems = stemsOf(content.frame.supportWords);
  const mayFollowAlarm = createBesideAlarm(content);
  const starterStems = stemsOf(content.frame.starterWords);
  const asksAboutNotCovered = createNotCovered(content.lexicon, analyzer.clean);

  // Every response's passages as shown, whitespace folded once here rather than on every message.
  const shownByResponse = new Map(
    [...content.responses.values()].map((response) => [
      response.id,
      response.passages.filter(isShown).map((p) => ({
        quote: foldWhitespace(p.quote),
        source: p.source,
        sourceLabel: content.sources.get(p.source)?.meta.label ?? p.source,
        section: p.section,
      })),
    ]),
  );

  const topicRef = (id: string): TopicRef | undefined => {
    const intent = byId.get(id);
    return intent && intent.kind === 'topic' ? { id: intent.id, title: intent.title } : undefined;
  };

  const starterTopics: TopicRef[] = content.frame.starterTopics.map(topicRef).filter((r): r is TopicRef => r !== undefined);

  function answer(intent: Intent, base: Omit<ReplyPlan, 'outcome' | 'intent' | 'passages' | 'links' | 'related' | 'suggestions'>): ReplyPlan {
    if (intent.kind === 'smalltalk') {
      return { ...base, outcome: 'smalltalk', intent: intent.id, frame: intent.frame as FrameKey, passages: [], links: [], related: [], suggestions: [] };
    }
    if (intent.kind !== 'topic') return { ...base, outcome: 'fallback', intent: null, passages: [], links: [], related: [], suggestions: [] };
    const response = content.responses.get(intent.response);
    const passages = shownByResponse.get(intent.response) ?? [];
    // A response whose every passage is held back for review must not look like an answer.
    if (passages.length === 0 || response?.review?.status === 'needs-review') {
      return { ...base, outcome: 'fallback', intent: null, passages: [], links: [], related: [], suggestions: [] };
    }
    const related = (intent.related ?? []).map(topicRef).filter((r): r is TopicRef => r !== undefined);
    const support = !base.crisis.crisis && supportCategories.has(intent.category);
    return { ...base, outcome: 'answer', intent: intent.id, passages, links: response?.links ?? [], related, suggestions: [], support };
  }

  return {
    content,
    index,
    indexFromCache: fromCache,
    topicRef,
    respond(text) {
      // Crisis and alarm first, on the raw message: nothing is removed before they look.
      // Both read the same normalised, spelling-fixed readings, made once.
      const reading = readForSafety(text, analyzer.fixSpelling);
      const crisis = crisisIn(reading, content.crisisModel);
      const alarm = alarmIn(reading, content.alarmModel);
      const english = isEnglish(text);
      // After a crisis reply only a real question is answered: the crisis words themselves are not one.
      const matched = matchIntent(index, crisis.crisis ? withoutCrisisPhrases(text, analyzer.fixSpelling) : text);
      // A question about something the brochures never mention gets no topic's passage (not-covered.ts), and
      // is told so even when the matcher found no topic either.
      const smalltalk = matched.kind === 'answer' && matched.intent.kind === 'smalltalk';
      const notCovered = !smalltalk && asksAboutNotCovered(text);
      const match: MatchOutcome = notCovered ? { kind: 'fallback', confidence: matched.confidence } : matched;
      const base = { crisis, alarm, english, confidence: Math.round(match.confidence * 1000) / 1000 };
      // After an alarm sign, only an answer that cannot read as "this is normal" follows (beside-alarm.ts).
      const withheld = alarm.alarm && match.kind === 'answer' && !mayFollowAlarm(text, reading.readings[0] ?? '', match.intent.id);
      if (match.kind === 'answer' && !withheld) return answer(match.intent, base);
      const suggestions = match.kind === 'suggest' ? match.suggestions.map((i) => ({ id: i.id, title: i.title })) : [];
      // The support line belongs to a message the bot could not place, not to an answer held back.
      const tokens = analyzer.analyze(text).tokens;
      const support = match.kind !== 'answer' && !crisis.crisis && tokens.some((token) => supportStems.has(token.stem));
      const outcome = match.kind === 'answer' ? 'fallback' : match.kind;
      // A question about a subject the folders never mention is told so, and sent to the practice: typing it
      // again or a starting topic would not help.
      const starters = outcome === 'fallback' && !notCovered && tokens.some((token) => starterStems.has(token.stem)) ? starterTopics : [];
      // Someone who tells what happened ("ik heb net een miskraam gehad") is met before she is helped on;
      // a question the bot has no passage for is told so.
      let frame: FrameKey | undefined;
      if (notCovered) frame = 'notCovered';
      else if (starters.length > 0) frame = asksSomething(text) ? 'fallbackStarters' : 'storyStarters';
      return { ...base, outcome, intent: null, passages: [], links: [], related: [], suggestions, support, starters, frame };
    },
    planForIntent(id) {
      const intent = byId.get(id);
      if (!intent || intent.kind !== 'topic') return undefined;
      return answer(intent, { crisis: noCrisis, alarm: noAlarm, english: false, confidence: 1 });
    },
  };
}
