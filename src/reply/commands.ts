import type { Content } from '../content/load.js';
import { MENU_LABEL, type OutgoingMessage } from './messages.js';
import { emergencyMessage, organisationsMessage, topicMenu } from './menu.js';

/** The bot's commands with their Dutch descriptions (registered with Telegram's setMyCommands). */
export const COMMANDS = [
  { command: 'start', description: 'Welkom en uitleg' },
  { command: 'onderwerpen', description: 'Alle onderwerpen' },
  { command: 'spoed', description: 'Wanneer je de praktijk moet bellen' },
  { command: 'organisaties', description: 'Organisaties die je kunnen helpen' },
  { command: 'privacy', description: 'Wat er met je berichten gebeurt' },
  { command: 'help', description: 'Hoe je deze bot gebruikt' },
] as const;

/** The reply to a command; an unknown command gets the help text. */
export function commandMessages(content: Content, command: string): OutgoingMessage[] {
  const texts = content.frame.texts;
  switch (command.toLowerCase()) {
    case 'start':
      return [{ text: texts.welcome.text, buttons: [[{ kind: 'menu', label: MENU_LABEL }]] }];
    case 'onderwerpen':
      return [topicMenu(content)];
    case 'spoed':
      return [emergencyMessage(content)];
    case 'organisaties':
      return [organisationsMessage(content)];
    case 'privacy':
      return [{ text: texts.privacy.text, buttons: [] }];
    default:
      return [{ text: texts.help.text, buttons: [[{ kind: 'menu', label: MENU_LABEL }]] }];
  }
}
