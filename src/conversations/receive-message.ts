import { type Kysely, sql } from 'kysely';
import type { InboundMessage } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';

/** The contact a message belongs to, and the message's log id (null when it was a redelivery). */
export interface Received {
  contactId: string;
  messageId: string | null;
}

function payloadOf(message: InboundMessage): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  if (message.location) payload.location = message.location;
  if (message.phone) payload.phone = message.phone;
  if (message.attachments?.length) payload.attachments = message.attachments;
  if (message.edited) payload.edited = true;
  if (message.startPayload) payload.startPayload = message.startPayload;
  return payload;
}

/**
 * Takes a message in, in one statement: finds or creates the contact and locks its row (a second message
 * of the same person waits here until this transaction ends: that is what keeps their messages in order),
 * records the receipt that makes a redelivery a no-op, and logs the message only when it is new.
 * One round trip instead of three: this is the hot path of every channel.
 */
export async function receiveMessage(db: Kysely<DB>, message: InboundMessage, now: Date): Promise<Received> {
  const { rows } = await sql<{ contact_id: string; message_id: string | null }>`
    with contact as (
      insert into contacts (channel, address, last_seen_at)
      values (${message.channel}, ${message.address}, ${now})
      on conflict (channel, address) do update set last_seen_at = excluded.last_seen_at
      returning id
    ), receipt as (
      insert into inbound_receipts (channel, external_id, contact_id, received_at)
      select ${message.channel}, ${message.externalId}, id, ${now} from contact
      on conflict do nothing
      returning contact_id
    ), logged as (
      insert into messages (contact_id, direction, channel, external_id, body, payload, created_at)
      select contact_id, 'in', ${message.channel}, ${message.externalId}, ${message.text ?? null},
             ${JSON.stringify(payloadOf(message))}::jsonb, ${now}
      from receipt
      returning id
    )
    select contact.id as contact_id, (select id from logged) as message_id from contact
  `.execute(db);
  const row = rows[0]!;
  return { contactId: row.contact_id, messageId: row.message_id === null ? null : String(row.message_id) };
}
