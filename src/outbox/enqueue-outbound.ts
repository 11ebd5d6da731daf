import { type Kysely, type RawBuilder, sql } from 'kysely';
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

/** Replies to log and queue, and the ticket they belong to. */
export interface ReplyBatch {
  ticketId: string | null;
  replies: OutboundMessage[];
}

/**
 * The common table expressions that log replies and queue them, in the order given (message and outbox ids
 * follow that order, which is the order the worker sends them in): `queued` returns the message ids. For a
 * statement that does other work too (saving the session with its replies costs one round trip, not two).
 */
export function logAndEnqueueRepliesSql(
  to: Recipient,
  batches: ReplyBatch[],
  now: Date,
): RawBuilder<unknown> {
  const items = batches.flatMap(({ ticketId, replies }) =>
    replies.map((reply) => ({ t: ticketId, m: reply })),
  );
  return sql`
    reply_input as (
      select ord, (elem->>'t')::uuid as ticket_id, elem->'m'->>'text' as body, (elem->'m') - 'text' as rest
      from jsonb_array_elements(${JSON.stringify(items)}::jsonb) with ordinality as t(elem, ord)
    ), reply_logged as (
      insert into messages (contact_id, ticket_id, direction, channel, body, payload, created_at)
      select ${to.contactId}::uuid, ticket_id, 'out', ${to.channel}, body, rest, ${now}
      from reply_input order by ord
      returning id, body, payload
    ), queued as (
      insert into outbox (contact_id, channel, address, message_id, kind, payload)
      select ${to.contactId}::uuid, ${to.channel}, ${to.address}, id, 'message',
             payload || jsonb_build_object('text', body)
      from reply_logged order by id
      returning message_id
    )`;
}

/**
 * Logs replies and queues them, in one statement, in the order given. Runs in the caller's transaction.
 * Returns the message log ids, in that order.
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
    with ${logAndEnqueueRepliesSql(to, [{ ticketId, replies }], now)}
    select message_id from queued
  `.execute(db);
  return rows.map((r) => String(r.message_id)).sort((a, b) => Number(a) - Number(b));
}
