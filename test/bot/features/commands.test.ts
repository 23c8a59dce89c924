import { describe, expect, it } from 'vitest';
import { encodeCallback } from '../../../src/content/limits.js';
import { COMMANDS } from '../../../src/reply/commands.js';
import { alarmText } from '../../../src/reply/messages.js';
import { buttonsOf, createTestBot, frame, messageUpdate, textUpdate } from '../helpers.js';

describe('commands in a private chat', () => {
  it('/start welcomes with the alarm criteria, the privacy line and a topic-menu button', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('/start'));
    expect(calls.map((c) => c.method)).toEqual(['sendMessage']);
    expect(calls[0]!.payload).toMatchObject({ chat_id: 777, text: frame.texts.welcome.text });
    expect(calls[0]!.payload.text).toContain('0318-553465');
    expect(calls[0]!.payload.text).toContain('Deel geen namen of persoonlijke gegevens');
    expect(buttonsOf(calls[0]).map((b) => b.callback_data)).toEqual([encodeCallback('menu')]);
  });

  it('/start with a deep-link payload and /start@botname are /start too', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate('/start from-group'));
    await bot.handleUpdate(textUpdate('/start@vraagbaak_bot'));
    expect(sent()).toEqual([frame.texts.welcome.text, frame.texts.welcome.text]);
  });

  it.each([
    ['/spoed', alarmText(frame)],
    ['/privacy', frame.texts.privacy.text],
    ['/help', frame.texts.help.text],
    ['/onderwerpen', frame.texts.topicMenu.text],
    ['/organisaties', frame.texts.organisations.text],
    ['/HELP', frame.texts.help.text],
  ])('%s answers with its text', async (command, text) => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate(command));
    expect(sent()).toEqual([text]);
  });

  it('/spoed names the practice line and 112', async () => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(textUpdate('/spoed'));
    expect(sent()[0]).toContain('0318-553465');
    expect(sent()[0]).toContain('112');
  });

  it('an unknown command gets the help text, with the menu button', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('/bestaatniet'));
    expect(calls[0]!.payload.text).toBe(frame.texts.help.text);
    expect(buttonsOf(calls[0]).map((b) => b.callback_data)).toEqual([encodeCallback('menu')]);
  });

  it('/organisaties gives a URL button per organisation', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('/organisaties'));
    expect(buttonsOf(calls[0])).toEqual(frame.organisations.map((o) => ({ text: o.label, url: o.url })));
  });

  it('/onderwerpen shows the categories as buttons', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(textUpdate('/onderwerpen'));
    expect(buttonsOf(calls[0]).map((b) => b.text)).toEqual(frame.categories);
    expect(buttonsOf(calls[0]).map((b) => b.callback_data)).toEqual(frame.categories.map((_, i) => encodeCallback('category', String(i))));
  });

  it('every command Telegram shows in its menu has an answer of its own', async () => {
    for (const { command } of COMMANDS) {
      const { bot, logLines } = createTestBot();
      await bot.handleUpdate(textUpdate(`/${command}`));
      expect(logLines.join('')).toContain(`"outcome":"command:${command}"`);
    }
  });

  it('a slash in the middle of a sentence is a question, not a command', async () => {
    const { bot, logLines } = createTestBot();
    await bot.handleUpdate(messageUpdate({ text: 'wat is anti-d? /help', entities: [{ type: 'bot_command', offset: 15, length: 5 }] }));
    expect(logLines.join('')).not.toContain('"outcome":"command:');
  });
});
