import type { Update, UserFromGetMe } from 'grammy/types';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loadCheckedContent } from '../../src/content/check.js';
import { createBot } from '../../src/bot/create-bot.js';
import { createChatHasher } from '../../src/logger.js';
import { createResponder } from '../../src/reply/plan.js';

export const BOT_INFO: UserFromGetMe = {
  id: 42,
  is_bot: true,
  first_name: 'Vraagbaak',
  username: 'vraagbaak_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

const responder = createResponder(loadCheckedContent());
export const frame = responder.content.frame;

/**
 * A real grammY bot with no network: botInfo is given and an API transformer records every call and
 * answers it like Telegram would. Logs are captured so tests can check what they hold.
 */
export function createTestBot(options: { rateLimit?: { limit: number; windowMs: number; now?: () => number } } = {}) {
  const calls: ApiCall[] = [];
  const logLines: string[] = [];
  const logger = pino({ level: 'debug' }, new Writable({ write: (chunk, _encoding, done) => { logLines.push(String(chunk)); done(); } }));
  const bot = createBot({ token: '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz', responder, logger, hashChat: createChatHasher('test-salt-0123456789'), botConfig: { botInfo: BOT_INFO }, ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) });
  let messageId = 1000;
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    const result = method === 'sendMessage' || method === 'editMessageText' ? { message_id: messageId++, date: 0, chat: { id: 1, type: 'private' }, text: '' } : true;
    return { ok: true, result } as never;
  });
  return { bot, calls, logLines, sent: () => calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.payload.text)) };
}

let updateId = 1;
const privateChat = { id: 777, type: 'private' as const, first_name: 'Canarynaam' };
const user = { id: 777, is_bot: false, first_name: 'Canarynaam', username: 'canary_user' };

export function textUpdate(text: string, chat: Record<string, unknown> = privateChat): Update {
  const entities = text.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }] : undefined;
  return { update_id: updateId++, message: { message_id: updateId, date: 0, chat, from: user, text, ...(entities ? { entities } : {}) } } as unknown as Update;
}

export function messageUpdate(fields: Record<string, unknown>, chat: Record<string, unknown> = privateChat): Update {
  return { update_id: updateId++, message: { message_id: updateId, date: 0, chat, from: user, ...fields } } as unknown as Update;
}

export function callbackUpdate(data: string): Update {
  return {
    update_id: updateId++,
    callback_query: { id: `cb${updateId}`, from: user, chat_instance: 'x', data, message: { message_id: 5, date: 0, chat: privateChat, text: 'menu' } },
  } as unknown as Update;
}

export function editedUpdate(text: string): Update {
  return { update_id: updateId++, edited_message: { message_id: 1, date: 0, edit_date: 1, chat: privateChat, from: user, text } } as unknown as Update;
}

export const groupChat = { id: -100123, type: 'supergroup', title: 'Groep' };
