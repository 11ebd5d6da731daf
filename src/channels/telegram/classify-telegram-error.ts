import { GrammyError, HttpError } from 'grammy';
import { errorReason } from '../../logging/error-reason.ts';
import type { SendResult } from '../../outbox/channel-sender.ts';

// Telegram's descriptions that matter to staff, said in our words. Why not Telegram's own text: a description
// can quote what was sent ("can't parse entities: Unsupported start tag …"), and the reason is stored, shown on
// the desk and logged.
const KNOWN_REFUSALS: readonly (readonly [RegExp, string])[] = [
  [/bot was blocked by the user/i, 'the person blocked the bot'],
  [/user is deactivated/i, 'the person deleted their Telegram account'],
  [/bot was kicked/i, 'the bot was removed from the chat'],
  [/chat not found/i, 'chat not found'],
  [/message to delete not found|message can't be deleted/i, 'the message can no longer be deleted'],
];

function describeTelegramRefusal(error: GrammyError): string {
  const known = KNOWN_REFUSALS.find(([pattern]) => pattern.test(error.description));
  if (known) return known[1];
  if (error.error_code === 429) return 'too many requests';
  if (error.error_code >= 500) return 'Telegram server error';
  if (error.error_code === 401) return 'bot token refused';
  if (error.error_code === 403) return 'forbidden';
  return 'request refused';
}

/**
 * Classifies a failed Bot API call for the outbox: 429 → retry after Telegram's delay; 403 (blocked, kicked,
 * deactivated) and other 4xx (chat not found, bad request) → permanent; 5xx and network errors → retry with
 * backoff. Reasons are Telegram's error_code with a fixed description, never the error's message.
 */
export function classifyTelegramError(error: unknown): SendResult {
  if (error instanceof GrammyError) {
    const reason = `telegram ${error.error_code}: ${describeTelegramRefusal(error)}`;
    if (error.error_code === 429) {
      const seconds = error.parameters.retry_after ?? 5;
      return { type: 'retry', reason, afterMs: seconds * 1000 };
    }
    if (error.error_code >= 500) return { type: 'retry', reason };
    // Why every other 4xx is permanent: the same request would be refused the same way again.
    return { type: 'permanent', reason };
  }
  if (error instanceof HttpError)
    return { type: 'retry', reason: errorReason('telegram network error', error) };
  return { type: 'retry', reason: errorReason('unexpected telegram error', error) };
}
