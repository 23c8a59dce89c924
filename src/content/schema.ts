import { z } from 'zod';

/** Telegram allows at most 64 bytes of callback data and we keep button labels short enough to read. */
export const MAX_BUTTON_LABEL = 40;
export const MAX_MESSAGE_LENGTH = 4096;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'moet kebab-case zijn (a-z, 0-9, -)');

export const reviewSchema = z.strictObject({
  status: z.enum(['vetted', 'needs-review']),
  note: z.string().min(1).optional(),
});
export type Review = z.infer<typeof reviewSchema>;

export const sectionSchema = z.strictObject({
  name: z.string().min(1),
  /** The heading as it stands in the source text; defaults to `name`. */
  heading: z.string().min(1).optional(),
  /** Why no response serves this section. */
  excused: z.string().min(1).optional(),
});

export const sourceSchema = z.strictObject({
  id: kebabId,
  file: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  /** Shown in every source line: "Bron: <label>, <section>". */
  label: z.string().min(1),
  /** `paragraphs`: one paragraph a line. `pdf-lines`: wrapped lines, a blank-looking line ends a paragraph. */
  layout: z.enum(['paragraphs', 'pdf-lines']),
  /** Headings are searched after the first occurrence of this text (skips a table of contents). */
  skipUntil: z.string().min(1).optional(),
  sections: z.array(sectionSchema).min(1),
});
export type SourceMeta = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.array(sourceSchema).min(1);

export const linkSchema = z.strictObject({
  label: z.string().min(1).max(MAX_BUTTON_LABEL),
  url: z.url({ protocol: /^https?$/ }),
});
export type Link = z.infer<typeof linkSchema>;

export const passageSchema = z.strictObject({
  source: kebabId,
  section: z.string().min(1),
  quote: z.string().min(1),
  review: reviewSchema.optional(),
});
export type Passage = z.infer<typeof passageSchema>;

export const responseSchema = z.strictObject({
  id: kebabId,
  title: z.string().min(1),
  passages: z.array(passageSchema).min(1),
  links: z.array(linkSchema).optional(),
  review: reviewSchema.optional(),
});
export type Response = z.infer<typeof responseSchema>;

const intentBase = {
  id: kebabId,
  /** A Dutch button label. */
  title: z.string().min(1).max(MAX_BUTTON_LABEL),
  examples: z.array(z.string().min(1)),
  keywords: z.array(z.string().min(1)).optional(),
};

/** A topic the brochures answer: shown in the topic menu, answered with a response. */
export const topicIntentSchema = z.strictObject({
  ...intentBase,
  kind: z.literal('topic').default('topic'),
  category: z.string().min(1),
  response: kebabId,
  examples: z.array(z.string().min(1)).min(10),
  related: z.array(kebabId).max(3).optional(),
});

/** Greeting, thanks and the like: answered with a frame text, never with medical content. */
export const smalltalkIntentSchema = z.strictObject({
  ...intentBase,
  kind: z.literal('smalltalk'),
  frame: z.string().min(1),
  examples: z.array(z.string().min(1)).min(5),
});

/** Questions near the domain that the brochures do not answer: matching one means falling back. */
export const outOfScopeIntentSchema = z.strictObject({
  ...intentBase,
  kind: z.literal('out-of-scope'),
  examples: z.array(z.string().min(1)).min(10),
});

export const intentSchema = z.union([smalltalkIntentSchema, outOfScopeIntentSchema, topicIntentSchema]);
export type Intent = z.infer<typeof intentSchema>;
export type TopicIntent = z.infer<typeof topicIntentSchema>;

/** The bot's own words. Each text is plain Dutch; `{phone}` is not templated: texts are written out. */
export const frameTextSchema = z.strictObject({
  text: z.string().min(1).max(MAX_MESSAGE_LENGTH),
  review: reviewSchema.optional(),
});
export type FrameText = z.infer<typeof frameTextSchema>;

export const FRAME_KEYS = [
  'welcome',
  'help',
  'didYouMean',
  'fallback',
  'fallbackStarters',
  'notCovered',
  'storyStarters',
  'nonText',
  'disclaimer',
  'privacy',
  'alarm',
  'alarmEmergency',
  'alarmEnglish',
  'crisis',
  'crisisEnglish',
  'support',
  'englishNote',
  'greeting',
  'thanks',
  'goodbye',
  'whoAreYou',
  'capabilities',
  'topicMenu',
  'relatedTopics',
  'feedbackQuestion',
  'feedbackThanks',
  'groupChat',
  'openPrivateChat',
  'staleButton',
  'rateLimited',
  'organisations',
] as const;
export type FrameKey = (typeof FRAME_KEYS)[number];

export const frameSchema = z.strictObject({
  /** The phone line of the practice, as written in its folder. */
  phone: z.string().regex(/^0\d{3}-\d{6}$/),
  categories: z.array(z.string().min(1).max(MAX_BUTTON_LABEL)).min(1),
  texts: z.strictObject(
    Object.fromEntries(FRAME_KEYS.map((key) => [key, frameTextSchema])) as Record<FrameKey, typeof frameTextSchema>,
  ),
  /** Organisations named in the brochures, for /organisaties. */
  organisations: z.array(linkSchema).min(1),
  /**
   * Categories whose answers end with the support line (113): a message about grief may hide a crisis
   * the detector does not recognise, and the line costs a reader nothing.
   */
  supportAfter: z.array(z.string().min(1)).default([]),
  /**
   * Words of grief and fear: a message the bot cannot answer that holds one of them still gets the
   * support line, because a fallback alone ("Sorry, daar weet ik geen antwoord op") is cold to it.
   */
  supportWords: z.array(z.string().min(1)).default([]),
  /**
   * Words that say a message is about a miscarriage ("ik heb net een miskraam gehad"). A message the bot
   * cannot answer that holds one gets the topics below as buttons instead of a bare "geen antwoord":
   * such a message is often the first one, telling what happened before there is a question.
   */
  starterWords: z.array(z.string().min(1)).default([]),
  /** Topic ids offered then, in this order. */
  starterTopics: z.array(z.string().min(1)).default([]),
  /**
   * Topics whose passages describe the normal course of bleeding and pain. After an alarm sign their
   * passage is not shown, whatever the message asks: beside "het bloedt nu enorm" it could read as "normal".
   */
  notBesideAlarm: z.array(z.string().min(1)).default([]),
});
export type Frame = z.infer<typeof frameSchema>;

/** Word lists that shape how messages are read; see intents/lexicon/. */
export const lexiconSchema = z.strictObject({
  /** misspelling -> correct word */
  spelling: z.record(z.string(), z.string()).default({}),
  /** lay word or phrase -> words the intents use */
  synonyms: z.record(z.string(), z.string()).default({}),
  /** word -> stem, where the Dutch stemmer merges words that mean different things ("kans" is not "kan") */
  stems: z.record(z.string(), z.string()).default({}),
  /** words that carry no meaning for matching (never used by the alarm detector) */
  stopwords: z.array(z.string()).default([]),
  /** subject -> words the brochures never use: a short question about one falls back (src/match/not-covered.ts) */
  notCovered: z.record(z.string(), z.array(z.string().min(1))).default({}),
});
export type Lexicon = z.infer<typeof lexiconSchema>;
