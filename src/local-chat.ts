import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { formatForTerminal } from './cli/terminal-format.js';
import { commandMessages } from './reply/commands.js';
import { categoryMenu, topicMenu } from './reply/menu.js';
import { renderPlan, type Button, type OutgoingMessage } from './reply/messages.js';
import type { Responder } from './reply/plan.js';

/**
 * A chat in the terminal with the same replies as on Telegram. Buttons are numbered choices the user
 * can type. Reads one message per line and ends at the end of input.
 */
export async function runLocalChat(responder: Responder, input: Readable, output: Writable): Promise<void> {
  const { content } = responder;
  let choices: Button[] = [];
  const show = (messages: OutgoingMessage[]) => {
    const formatted = formatForTerminal(messages);
    choices = formatted.choices;
    output.write(`${formatted.text}\n\n`);
  };

  const press = (button: Button): OutgoingMessage[] => {
    switch (button.kind) {
      case 'menu':
        return [topicMenu(content)];
      case 'category':
        return [categoryMenu(content, button.index) ?? topicMenu(content)];
      case 'intent': {
        const plan = responder.planForIntent(button.intentId);
        return plan ? renderPlan(plan, content.frame) : [topicMenu(content)];
      }
      case 'vote':
        return [{ text: content.frame.texts.feedbackThanks.text, buttons: [] }];
      case 'url':
        return [];
    }
  };

  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  // The reader went away (`npm start | head`, a closed terminal): stop quietly instead of crashing on EPIPE.
  let readerGone = false;
  output.on('error', () => {
    readerGone = true;
    lines.close();
  });
  show(commandMessages(content, 'start'));
  for await (const line of lines) {
    if (readerGone) break;
    const text = line.trim();
    if (!text) continue;
    const chosen = /^\d{1,2}$/.test(text) ? choices[Number(text) - 1] : undefined;
    if (chosen) show(press(chosen));
    else if (text.startsWith('/')) show(commandMessages(content, text.slice(1).split(/[\s@]/)[0] ?? ''));
    else show(renderPlan(responder.respond(text), content.frame));
  }
}
