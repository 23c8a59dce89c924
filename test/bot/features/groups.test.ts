import { describe, expect, it } from 'vitest';
import { buttonsOf, channelPostUpdate, createTestBot, editedUpdate, frame, groupChat, memberUpdate, messageUpdate, textUpdate } from '../helpers.js';

const mention = (text: string, offset: number, length: number) => messageUpdate({ text, entities: [{ type: 'mention', offset, length }] }, groupChat);

describe('group chats', () => {
  it('never answer a medical question, alarm or not', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('wat is een curettage?', groupChat));
    await bot.handleUpdate(textUpdate('ik heb 39 graden koorts na de miskraam', groupChat));
    await bot.handleUpdate(messageUpdate({ sticker: { file_id: 'x', file_unique_id: 'y', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } }, groupChat));
    expect(calls).toEqual([]);
  });

  it('a command gets the private-chat notice with a deep link, once per chat', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('/start', groupChat));
    await bot.handleUpdate(textUpdate('/help', groupChat));
    await bot.handleUpdate(mention('@vraagbaak_bot hoi', 0, 14));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.payload).toMatchObject({ chat_id: groupChat.id, text: frame.texts.groupChat.text });
    expect(buttonsOf(calls[0])).toEqual([{ text: frame.texts.openPrivateChat.text, url: 'https://t.me/vraagbaak_bot' }]);
  });

  it('a mention of the bot gets the notice; each group hears it once', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(mention('hoi @Vraagbaak_bot, wat is een curettage?', 4, 14));
    await bot.handleUpdate(textUpdate('/onderwerpen', { id: -42, type: 'group', title: 'Andere groep' }));
    expect(calls.map((c) => c.payload.chat_id)).toEqual([groupChat.id, -42]);
    expect(calls.every((c) => c.payload.text === frame.texts.groupChat.text)).toBe(true);
  });

  it("ignores another bot's command and a mention of someone else", async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('/start@anderebot', groupChat));
    await bot.handleUpdate(mention('@iemand wat denk jij?', 0, 7));
    expect(calls).toEqual([]);
  });
});

describe('updates the bot does not answer', () => {
  it.each([
    ['an edited message', () => editedUpdate('ik heb koorts')],
    ['a channel post', () => channelPostUpdate('/start')],
    ['the bot added to a group', () => memberUpdate('my_chat_member')],
    ['a member update', () => memberUpdate('chat_member')],
  ])('%s is ignored without error', async (_what, update) => {
    const { bot, calls, logLines } = createTestBot();
    await bot.handleUpdate(update());
    expect(calls).toEqual([]);
    expect(logLines.join('')).not.toContain('"level":50');
  });
});
