import type { ColumnType, Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// The Telegram tables (migrations/0002-telegram.ts). Why here and not in db/schema.ts: they belong to this
// channel alone, and `withTables` adds them to the shared DB type only where they are used.

/** Telegram message ids per chat: what the delete command can remove. Ids and times only, never text. */
export interface TelegramMessagesTable {
  chat_id: string;
  /** bigint: arrives as a string from pg. */
  message_id: ColumnType<string, number | string, never>;
  direction: 'in' | 'out';
  /** The outbox row a sent part belongs to (so a retried long message skips the parts already sent). */
  outbox_id: ColumnType<string | null, string | null | undefined, never>;
  part: number | null;
  sent_at: ColumnType<Date, Date, never>;
}

/** Group chats already told that Suar only works in private chats. */
export interface TelegramGroupNoticesTable {
  chat_id: string;
  noticed_at: ColumnType<Date, Date | undefined, never>;
}

/** The shared tables plus the Telegram ones. */
export type TelegramDB = DB & {
  telegram_messages: TelegramMessagesTable;
  telegram_group_notices: TelegramGroupNoticesTable;
};

function withTelegram(db: Kysely<DB>): Kysely<TelegramDB> {
  return db.withTables<{
    telegram_messages: TelegramMessagesTable;
    telegram_group_notices: TelegramGroupNoticesTable;
  }>();
}

/** One message in a Telegram chat, by id. */
export interface TelegramMessageRecord {
  chatId: string;
  messageId: number;
  direction: 'in' | 'out';
  sentAt: Date;
  outboxId?: string;
  part?: number;
}

/** Remembers a message id in a chat (a redelivered update is absorbed by the primary key). */
export async function recordTelegramMessage(db: Kysely<DB>, record: TelegramMessageRecord): Promise<void> {
  await recordTelegramMessages(db, [record]);
}

/** Remembers several message ids in one statement (duplicates are absorbed by the primary key). */
export async function recordTelegramMessages(
  db: Kysely<DB>,
  records: TelegramMessageRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await withTelegram(db)
    .insertInto('telegram_messages')
    .values(
      records.map((record) => ({
        chat_id: record.chatId,
        message_id: record.messageId,
        direction: record.direction,
        outbox_id: record.outboxId ?? null,
        part: record.part ?? null,
        sent_at: record.sentAt,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** How many parts of an outbox row were sent already (a long text is split into several messages). */
export async function countSentParts(db: Kysely<DB>, outboxId: string): Promise<number> {
  const row = await withTelegram(db)
    .selectFrom('telegram_messages')
    .select(({ fn }) => fn.countAll<string>().as('parts'))
    .where('outbox_id', '=', outboxId)
    .executeTakeFirst();
  return Number(row?.parts ?? 0);
}

/** Message ids in a chat sent after a time, oldest first. */
export async function listMessagesSince(db: Kysely<DB>, chatId: string, since: Date): Promise<number[]> {
  const rows = await withTelegram(db)
    .selectFrom('telegram_messages')
    .select('message_id')
    .where('chat_id', '=', chatId)
    .where('sent_at', '>', since)
    .orderBy('message_id')
    .execute();
  return rows.map((r) => Number(r.message_id));
}

/** Forgets a chat's deleted message ids and those too old to delete (sent at or before `tooOld`). */
export async function forgetMessages(
  db: Kysely<DB>,
  chatId: string,
  messageIds: number[],
  tooOld: Date,
): Promise<void> {
  await withTelegram(db)
    .deleteFrom('telegram_messages')
    .where('chat_id', '=', chatId)
    .where((eb) =>
      messageIds.length > 0
        ? eb.or([eb('message_id', 'in', messageIds.map(String)), eb('sent_at', '<=', tooOld)])
        : eb('sent_at', '<=', tooOld),
    )
    .execute();
}

/** Records that a group chat was told Suar works in private only; false when it had been told before. */
export async function claimGroupNotice(db: Kysely<DB>, chatId: string): Promise<boolean> {
  const inserted = await withTelegram(db)
    .insertInto('telegram_group_notices')
    .values({ chat_id: chatId })
    .onConflict((oc) => oc.doNothing())
    .returning('chat_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The language a contact's conversation is in ('id' when unknown), for the few labels Telegram adds. */
export async function findConversationLanguage(db: Kysely<DB>, contactId: string): Promise<string> {
  const row = await db
    .selectFrom('sessions')
    .select('state')
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  const language = (row?.state as { language?: unknown } | undefined)?.language;
  return typeof language === 'string' ? language : 'id';
}
