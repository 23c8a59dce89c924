import { describe, expect, it } from 'vitest';
import { createTestBot, frame, messageUpdate } from '../helpers.js';

const file = { file_id: 'f1', file_unique_id: 'u1' };

describe('messages without text in a private chat', () => {
  it.each([
    ['sticker', { sticker: { ...file, type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } }],
    ['photo', { photo: [{ ...file, width: 90, height: 90 }] }],
    ['voice', { voice: { ...file, duration: 3 } }],
    ['video', { video: { ...file, width: 1, height: 1, duration: 1 } }],
    ['video_note', { video_note: { ...file, length: 1, duration: 1 } }],
    ['audio', { audio: { ...file, duration: 1 } }],
    ['animation', { animation: { ...file, width: 1, height: 1, duration: 1 } }],
    ['document', { document: { ...file, file_name: 'uitslag.pdf' } }],
    ['location', { location: { latitude: 52.03, longitude: 5.55 } }],
    ['contact', { contact: { phone_number: '+31612345678', first_name: 'Canarynaam' } }],
    ['poll', { poll: { id: 'p', question: 'CANARY?', options: [], total_voter_count: 0, is_closed: false, is_anonymous: true, type: 'regular', allows_multiple_answers: false } }],
  ])('a %s gets the kind text-only reply with the phone line', async (_kind, fields) => {
    const { bot, sent } = createTestBot();
    await bot.handleUpdate(messageUpdate(fields));
    expect(sent()).toEqual([frame.texts.nonText.text]);
    expect(sent()[0]).toContain('0318-553465');
  });

  it('a service message (a pinned message, an auto-delete timer) gets no reply', async () => {
    const { bot, calls } = createTestBot();
    await bot.handleUpdate(messageUpdate({ pinned_message: { message_id: 3, date: 0, chat: { id: 777, type: 'private' }, text: 'x' } }));
    await bot.handleUpdate(messageUpdate({ message_auto_delete_timer_changed: { message_auto_delete_time: 86_400 } }));
    expect(calls).toEqual([]);
  });
});
