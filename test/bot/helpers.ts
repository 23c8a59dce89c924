import { Writable } from 'node:stream';
import type { Update, UserFromGetMe } from 'grammy/types';
import { pino } from 'pino';
import { createBot } from '../../src/bot/create-bot.js';
import { loadCheckedContent } from '../../src/content/check.js';
import { createChatHasher } from '../../src/logger.js';
import { createResponder, type Responder } from '../../src/reply/plan.js';

/**
 * The one place that builds test bots and updates. A real grammY bot with no network: botInfo is
 * given, and an API transformer records every call and answers it the way Telegram would.
 */

export const TOKEN = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';

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
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export const responder = createResponder(loadCheckedContent());
export const frame = responder.content.frame;

/** A Telegram error for the next call of a method. */
export interface ApiFailure {
  error_code: number;
  description: string;
}

export interface TestBotOptions {
  responder?: Responder;
  rateLimit?: { limit: number; windowMs: number; now?: () => number };
}

export function createTestBot(options: TestBotOptions = {}) {
  const calls: ApiCall[] = [];
  const logLines: string[] = [];
  const failures = new Map<string, (ApiFailure | Error)[]>();
  const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _encoding, done) => (logLines.push(String(chunk)), done()) }));
  const bot = createBot({
    token: TOKEN,
    responder: options.responder ?? responder,
    logger,
    hashChat: createChatHasher('test-salt-0123456789'),
    botConfig: { botInfo: BOT_INFO },
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  let messageId = 1000;
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    const failure = failures.get(method)?.shift();
    if (failure instanceof Error) throw failure;
    if (failure) return { ok: false, ...failure } as never;
    return { ok: true, result: fakeResultFor(method, payload as Record<string, unknown>, messageId++) } as never;
  });
  return {
    bot,
    calls,
    logLines,
    /** The texts of the sendMessage calls, in order. */
    sent: () => calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.payload.text)),
    /** The next call of `method` fails: Telegram says no (ApiFailure), or the request throws (Error). */
    failNext: (method: string, failure: ApiFailure | Error) => failures.set(method, [...(failures.get(method) ?? []), failure]),
  };
}

function fakeResultFor(method: string, payload: Record<string, unknown>, messageId: number): unknown {
  if (method === 'getMe') return BOT_INFO;
  if (method === 'sendMessage' || method === 'editMessageText') {
    return { message_id: messageId, date: 0, chat: { id: payload.chat_id, type: 'private', first_name: 'x' }, text: payload.text };
  }
  return true;
}

/** The inline keyboard of a call, flattened, as Telegram would get it. */
export function buttonsOf(call: ApiCall | undefined): { text: string; callback_data?: string; url?: string }[] {
  const markup = call?.payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][] } | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}

let updateId = 1;
/** The patient: name and username are canaries that must never reach a log. */
export const privateChat = { id: 777, type: 'private', first_name: 'Canarynaam', username: 'canary_user' };
export const groupChat = { id: -100123, type: 'supergroup', title: 'Groep' };
/** Another patient's private chat, for tests that need several chats. */
export const privateChatOf = (id: number) => ({ ...privateChat, id });
const user = { id: 777, is_bot: false, first_name: 'Canarynaam', username: 'canary_user', language_code: 'nl' };

/** A message update; `fields` holds its content (text, sticker, photo with caption, ...). */
export function messageUpdate(fields: Record<string, unknown>, chat: Record<string, unknown> = privateChat): Update {
  const id = updateId++;
  return { update_id: id, message: { message_id: id, date: 1_700_000_000, chat, from: user, ...fields } } as unknown as Update;
}

/** A text message, with a bot_command entity when it starts with a command, as Telegram sends it. */
export function textUpdate(text: string, chat: Record<string, unknown> = privateChat): Update {
  const command = /^\/\S+/.exec(text)?.[0];
  return messageUpdate({ text, ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}) }, chat);
}

/** A button press on a message the bot sent earlier in `chat`. */
export function callbackUpdate(data: string | undefined, chat: Record<string, unknown> = privateChat): Update {
  const id = updateId++;
  return {
    update_id: id,
    callback_query: {
      id: `cb${id}`,
      from: user,
      chat_instance: 'ci-1',
      ...(data === undefined ? {} : { data }),
      message: { message_id: 5, date: 1_700_000_000, chat, from: BOT_INFO, text: 'menu' },
    },
  } as unknown as Update;
}

export function editedUpdate(text: string): Update {
  const id = updateId++;
  return { update_id: id, edited_message: { message_id: 1, date: 0, edit_date: 1, chat: privateChat, from: user, text } } as unknown as Update;
}

export function channelPostUpdate(text: string): Update {
  const id = updateId++;
  return { update_id: id, channel_post: { message_id: 1, date: 0, chat: { id: -100999, type: 'channel', title: 'Kanaal' }, text } } as unknown as Update;
}

/** The bot added to a group, or a member update in a group. */
export function memberUpdate(kind: 'my_chat_member' | 'chat_member'): Update {
  const id = updateId++;
  const member = (status: string) => ({ status, user: BOT_INFO });
  return {
    update_id: id,
    [kind]: { chat: groupChat, from: user, date: 0, old_chat_member: member('left'), new_chat_member: member('member') },
  } as unknown as Update;
}
