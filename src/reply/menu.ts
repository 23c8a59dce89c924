import type { Content } from '../content/load.js';
import { alarmText, topicButton, type Button, type OutgoingMessage } from './messages.js';

export const BACK_LABEL = '« Terug';

/** The topic menu: one button per category, in the order of the frame file. */
export function topicMenu(content: Content): OutgoingMessage {
  const buttons = content.frame.categories.map((label, index): Button[] => [{ kind: 'category', index, label }]);
  return { text: content.frame.texts.topicMenu.text, buttons };
}

/** One category's topics, with a way back to the menu. Undefined for an unknown category. */
export function categoryMenu(content: Content, index: number): OutgoingMessage | undefined {
  const category = content.frame.categories[index];
  if (category === undefined) return undefined;
  const buttons: Button[][] = content.intents
    .filter((intent) => intent.kind === 'topic' && intent.category === category)
    .map(topicButton);
  buttons.push([{ kind: 'menu', label: BACK_LABEL }]);
  return { text: category, buttons };
}

/** /spoed: when to call, and the numbers. */
export function emergencyMessage(content: Content): OutgoingMessage {
  return { text: alarmText(content.frame), buttons: [] };
}

/** /organisaties: the organisations the brochures name, as link buttons. */
export function organisationsMessage(content: Content): OutgoingMessage {
  return {
    text: content.frame.texts.organisations.text,
    buttons: content.frame.organisations.map((link): Button[] => [{ kind: 'url', url: link.url, label: link.label }]),
  };
}
