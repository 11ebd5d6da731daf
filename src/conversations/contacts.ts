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

/**
 * Moves a contact to a new address (WhatsApp's LID to the phone number it stands for), so one person stays
 * one contact. Done only when no contact has the new address yet: two conversations are never merged here.
 * True when the contact moved.
 */
export async function moveContactAddress(
  db: Kysely<DB>,
  channel: ChannelName,
  from: string,
  to: string,
): Promise<boolean> {
  if (from === to) return false;
  const moved = await db
    .updateTable('contacts')
    .set({ address: to })
    .where('channel', '=', channel)
    .where('address', '=', from)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('contacts as other')
            .select('other.id')
            .where('other.channel', '=', channel)
            .where('other.address', '=', to),
        ),
      ),
    )
    .returning('id')
    .executeTakeFirst();
  return moved !== undefined;
}
