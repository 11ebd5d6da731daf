import type { Api, Context } from 'grammy';
import type { Logger } from 'pino';
import { handleInbound } from '../../conversations/handle-inbound.ts';
import type { Host } from '../../conversations/host.ts';
import { InvalidInboundError } from '../../conversations/validate-inbound.ts';
import { errorForLog } from '../../logging/error-for-log.ts';
import { normalizeUpdate } from './normalize-update.ts';
import type { TelegramIdRecorder } from './telegram-id-recorder.ts';
import { claimGroupNotice } from './telegram-store.ts';

/** What handling an update needs. */
export interface TelegramUpdateOptions {
  host: Host;
  logger: Logger;
  /** Called after a message was queued, so the outbox worker sends without waiting for its poll. */
  onQueued: () => void;
  /** Writes message ids (relaxed commits, batched with concurrent updates and sent parts). */
  recorder: TelegramIdRecorder;
}

// Neutral and bilingual: whoever reads a group must not learn what Suar is for.
const PRIVATE_ONLY = 'Bot ini hanya bisa dipakai lewat chat pribadi.\nThis bot only works in private chats.';

/**
 * The bot's one middleware: normalise the update, note its message id (for the delete command), and hand it to
 * the host. It resolves after the host's transaction committed, so the webhook answers Telegram only then.
 */
export function telegramUpdateHandler(options: TelegramUpdateOptions) {
  const { host, logger, onQueued } = options;
  return async function handleTelegramUpdate(ctx: Context): Promise<void> {
    const normalized = normalizeUpdate(ctx.update);
    if (normalized.type === 'ignored') {
      logger.debug({
        event: 'telegram_update_ignored',
        update_id: ctx.update.update_id,
        reason: normalized.reason,
      });
      return;
    }
    if (normalized.type === 'not_private') {
      if (await claimGroupNotice(host.db, normalized.chatId)) noticeGroup(ctx.api, normalized.chatId, logger);
      return;
    }
    // Noted before the host runs: if the host then fails, Telegram redelivers and the key absorbs the repeat.
    // Relaxed commit is enough: the host's durable commit right after flushes the log past this record.
    // Batched: concurrent updates share one insert.
    await options.recorder.record({
      chatId: normalized.chatId,
      messageId: normalized.messageId,
      direction: 'in',
      sentAt: normalized.sentAt,
    });
    try {
      const outcome = await handleInbound(host, normalized.message);
      if (outcome.status !== 'duplicate') onQueued();
    } catch (error) {
      // A shape the host refuses will be refused on every redelivery: acknowledge it rather than loop.
      if (!(error instanceof InvalidInboundError)) throw error;
      logger.warn({
        event: 'telegram_update_refused',
        update_id: ctx.update.update_id,
        reason: error.message,
      });
    }
  };
}

/**
 * Tells a group once that Suar works in private chats, then leaves it. Why inline and not through the outbox:
 * a group is no contact of ours, and nothing in it needs delivery guarantees.
 */
function noticeGroup(api: Api, chatId: string, logger: Logger): void {
  void (async () => {
    try {
      await api.sendMessage(chatId, PRIVATE_ONLY);
      await api.leaveChat(chatId);
    } catch (error) {
      logger.info({ event: 'telegram_group_notice_failed', ...errorForLog(error) });
    }
  })();
}
