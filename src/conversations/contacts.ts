import type { Kysely } from 'kysely';
import type { ChannelName } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';

/**
 * Finds or creates the contact and locks its row until the transaction ends. The lock is what keeps one
 * person's messages in order: a second message of theirs waits here until the first has committed.
 */
export async function lockContact(
  db: Kysely<DB>,
  channel: ChannelName,
  address: string,
  now: Date,
): Promise<{ id: string }> {
  return db
    .insertInto('contacts')
    .values({ channel, address, last_seen_at: now })
    .onConflict((oc) => oc.columns(['channel', 'address']).doUpdateSet({ last_seen_at: now }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Locks a known contact's row (for work not started by a message, such as a timeout). */
export async function lockContactById(
  db: Kysely<DB>,
  contactId: string,
): Promise<{ id: string; channel: ChannelName; address: string } | undefined> {
  const row = await db
    .selectFrom('contacts')
    .select(['id', 'channel', 'address'])
    .where('id', '=', contactId)
    .forUpdate()
    .executeTakeFirst();
  return row as { id: string; channel: ChannelName; address: string } | undefined;
}

/** Records that a platform message arrived; false when it was seen before (a redelivery). */
export async function recordReceipt(
  db: Kysely<DB>,
  channel: ChannelName,
  externalId: string,
  contactId: string,
): Promise<boolean> {
  const inserted = await db
    .insertInto('inbound_receipts')
    .values({ channel, external_id: externalId, contact_id: contactId })
    .onConflict((oc) => oc.doNothing())
    .returning('external_id')
    .executeTakeFirst();
  return inserted !== undefined;
}
