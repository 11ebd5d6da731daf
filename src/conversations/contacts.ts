import type { Kysely } from 'kysely';
import type { ChannelName } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';

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
