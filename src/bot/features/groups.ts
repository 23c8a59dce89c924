import { Composer } from 'grammy';
import type { Responder } from '../../reply/plan.js';
import type { BotContext } from '../context.js';
import { sendAll } from '../send.js';

/**
 * Group chats: never a medical answer (others would read it). On a command or a mention the bot says,
 * once per chat, that it works in a private chat, with a link to itself. Everything else is ignored.
 */
export function groupsFeature(responder: Responder): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const told = new Set<number>();
  const groups = composer.chatType(['group', 'supergroup']);
  groups.on('message', async (ctx) => {
    const username = ctx.me.username;
    const entities = [...(ctx.message.entities ?? []), ...(ctx.message.caption_entities ?? [])];
    const text = ctx.message.text ?? ctx.message.caption ?? '';
    const addressed = entities.some(
      (e) => (e.type === 'bot_command' && e.offset === 0) || (e.type === 'mention' && text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === username.toLowerCase()),
    );
    ctx.meta.outcome = addressed ? 'group-notice' : 'group-ignored';
    if (!addressed || told.has(ctx.chat.id)) return;
    told.add(ctx.chat.id);
    await sendAll(ctx, [{ text: responder.content.frame.texts.groupChat.text, buttons: [[{ kind: 'url', label: responder.content.frame.texts.openPrivateChat.text, url: `https://t.me/${username}` }]] }]);
  });
  return composer;
}
