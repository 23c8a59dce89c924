import { formatPassage } from '../content/render.js';
import { MAX_MESSAGE_LENGTH } from '../content/limits.js';
import type { Frame } from '../content/schema.js';
import type { ReplyPlan } from './plan.js';
import { splitMessage } from './split.js';

export type Button =
  | { kind: 'intent'; intentId: string; label: string }
  | { kind: 'url'; url: string; label: string }
  | { kind: 'menu'; label: string }
  | { kind: 'category'; index: number; label: string }
  | { kind: 'vote'; intentId: string; up: boolean; label: string };

/** A message as the patient will see it, independent of Telegram: text and rows of buttons. */
export interface OutgoingMessage {
  text: string;
  buttons: Button[][];
}

export const MENU_LABEL = 'Alle onderwerpen';

/** A row with one button that opens a topic. */
export function topicButton(topic: { id: string; title: string }): Button[] {
  return [{ kind: 'intent', intentId: topic.id, label: topic.title }];
}

/** The escalation: the folder's criteria with the practice line, then the 112 line. */
export function alarmText(frame: Frame): string {
  return `${frame.texts.alarm.text}\n\n${frame.texts.alarmEmergency.text}`;
}

/** A frame text followed by the support line when the plan asks for it. */
function withSupport(text: string, plan: ReplyPlan, frame: Frame): string {
  return plan.support ? `${text}\n\n${frame.texts.support.text}` : text;
}

/**
 * Turns a reply plan into the messages to send, in order: the crisis message, the escalation as its own
 * message, an English note when an answer in Dutch follows, then the answer (split at paragraphs when
 * too long, buttons on the last part).
 */
export function renderPlan(plan: ReplyPlan, frame: Frame): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  const menu: Button[] = [{ kind: 'menu', label: MENU_LABEL }];
  // Crisis before anything else; after it only an answer to a question the bot can answer.
  if (plan.crisis.crisis) messages.push({ text: frame.texts[plan.english ? 'crisisEnglish' : 'crisis'].text, buttons: [] });
  // The escalation comes before the note that the bot answers in Dutch: someone writing in English
  // about a fever must first read that she should call, in words she reads, then the folder's own.
  if (plan.alarm.alarm) {
    const escalation = alarmText(frame);
    messages.push({ text: plan.english ? `${frame.texts.alarmEnglish.text}\n\n${escalation}` : escalation, buttons: [] });
  }
  if (plan.english && (plan.outcome === 'answer' || !(plan.crisis.crisis || plan.alarm.alarm))) {
    messages.push({ text: frame.texts.englishNote.text, buttons: [] });
  }
  // After a crisis or alarm reply, only a confident answer follows: asking back or apologising would
  // bury the one thing that matters. Nor are the topics it would have asked back about offered as
  // buttons: for "elk kwartier een nieuw verband vol, is dat nog normaal??" they are bleeding after a
  // miscarriage, whose passage calls weeks of bleeding normal.
  if ((plan.crisis.crisis || plan.alarm.alarm) && plan.outcome !== 'answer') {
    messages[messages.length - 1]?.buttons.push(menu);
    return messages;
  }

  switch (plan.outcome) {
    case 'answer': {
      const blocks = plan.passages.map((p) => formatPassage(p.quote, p.sourceLabel, p.section));
      if (plan.support) blocks.push(frame.texts.support.text);
      blocks.push(frame.texts.disclaimer.text, frame.texts.feedbackQuestion.text);
      const buttons: Button[][] = [];
      for (const link of plan.links) buttons.push([{ kind: 'url', url: link.url, label: link.label }]);
      if (plan.intent) {
        buttons.push([
          { kind: 'vote', intentId: plan.intent, up: true, label: '👍' },
          { kind: 'vote', intentId: plan.intent, up: false, label: '👎' },
        ]);
      }
      for (const related of plan.related) buttons.push(topicButton(related));
      buttons.push(menu);
      const parts = splitMessage(blocks.join('\n\n'), MAX_MESSAGE_LENGTH);
      parts.forEach((text, i) => messages.push({ text, buttons: i === parts.length - 1 ? buttons : [] }));
      break;
    }
    case 'smalltalk':
      messages.push({ text: frame.texts[plan.frame ?? 'greeting'].text, buttons: [menu] });
      break;
    case 'suggest':
      messages.push({
        text: withSupport(frame.texts.didYouMean.text, plan, frame),
        buttons: [...plan.suggestions.map(topicButton), menu],
      });
      break;
    case 'fallback': {
      const starters = plan.starters ?? [];
      messages.push({
        // The plan names the frame text whenever it offers starting topics or knows why it cannot answer.
        text: withSupport(frame.texts[plan.frame ?? 'fallback'].text, plan, frame),
        buttons: [...starters.map(topicButton), menu],
      });
      break;
    }
  }
  return messages;
}
