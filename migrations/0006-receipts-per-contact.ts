import { type Kysely, sql } from 'kysely';

// Inbound dedupe keys are scoped to the contact (the web-chat conversation, the Telegram or WhatsApp chat):
// a client message id that one conversation used no longer makes another conversation's message a
// "duplicate". Receipts already stored keep their meaning (same contact, same id), so a message retried
// across the upgrade is still recognised. Forward-only; never edit once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table inbound_receipts drop constraint inbound_receipts_pkey;
    alter table inbound_receipts add primary key (contact_id, external_id);
  `.execute(db);
}
