import { Context, type MiddlewareFn } from 'grammy';
import type { MessageEntity } from 'grammy/types';
import type { BotContext, FeatureDeps } from '../context.js';
import { sendAll } from '../send.js';

const isMessage = Context.has.filterQuery('message');

/** True for a command meant for this bot ("/help", "/help@thisbot") or a mention of it. */
function addressesBot(text: string, entities: MessageEntity[], bot: { id: number; username: string }): boolean {
  const username = bot.username.toLowerCase();
  return entities.some((e) => {
    const part = text.slice(e.offset, e.offset + e.length).toLowerCase();
    if (e.type === 'bot_command') return e.offset === 0 && (!part.includes('@') || part.endsWith(`@${username}`));
    if (e.type === 'mention') return part === `@${username}`;
    return e.type === 'text_mention' && e.user.id === bot.id;
  });
}

/**
 * Group chats: never a medical answer (others would read it). On a command or a mention the bot says,
 * once per chat, that it works in a private chat, with a link to itself. Everything else is ignored.
 */
export function groupsFeature({ responder }: FeatureDeps): MiddlewareFn<BotContext> {
  const { texts } = responder.content.frame;
  // Per process: after a restart a group may hear it once more, which is harmless.
  const told = new Set<number>();
  return async (ctx, next) => {
    if ((ctx.chat?.type !== 'group' && ctx.chat?.type !== 'supergroup') || !isMessage(ctx)) return next();
    const text = ctx.message.text ?? ctx.message.caption ?? '';
    const entities = ctx.message.entities ?? ctx.message.caption_entities ?? [];
    const addressed = addressesBot(text, entities, ctx.me);
    ctx.meta.outcome = addressed ? 'group-notice' : 'group-ignored';
    if (!addressed || told.has(ctx.chat.id)) return;
    told.add(ctx.chat.id);
    await sendAll(ctx, [{ text: texts.groupChat.text, buttons: [[{ kind: 'url', label: texts.openPrivateChat.text, url: `https://t.me/${ctx.me.username}` }]] }]);
  };
}
