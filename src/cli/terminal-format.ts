import type { Button, OutgoingMessage } from '../reply/messages.js';

/**
 * Shows messages in a terminal: each message's text, then its buttons as numbered choices
 * (URL buttons as their address). Returns the choices so the local chat can act on a typed number.
 */
export function formatForTerminal(messages: OutgoingMessage[]): { text: string; choices: Button[] } {
  const choices: Button[] = [];
  const parts = messages.map((message) => {
    const lines = [message.text];
    for (const row of message.buttons) {
      const cells = row.map((button) => {
        if (button.kind === 'url') return `${button.label}: ${button.url}`;
        choices.push(button);
        return `[${choices.length}] ${button.label}`;
      });
      lines.push(cells.join('   '));
    }
    return lines.join('\n');
  });
  return { text: parts.join('\n\n'), choices };
}
