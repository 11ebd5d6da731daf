import { type Kysely, sql } from 'kysely';
import type { InboundMessage } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';

/** The contact a message belongs to, and the message's log id (null when it was a redelivery or over the cap). */
export interface Received {
  contactId: string;
  messageId: string | null;
  /** The conversation's hourly cap was reached: nothing was stored. */
  overCap: boolean;
  /** When the current hour of the cap started. */
  hourStartedAt: Date;
  /** Staff replies wait for this person's safe window (released when they write). */
  hasHeldReplies: boolean;
}

/** How to take a message in. */
export interface ReceiveOptions {
  /** Messages stored per conversation per hour. */
  hourlyCap: number;
  /** Stored but not run through the conversation (the person wrote faster than the limit). */
  throttled?: boolean;
}

function payloadOf(message: InboundMessage, throttled: boolean): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  if (throttled) payload.throttled = true;
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
export async function receiveMessage(
  db: Kysely<DB>,
  message: InboundMessage,
  now: Date,
  options: ReceiveOptions,
): Promise<Received> {
  // The hour counter rides on the contact upsert: a fixed window that restarts with the first message
  // after it ran out. Over the cap, neither receipt nor log row is written.
  const { rows } = await sql<{
    contact_id: string;
    message_id: string | null;
    over_cap: boolean;
    hour_started_at: Date;
    has_held_replies: boolean;
  }>`
    with contact as (
      insert into contacts (channel, address, last_seen_at, inbound_hour_started_at, inbound_hour_count)
      values (${message.channel}, ${message.address}, ${now}, ${now}, 1)
      on conflict (channel, address) do update set
        last_seen_at = excluded.last_seen_at,
        inbound_hour_started_at = case
          when contacts.inbound_hour_started_at > excluded.last_seen_at - interval '1 hour'
          then contacts.inbound_hour_started_at else excluded.last_seen_at end,
        inbound_hour_count = case
          when contacts.inbound_hour_started_at > excluded.last_seen_at - interval '1 hour'
          then contacts.inbound_hour_count + 1 else 1 end
      returning id, inbound_hour_count, inbound_hour_started_at
    ), receipt as (
      insert into inbound_receipts (channel, external_id, contact_id, received_at)
      select ${message.channel}, ${message.externalId}, id, ${now} from contact
      where inbound_hour_count <= ${options.hourlyCap}
      on conflict do nothing
      returning contact_id
    ), logged as (
      insert into messages (contact_id, direction, channel, external_id, body, payload, created_at)
      select contact_id, 'in', ${message.channel}, ${message.externalId}, ${message.text ?? null},
             ${JSON.stringify(payloadOf(message, options.throttled ?? false))}::jsonb, ${now}
      from receipt
      returning id
    )
    select contact.id as contact_id, (select id from logged) as message_id,
           contact.inbound_hour_count > ${options.hourlyCap} as over_cap,
           contact.inbound_hour_started_at as hour_started_at,
      exists (
        select 1 from held_replies h
        where h.contact_id = contact.id and h.released_at is null and h.cancelled_at is null
      ) as has_held_replies
    from contact
  `.execute(db);
  const row = rows[0]!;
  return {
    contactId: row.contact_id,
    messageId: row.message_id === null ? null : String(row.message_id),
    overCap: row.over_cap,
    hourStartedAt: new Date(row.hour_started_at),
    hasHeldReplies: row.has_held_replies,
  };
}

/** Claims the one "hourly cap reached" notice of the current hour; false when it was sent already. */
export async function claimCapNotice(db: Kysely<DB>, contactId: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('contacts')
    .set({ cap_noticed_at: now })
    .where('id', '=', contactId)
    .where((eb) =>
      eb.or([eb('cap_noticed_at', 'is', null), eb('cap_noticed_at', '<', eb.ref('inbound_hour_started_at'))]),
    )
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
