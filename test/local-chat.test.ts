import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runLocalChat } from '../src/local-chat.js';
import { responder } from './bot/helpers.js';

describe('local chat', () => {
  it('answers one message per line, the welcome first', async () => {
    const input = new PassThrough();
    let written = '';
    const output = new Writable({ write: (chunk, _encoding, done) => ((written += String(chunk)), done()) });
    input.end('wat is een curettage\n');
    await runLocalChat(responder, input, output);
    expect(written).toContain('Miskraam-vraagbaak');
    expect(written).toContain('curettage');
  });

  it('stops quietly when the reader goes away (EPIPE), instead of crashing', async () => {
    const input = new PassThrough();
    const output = new Writable({
      write: (_chunk, _encoding, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })),
    });
    input.write('hallo\n');
    input.write('wat is een miskraam\n');
    // Never ended: the chat must stop by itself once its output is gone.
    await expect(runLocalChat(responder, input, output)).resolves.toBeUndefined();
  });
});
