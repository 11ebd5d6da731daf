import { type Kysely, sql } from 'kysely';
import type { ChannelName, OutboundMessage } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';

/** Where an outbox row goes. */
export interface Recipient {
  contactId: string;
  channel: ChannelName;
  address: string;
}

/** Queues a request about the chat itself: delete the bot's messages, or turn on disappearing messages. */
export async function enqueueChatRequest(
  db: Kysely<DB>,
  to: Recipient,
  kind: 'delete' | 'disappearing',
): Promise<void> {
  await db
    .insertInto('outbox')
    .values({
      contact_id: to.contactId,
      channel: to.channel,
      address: to.address,
      message_id: null,
      kind,
      payload: JSON.stringify({}),
    })
    .execute();
}

/**
 * Logs replies and queues them, in one statement, in the order given (message and outbox ids follow that
 * order, which is the order the worker sends them in). Runs in the caller's transaction. Returns the
 * message log ids, in that order.
 */
export async function logAndEnqueueReplies(
  db: Kysely<DB>,
  to: Recipient,
  replies: OutboundMessage[],
  ticketId: string | null,
  now: Date,
): Promise<string[]> {
  if (replies.length === 0) return [];
  const { rows } = await sql<{ message_id: string }>`
    with input as (
      select ord, elem->>'text' as body, elem - 'text' as rest
      from jsonb_array_elements(${JSON.stringify(replies)}::jsonb) with ordinality as t(elem, ord)
    ), logged as (
      insert into messages (contact_id, ticket_id, direction, channel, body, payload, created_at)
      select ${to.contactId}::uuid, ${ticketId}::uuid, 'out', ${to.channel}, body, rest, ${now}
      from input order by ord
      returning id, body, payload
    )
    insert into outbox (contact_id, channel, address, message_id, kind, payload)
    select ${to.contactId}::uuid, ${to.channel}, ${to.address}, id, 'message',
           payload || jsonb_build_object('text', body)
    from logged order by id
    returning message_id
  `.execute(db);
  return rows.map((r) => String(r.message_id)).sort((a, b) => Number(a) - Number(b));
}
