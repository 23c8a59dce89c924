import { describe, expect, it } from 'vitest';
import { encodeCallback } from '../../src/content/limits.js';
import { COMMANDS } from '../../src/reply/commands.js';
import { callbackUpdate, privateChatOf, textUpdate } from '../bot/helpers.js';
import { TOKEN, usePollingBot } from './bot-process.js';

const CANARY = 'CANARY-TEXT-4242';

describe('the bot process, long polling, against a loopback Bot API', () => {
  // The first getMe fails: the bot waits and retries, it does not exit.
  const polling = usePollingBot((api) => api.failNext('getMe', 502));
  const { api } = polling;

  it('starts up: commands registered, any webhook removed without dropping pending updates', () => {
    const commands = api.successful('setMyCommands')[0]?.payload.commands as { command: string; description: string }[];
    expect(commands).toEqual(COMMANDS.map(({ command, description }) => ({ command, description })));
    expect(api.successful('deleteWebhook')[0]?.payload).toMatchObject({ drop_pending_updates: false });
    expect(api.calls.find((c) => c.method === 'getUpdates')?.payload).toMatchObject({ allowed_updates: ['message', 'callback_query'] });
  });

  it('answers /start and a question, escalation first, retrying once after a 429', async () => {
    api.failNext('sendMessage', 429, { parameters: { retry_after: 1 } });
    api.push(textUpdate('/start', privateChatOf(901)));
    api.push(textUpdate(`${CANARY} ik heb 39 graden koorts na de miskraam`, privateChatOf(902)));
    await api.waitFor(() => api.sentTo(901).length === 1 && api.sentTo(902).length >= 1);
    expect(api.sentTo(901)[0]).toContain('0318-553465');
    expect(api.sentTo(902)[0]).toContain('0318-553465');
    expect(api.calls.filter((c) => c.method === 'sendMessage' && c.status === 429)).toHaveLength(1);
    // Every message went out exactly once: the 429 was retried, not doubled.
    expect(api.sentTo(902).filter((t) => t.includes('0318-553465') && t.includes('112'))).toHaveLength(1);
  });

  it('a button press is answered and the menu edits in place', async () => {
    api.push(callbackUpdate(encodeCallback('category', '0'), privateChatOf(903)));
    await api.waitFor(() => api.successful('editMessageText').length > 0);
    expect(api.successful('answerCallbackQuery')).toHaveLength(1);
    expect(api.successful('editMessageText')[0]?.payload).toMatchObject({ chat_id: 903, message_id: 5 });
  });

  it('survives a 502 on sendMessage and a reset connection on getUpdates, and keeps answering', async () => {
    api.failNext('sendMessage', 502);
    api.resetNext('getUpdates');
    api.push(textUpdate('wat is een curettage?', privateChatOf(904)));
    await api.waitFor(() => api.sentTo(904).length > 0);
    await api.waitFor(() => api.calls.some((c) => c.method === 'getUpdates' && c.status === 0));
    api.push(textUpdate('wat is anti-d?', privateChatOf(905)));
    await api.waitFor(() => api.sentTo(905).length > 0);
    expect(api.sentTo(904).join('\n')).toContain('Bron:');
    expect(api.calls.filter((c) => c.method === 'sendMessage' && c.status === 502)).toHaveLength(1);
  });

  it('a chat whose reply hangs does not hold up another chat', async () => {
    api.hold(906);
    api.push(textUpdate('wat is een curettage?', privateChatOf(906)));
    api.push(textUpdate('wat is een curettage?', privateChatOf(907)));
    await api.waitFor(() => api.sentTo(907).length > 0);
    expect(api.sentTo(906)).toHaveLength(0);
    api.release(906);
    await api.waitFor(() => api.sentTo(906).length > 0);
  });

  it('a user who blocked the bot (403) is logged as such, without a crash or retries', async () => {
    api.failNext('sendMessage', 403, { description: 'Forbidden: bot was blocked by the user' });
    api.push(textUpdate('/help', privateChatOf(908)));
    api.push(textUpdate('/help', privateChatOf(909)));
    await api.waitFor(() => api.sentTo(909).length > 0 && polling.bot.output().includes('user blocked the bot'));
    expect(api.calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === 908)).toHaveLength(1);
  });

  it('never logs the message text, names, usernames or the token', () => {
    const output = polling.bot.output();
    expect(output).toContain('"msg":"update"');
    for (const secret of [CANARY, 'CANARY', 'Canarynaam', 'canary_user', TOKEN, 'E2E-TOKEN']) expect(output).not.toContain(secret);
  });

  it('SIGTERM while a reply is in flight: the reply is finished and its update confirmed, then exit 0', async () => {
    api.hold(910);
    const update = textUpdate('wat is een curettage?', privateChatOf(910));
    api.push(update);
    await api.waitFor(() => api.heldFor(910) > 0);
    polling.bot.child.kill('SIGTERM');
    polling.bot.child.kill('SIGTERM'); // a second signal changes nothing
    setTimeout(() => api.release(910), 300);
    expect(await polling.bot.exited).toBe(0);
    expect(api.sentTo(910).length).toBeGreaterThan(0);
    // Its last call confirms every handled update, so a restart does not answer any again.
    const last = api.calls.filter((c) => c.method === 'getUpdates').at(-1);
    expect(last?.payload).toMatchObject({ offset: update.update_id + 1, timeout: 0 });
    expect(polling.bot.output()).not.toContain('CANARY');
  });
});
