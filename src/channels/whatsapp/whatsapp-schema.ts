import type { ColumnType, Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// The WhatsApp tables (migrations/0003-whatsapp.ts). Why here and not in db/schema.ts: they belong to this
// channel alone, and `withTables` adds them to the shared DB type only where they are used.

/** Baileys credentials and signal keys, one row per key, BufferJSON text. */
export interface WhatsappAuthTable {
  account: string;
  kind: string;
  id: string;
  value: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** Messages Suar sent on WhatsApp: ids, times and delivery status, never text. */
export interface WhatsappSentMessagesTable {
  id: ColumnType<string, never, never>;
  transport: 'baileys' | 'cloud';
  contact_id: string;
  outbox_id: string | null;
  wa_message_id: string;
  /** Baileys' message key (what delete-for-everyone needs); null for the Cloud API. */
  message_key: ColumnType<unknown, string | null, string | null> | null;
  sent_at: ColumnType<Date, Date | string, Date | string>;
  status: ColumnType<string, string | undefined, string>;
  status_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  error: string | null;
  deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** The shared tables plus the WhatsApp ones. */
export type WhatsappDB = DB & {
  whatsapp_auth: WhatsappAuthTable;
  whatsapp_sent_messages: WhatsappSentMessagesTable;
};

/** The database seen with the WhatsApp tables. */
export function withWhatsapp(db: Kysely<DB>): Kysely<WhatsappDB> {
  return db.withTables<{
    whatsapp_auth: WhatsappAuthTable;
    whatsapp_sent_messages: WhatsappSentMessagesTable;
  }>();
}
