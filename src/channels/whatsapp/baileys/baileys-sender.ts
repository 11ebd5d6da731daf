import type { WAMessageKey } from '@whiskeysockets/baileys';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { errorReason } from '../../../logging/error-reason.ts';
import type { ChannelSender, OutboxItem, SendResult } from '../../../outbox/channel-sender.ts';
import { createSendPacer, type SendPacer, type SendPacerOptions } from '../../../outbox/send-pacer.ts';
import { listDeletableMessages, markMessagesDeleted, recordSentMessage } from '../sent-messages.ts';
import type { BaileysSocket } from './baileys-connection.ts';
import { renderBaileysMessage } from './render-baileys-message.ts';

/** Disappearing messages, when the person asks for them: 24 hours, the shortest WhatsApp offers. */
const DISAPPEAR_AFTER_SECONDS = 24 * 60 * 60;

/**
 * How far back delete-for-everyone reaches. WhatsApp allows about two and a half days; two days leaves
 * room for clock skew so a delete is not refused half-way.
 */
export const DELETE_WINDOW_MS = 48 * 60 * 60_000;

/**
 * A linked number sending like a person: about one message a second per chat after a short burst (a question
 * is often two or three messages), and ten a second overall. Why so slow: WhatsApp bans numbers that send like
 * bots, and losing the number loses every conversation on it.
 */
export const BAILEYS_PACE: SendPacerOptions = {
  perAddressPerSecond: 1,
  perAddressBurst: 3,
  overallPerSecond: 10,
};

// Baileys' status codes (its DisconnectReason and WhatsApp's answers), said in our words.
const BAILEYS_FAILURES: Readonly<Record<number, string>> = {
  400: 'request refused',
  401: 'the linked number was logged out',
  403: 'forbidden',
  404: 'not found',
  406: 'not acceptable',
  408: 'timed out',
  428: 'connection closed',
  429: 'rate limited',
  440: 'connection replaced by another session',
  500: 'WhatsApp server error',
  503: 'WhatsApp unavailable',
};

/**
 * Classifies an error from Baileys' sendMessage into the outbox's terms. The reason is the status code with a
 * fixed description, never the error's message: it is stored, shown on the desk and logged, and a message can
 * quote the address or what was being sent.
 */
export function classifyBaileysFailure(error: unknown): SendResult {
  const code = (error as { output?: { statusCode?: number } } | null)?.output?.statusCode;
  const reason = errorReason(
    `baileys send failed: ${(code !== undefined && BAILEYS_FAILURES[code]) || 'unexpected error'}`,
    error,
  );
  // Why so few permanent cases: a linked number mostly fails because the socket is down, which passes.
  if (code === 400 || code === 403 || code === 404 || code === 406) return { type: 'permanent', reason };
  if (code === 429) return { type: 'retry', reason, afterMs: 30_000 };
  return { type: 'retry', reason };
}

/** Sends outbox rows over the open Baileys socket; deletes the bot's recent messages for the delete command. */
export function baileysSender(
  db: Kysely<DB>,
  socket: () => BaileysSocket | undefined,
  clock = () => new Date(),
  pacer: SendPacer = createSendPacer(BAILEYS_PACE),
): ChannelSender {
  async function deleteRecent(sock: BaileysSocket, item: OutboxItem): Promise<SendResult> {
    const now = clock();
    const messages = await listDeletableMessages(
      db,
      item.contactId,
      new Date(now.getTime() - DELETE_WINDOW_MS),
    );
    const done: string[] = [];
    try {
      for (const message of messages) {
        await sock.sendMessage(item.address, { delete: message.key as WAMessageKey });
        done.push(message.id);
      }
    } catch (error) {
      // What was deleted stays marked, so a retry continues where this one stopped.
      await markMessagesDeleted(db, done, now);
      return classifyBaileysFailure(error);
    }
    await markMessagesDeleted(db, done, now);
    return { type: 'sent' };
  }

  return {
    async send(item) {
      const sock = socket();
      if (!sock) return { type: 'retry', reason: 'whatsapp not connected', afterMs: 5_000 };
      if (item.kind === 'delete') return deleteRecent(sock, item);
      if (item.kind === 'disappearing') {
        try {
          await sock.sendMessage(item.address, { disappearingMessagesInChat: DISAPPEAR_AFTER_SECONDS });
          return { type: 'sent' };
        } catch (error) {
          return classifyBaileysFailure(error);
        }
      }
      if (!item.message) return { type: 'permanent', reason: 'message row without payload' };
      let sent: Awaited<ReturnType<BaileysSocket['sendMessage']>>;
      await pacer.take(item.address);
      try {
        sent = await sock.sendMessage(item.address, renderBaileysMessage(item.message));
      } catch (error) {
        return classifyBaileysFailure(error);
      }
      if (sent?.key?.id) {
        await recordSentMessage(db, {
          transport: 'baileys',
          contactId: item.contactId,
          outboxId: item.id,
          waMessageId: sent.key.id,
          messageKey: sent.key,
          sentAt: clock(),
        });
      }
      return { type: 'sent' };
    },
  };
}
