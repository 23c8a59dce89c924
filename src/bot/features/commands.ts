import { Composer } from 'grammy';
import { commandMessages } from '../../reply/commands.js';
import type { Responder } from '../../reply/plan.js';
import type { BotContext } from '../context.js';
import { sendAll } from '../send.js';

/** /start, /onderwerpen, /spoed, /organisaties, /privacy, /help; any other command gets the help text. */
export function commandsFeature(responder: Responder): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').on('message::bot_command', async (ctx, next) => {
    const entity = ctx.message.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
    if (!entity) return next();
    const command = (ctx.message.text ?? '').slice(1, entity.length).split('@')[0] ?? '';
    ctx.meta.outcome = `command:${['start', 'onderwerpen', 'spoed', 'organisaties', 'privacy', 'help'].includes(command) ? command : 'unknown'}`;
    await sendAll(ctx, commandMessages(responder.content, command));
  });
  return composer;
}
