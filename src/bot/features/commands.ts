import { Context, type MiddlewareFn } from 'grammy';
import { COMMANDS, commandMessages } from '../../reply/commands.js';
import type { BotContext, FeatureDeps } from '../context.js';
import { sendAll } from '../send.js';

const KNOWN: ReadonlySet<string> = new Set(COMMANDS.map((c) => c.command));
const hasCommand = Context.has.filterQuery('message::bot_command');

/** /start, /onderwerpen, /spoed, /organisaties, /privacy, /help; any other command gets the help text. */
export function commandsFeature({ responder }: FeatureDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (ctx.chat?.type !== 'private' || !hasCommand(ctx)) return next();
    // Only a message that starts with a command is one; "/start" halfway a sentence is just text.
    const entity = ctx.message.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
    if (!entity) return next();
    const command = (ctx.message.text ?? '').slice(1, entity.length).split('@')[0]?.toLowerCase() ?? '';
    ctx.meta.outcome = `command:${KNOWN.has(command) ? command : 'unknown'}`;
    await sendAll(ctx, commandMessages(responder.content, command));
  };
}
