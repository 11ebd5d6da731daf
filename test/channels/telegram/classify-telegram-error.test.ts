import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { classifyTelegramError } from '../../../src/channels/telegram/classify-telegram-error.ts';

const refusal = (error_code: number, description: string, retry_after?: number) =>
  new GrammyError(
    "Call to 'sendMessage' failed!",
    { ok: false, error_code, description, ...(retry_after ? { parameters: { retry_after } } : {}) },
    'sendMessage',
    { chat_id: 42, text: 'Siti disekap di Dubai, +6281234567890' },
  );

describe('classifyTelegramError', () => {
  it('says Telegram’s refusals in fixed words, never the description it sent back', () => {
    // Telegram's description can quote the text it refused to parse.
    const quoted = refusal(
      400,
      'Bad Request: can\'t parse entities: Unsupported start tag "Siti" at byte offset 0',
    );
    expect(classifyTelegramError(quoted)).toEqual({
      type: 'permanent',
      reason: 'telegram 400: request refused',
    });
    expect(classifyTelegramError(refusal(403, 'Forbidden: bot was blocked by the user'))).toEqual({
      type: 'permanent',
      reason: 'telegram 403: the person blocked the bot',
    });
    expect(classifyTelegramError(refusal(429, 'Too Many Requests: retry after 7', 7))).toEqual({
      type: 'retry',
      reason: 'telegram 429: too many requests',
      afterMs: 7_000,
    });
    expect(classifyTelegramError(refusal(502, 'Bad Gateway'))).toEqual({
      type: 'retry',
      reason: 'telegram 502: Telegram server error',
    });
  });

  it('names a network failure by its error and code, not its message', () => {
    const socket = Object.assign(new Error('connect to +6281234567890 failed'), { code: 'ECONNRESET' });
    const fetchFailed = new TypeError('fetch failed', { cause: socket });
    const network = new HttpError(
      "Network request for 'sendMessage' failed! Siti disekap di Dubai",
      fetchFailed,
    );
    expect(classifyTelegramError(network)).toEqual({
      type: 'retry',
      reason: 'telegram network error (HttpError, ECONNRESET)',
    });
  });

  it('names an unexpected error by its name only', () => {
    const result = classifyTelegramError(new RangeError('text "Siti disekap di Dubai" too long'));
    expect(result).toEqual({ type: 'retry', reason: 'unexpected telegram error (RangeError)' });
  });
});
