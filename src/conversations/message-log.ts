import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Links a contact's unlinked log rows to their ticket, so staff see the whole conversation. */
export async function linkMessagesToTicket(
  db: Kysely<DB>,
  contactId: string,
  ticketId: string,
  since: Date,
): Promise<void> {
  await db
    .updateTable('messages')
    .set({ ticket_id: ticketId })
    .where('contact_id', '=', contactId)
    .where('ticket_id', 'is', null)
    .where('created_at', '>=', since)
    .execute();
}
