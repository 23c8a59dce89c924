import { describe, expect, it } from 'vitest';
import { textUpdate, TOKEN, usePollingBot } from './bot-process.js';

describe('the bot process, long polling, against a loopback Bot API', () => {
  // The first getMe fails: the bot must wait and retry, not exit.
  const polling = usePollingBot((api) => api.failNext('getMe', 502));
  const { api } = polling;

  it('registers its commands at start-up', () => {
    const commands = api.successful('setMyCommands')[0]?.payload.commands as { command: string }[];
    expect(commands.map((c) => c.command)).toEqual(['start', 'onderwerpen', 'spoed', 'organisaties', 'privacy', 'help']);
  });

  it('answers a question with the escalation first, retrying once after a 429', async () => {
    api.failNext('sendMessage', 429, { parameters: { retry_after: 1 } });
    api.push(textUpdate('CANARY-TEXT-4242 ik heb 39 graden koorts, wat is een curettage?'));
    await api.waitFor(() => api.successful('sendMessage').length >= 1);
    const sent = api.successful('sendMessage').map((c) => String(c.payload.text));
    expect(sent[0]).toContain('0318-553465');
    expect(api.calls.filter((c) => c.method === 'sendMessage' && c.status === 429)).toHaveLength(1);
    // The escalation was sent exactly once, after the retry.
    expect(sent.filter((t) => t.includes('reden om ons te bellen: 0318-553465'))).toHaveLength(1);
  });

  it('survives a 502 from getUpdates and keeps answering', async () => {
    const before = api.successful('sendMessage').length;
    api.failNext('getUpdates', 502);
    api.push(textUpdate('wat is een curettage?'));
    await api.waitFor(() => api.successful('sendMessage').length > before, 15_000);
    expect(api.successful('sendMessage').slice(before).map((c) => String(c.payload.text)).join('\n')).toContain('curettage');
  });

  it('never logs the message text, names, usernames or the token', () => {
    const output = polling.bot.output();
    expect(output).toContain('"update"');
    for (const secret of ['CANARY-TEXT', 'CanaryName', 'canary_username', TOKEN, 'E2E-TOKEN']) expect(output).not.toContain(secret);
  });

  it('stops cleanly on SIGTERM', async () => {
    polling.bot.child.kill('SIGTERM');
    expect(await polling.bot.exited).toBe(0);
  });
});
