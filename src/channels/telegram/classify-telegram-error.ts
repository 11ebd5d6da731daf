import { GrammyError, HttpError } from 'grammy';
import type { SendResult } from '../../outbox/channel-sender.ts';

/**
 * Classifies a failed Bot API call for the outbox: 429 → retry after Telegram's delay; 403 (blocked, kicked,
 * deactivated) and other 4xx (chat not found, bad request) → permanent; 5xx and network errors → retry with
 * backoff. Reasons carry Telegram's description, never the message.
 */
export function classifyTelegramError(error: unknown): SendResult {
  if (error instanceof GrammyError) {
    const reason = `telegram ${error.error_code}: ${error.description}`.slice(0, 200);
    if (error.error_code === 429) {
      const seconds = error.parameters.retry_after ?? 5;
      return { type: 'retry', reason, afterMs: seconds * 1000 };
    }
    if (error.error_code >= 500) return { type: 'retry', reason };
    // Why every other 4xx is permanent: the same request would be refused the same way again.
    return { type: 'permanent', reason };
  }
  if (error instanceof HttpError) return { type: 'retry', reason: `network: ${error.message}`.slice(0, 200) };
  return { type: 'retry', reason: `unexpected: ${(error as Error)?.message ?? String(error)}`.slice(0, 200) };
}
