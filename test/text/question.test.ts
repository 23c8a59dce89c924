import { describe, expect, it } from 'vitest';
import { asksSomething } from '../../src/text/question.js';

describe('asksSomething', () => {
  it.each(['wat is een curettage', 'moet ik bellen', 'is dat normaal', 'hoe lang duurt het bloeden', 'koorts 38,5?', 'how long does it last', 'Mag ik douchen'])('reads "%s" as a question', (text) => {
    expect(asksSomething(text)).toBe(true);
  });

  it.each(['nog steeds', 'heel veel bloed en stolsels', 'ik ben flauwgevallen', 'bloed loopt langs mijn benen', 'alweer doorheen 🩸'])('reads "%s" as telling, not asking', (text) => {
    expect(asksSomething(text)).toBe(false);
  });

  it('does not take a question word inside another word', () => {
    expect(asksSomething('watertanden en wattenstaafjes')).toBe(false);
  });
});
