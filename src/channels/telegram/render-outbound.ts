import type { ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'grammy/types';
import type { OutboundMessage } from '../inbound-message.ts';

/** Telegram's limit on one message's text. */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** One sendMessage call. */
export interface TelegramPart {
  text: string;
  replyMarkup?: ReplyKeyboardMarkup | ReplyKeyboardRemove;
}

// The button labels Telegram adds beside the flow's own options; Indonesian unless the conversation is English.
const SHARE_LABELS: Record<'location' | 'phone', Record<'id' | 'en', string>> = {
  location: { id: '📍 Kirim lokasi saya', en: '📍 Share my location' },
  phone: { id: '📱 Kirim nomor saya', en: '📱 Share my number' },
};

// Answers typed by the person: a keyboard would only cover the screen of a small phone.
const FREE_TEXT = new Set(['text', 'number', 'date']);

/**
 * Renders an outbound message as Telegram messages: the text split under the limit, and the keyboard on the
 * last part (Telegram shows the latest message's keyboard). Pure.
 */
export function renderOutbound(message: OutboundMessage, language: string): TelegramPart[] {
  const texts = splitText(message.text, TELEGRAM_TEXT_LIMIT);
  const parts: TelegramPart[] = texts.map((text) => ({ text }));
  const markup = keyboardFor(message, language === 'en' ? 'en' : 'id');
  if (markup) parts[parts.length - 1]!.replyMarkup = markup;
  return parts;
}

function keyboardFor(
  message: OutboundMessage,
  language: 'id' | 'en',
): ReplyKeyboardMarkup | ReplyKeyboardRemove | undefined {
  const expects = message.expects;
  if (expects && FREE_TEXT.has(expects)) return { remove_keyboard: true };
  const rows: ReplyKeyboardMarkup['keyboard'] = [];
  if (expects === 'location') rows.push([{ text: SHARE_LABELS.location[language], request_location: true }]);
  if (expects === 'phone') rows.push([{ text: SHARE_LABELS.phone[language], request_contact: true }]);
  rows.push(...optionRows(message.options));
  // A statement without options leaves whatever keyboard the pending question showed.
  if (rows.length === 0) return undefined;
  return { keyboard: rows, one_time_keyboard: true, resize_keyboard: true, is_persistent: false };
}

/** Short labels two to a row (thumb-sized), long ones alone so they are not cut off. */
function optionRows(options: string[]): { text: string }[][] {
  const rows: { text: string }[][] = [];
  const short = options.every((o) => o.length <= 14);
  for (let i = 0; i < options.length; i += short ? 2 : 1) {
    rows.push(options.slice(i, i + (short ? 2 : 1)).map((text) => ({ text })));
  }
  return rows;
}

/**
 * Splits a text into pieces of at most `limit` UTF-16 units (Telegram counts those), cutting at the last line
 * break or space in the second half of the window, and never cutting a surrogate pair in two.
 */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' '));
    if (cut < limit / 2) cut = limit;
    const code = rest.charCodeAt(cut - 1);
    if (cut === limit && code >= 0xd800 && code <= 0xdbff) cut -= 1;
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
