import { z } from 'zod';
import { CALLBACK_VERSION, encodeCallback } from '../content/limits.js';
import type { Button } from '../reply/messages.js';

/**
 * Button payloads: "<version>:<action>:<argument>", parsed with zod. Anything else (an old version,
 * a forged payload, an unknown intent) is rejected and answered with "Deze knop werkt niet meer".
 */
const intentId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60);
export const callbackSchema = z.union([
  z.object({ action: z.literal('i'), arg: intentId }),
  z.object({ action: z.literal('c'), arg: z.string().regex(/^\d{1,2}$/) }),
  z.object({ action: z.literal('m'), arg: z.literal('') }),
  z.object({ action: z.literal('u'), arg: intentId }),
  z.object({ action: z.literal('d'), arg: intentId }),
]);
export type CallbackData = z.infer<typeof callbackSchema>;

/** The action a button press asks for, or undefined for data this version of the bot did not make. */
export function parseCallback(data: string | undefined): CallbackData | undefined {
  if (!data) return undefined;
  const match = /^([^:]*):([^:]*):(.*)$/s.exec(data);
  if (!match || match[1] !== CALLBACK_VERSION) return undefined;
  const parsed = callbackSchema.safeParse({ action: match[2], arg: match[3] });
  return parsed.success ? parsed.data : undefined;
}

/** The payload a (non-URL) button sends back. */
export function callbackFor(button: Exclude<Button, { kind: 'url' }>): string {
  switch (button.kind) {
    case 'intent':
      return encodeCallback('intent', button.intentId);
    case 'category':
      return encodeCallback('category', String(button.index));
    case 'menu':
      return encodeCallback('menu');
    case 'vote':
      return encodeCallback(button.up ? 'vote-up' : 'vote-down', button.intentId);
  }
}
