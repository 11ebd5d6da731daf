import { type Api, GrammyError } from 'grammy';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../../db/schema.ts';
import { errorForLog } from '../../logging/error-for-log.ts';
import type { ChannelSender, OutboxItem, SendResult } from '../../outbox/channel-sender.ts';
import type { SendPacer } from '../../outbox/send-pacer.ts';
import { classifyTelegramError } from './classify-telegram-error.ts';
import { renderOutbound } from './render-outbound.ts';
import { createTelegramIdRecorder, type TelegramIdRecorder } from './telegram-id-recorder.ts';
import {
  countSentParts,
  findConversationLanguage,
  forgetMessages,
  listMessagesSince,
  type TelegramMessageRecord,
} from './telegram-store.ts';

/** What the Telegram sender needs. */
export interface TelegramSenderOptions {
  api: Api;
  db: Kysely<DB>;
  /** Where sent ids are written (shared with the update handler); one of its own when absent. */
  recorder?: TelegramIdRecorder;
  pacer: SendPacer;
  logger: Logger;
  clock?: () => Date;
}

// Telegram lets a bot delete messages in a private chat for 48 hours; a margin covers clock skew.
const DELETABLE_MS = 48 * 3_600_000 - 5 * 60_000;
// deleteMessages takes at most 100 ids per call.
const DELETE_BATCH = 100;

/** The Telegram side of the outbox: sends messages (split and with keyboards) and carries out deletions. */
export function telegramSender(options: TelegramSenderOptions): ChannelSender {
  const recorder = options.recorder ?? createTelegramIdRecorder(options.db);
  const withRecorder = { ...options, recorder };
  const clock = options.clock ?? (() => new Date());
  return {
    async send(item) {
      try {
        if (item.kind === 'delete') return await deleteChat(withRecorder, item, clock);
        // Bots cannot set a chat's auto-delete timer; the person can, in Telegram's own menu.
        if (item.kind === 'disappearing') return { type: 'sent' };
        return await sendMessage(withRecorder, item);
      } catch (error) {
        return classifyTelegramError(error);
      }
    },
  };
}

async function sendMessage(
  options: TelegramSenderOptions & { recorder: TelegramIdRecorder },
  item: OutboxItem,
): Promise<SendResult> {
  const { api, db, pacer } = options;
  if (!item.message) return { type: 'permanent', reason: 'message row without payload' };
  // Only the share-location and share-number buttons need the language (their labels are Telegram's own).
  const needsLanguage = item.message.expects === 'location' || item.message.expects === 'phone';
  const language = needsLanguage ? await findConversationLanguage(db, item.contactId) : 'id';
  const parts = renderOutbound(item.message, language);
  // A retried long message resumes after the parts that already went out, instead of repeating them.
  if (parts.length > 1) await options.recorder.flush();
  const done = parts.length > 1 ? await countSentParts(db, item.id) : 0;
  for (let part = done; part < parts.length; part++) {
    const { text, replyMarkup } = parts[part]!;
    await pacer.take(item.address);
    // No sendChatAction ("typing…") anywhere: it would tell someone watching the phone that a bot answers.
    const sent = await api.sendMessage(item.address, text, {
      link_preview_options: { is_disabled: true },
      ...(replyMarkup ? { reply_markup: replyMarkup } : {}),
    });
    await remember(options, {
      chatId: item.address,
      messageId: sent.message_id,
      direction: 'out',
      sentAt: new Date(sent.date * 1000),
      outboxId: item.id,
      part,
    });
  }
  return { type: 'sent' };
}

/** The message went out; failing to note its id must not make the worker send it again. */
async function remember(
  options: TelegramSenderOptions & { recorder: TelegramIdRecorder },
  record: TelegramMessageRecord,
): Promise<void> {
  try {
    await options.recorder.record(record);
  } catch (error) {
    options.logger.warn({ event: 'telegram_id_not_recorded', ...errorForLog(error) });
  }
}

/** Deletes the bot's and the person's messages of the last 48 hours in a private chat. */
async function deleteChat(
  options: TelegramSenderOptions & { recorder: TelegramIdRecorder },
  item: OutboxItem,
  clock: () => Date,
): Promise<SendResult> {
  const { api, db, pacer, logger } = options;
  const tooOld = new Date(clock().getTime() - DELETABLE_MS);
  // Ids still on their way to the table must be in the list.
  await options.recorder.flush().catch(() => {});
  const ids = await listMessagesSince(db, item.address, tooOld);
  for (let i = 0; i < ids.length; i += DELETE_BATCH) {
    await pacer.take(item.address);
    try {
      await api.deleteMessages(item.address, ids.slice(i, i + DELETE_BATCH));
    } catch (error) {
      // Telegram refuses a batch it can delete none of (already gone, or too old): that is done, not failed.
      if (
        !(
          error instanceof GrammyError &&
          error.error_code === 400 &&
          /delete|not found/i.test(error.description)
        )
      ) {
        throw error;
      }
    }
  }
  await forgetMessages(db, item.address, ids, tooOld);
  logger.info({ event: 'telegram_chat_deleted', contact: item.contactId, count: ids.length });
  return { type: 'sent' };
}
