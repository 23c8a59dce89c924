/** Telegram's hard limits that content must respect (Bot API: callback_data 1-64 bytes, text 4096). */
export const MAX_CALLBACK_BYTES = 64;
export { MAX_BUTTON_LABEL, MAX_MESSAGE_LENGTH } from './schema.js';

/**
 * Callback data for buttons, versioned so that old buttons can be told apart from forged ones.
 * Shared by the content check (to prove every payload fits) and the Telegram layer.
 */
export const CALLBACK_VERSION = '1';
export type CallbackAction = 'intent' | 'category' | 'menu' | 'vote-up' | 'vote-down';
const ACTION_CODES: Record<CallbackAction, string> = { intent: 'i', category: 'c', menu: 'm', 'vote-up': 'u', 'vote-down': 'd' };

export function encodeCallback(action: CallbackAction, arg = ''): string {
  return `${CALLBACK_VERSION}:${ACTION_CODES[action]}:${arg}`;
}

export function byteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}
