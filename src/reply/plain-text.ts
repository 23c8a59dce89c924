import type { OutgoingMessage } from './messages.js';

/** The text a patient reads, all messages joined with blank lines (for `ask` and the evaluation). */
export function plainText(messages: OutgoingMessage[]): string {
  return messages.map((m) => m.text).join('\n\n');
}
