import { type Kysely, sql } from 'kysely';
import type { InboundMessage } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';
import { findSessionWithTexts, type StoredSession } from './sessions.ts';

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
  /** The conversation as it stands, read under the contact's lock (when the message is new). */
  stored: StoredSession | undefined;
  /** The person's texts since the session started, this message's last (what triage reads). */
  texts: string[];
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
  // The log keeps what the attachment was; names and download details stay with the evidence item.
  if (message.attachments?.length) {
    payload.attachments = message.attachments.map(({ kind, ref, size, mimeType }) => ({
      kind,
      ref,
      ...(size !== undefined ? { size } : {}),
      ...(mimeType !== undefined ? { mimeType } : {}),
    }));
  }
  if (message.edited) payload.edited = true;
  if (message.startPayload) payload.startPayload = message.startPayload;
  return payload;
}

/** Texts triage reads at most (the most recent). */
const MAX_TEXTS = 100;

/**
 * Takes a message in, in one statement: finds or creates the contact and locks its row (a second message
 * of the same person waits here until this transaction ends: that is what keeps their messages in order),
 * records the receipt that makes a redelivery a no-op, logs the message only when it is new, and reads the
 * conversation (session and texts). One round trip on the hot path of every channel.
 *
 * Why the count: a statement reads from the snapshot it started with, so when it had to wait for another
 * message of the same person, the session it read may be the one before that message. The contact's
 * `inbound_seq`, bumped under the lock, says so (the snapshot saw an older count), and only then the
 * conversation is read again, now under the lock.
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
    inbound_seq: string;
    seen_seq: string | null;
    state: StoredSession['session'] | null;
    language_state: StoredSession['languageState'];
    texts: string[] | null;
  }>`
    with seen as (
      select inbound_seq from contacts where channel = ${message.channel} and address = ${message.address}
    ), contact as (
      insert into contacts (channel, address, last_seen_at, inbound_hour_started_at, inbound_hour_count, inbound_seq)
      values (${message.channel}, ${message.address}, ${now}, ${now}, 1, 1)
      on conflict (channel, address) do update set
        last_seen_at = excluded.last_seen_at,
        inbound_seq = contacts.inbound_seq + 1,
        inbound_hour_started_at = case
          when contacts.inbound_hour_started_at > excluded.last_seen_at - interval '1 hour'
          then contacts.inbound_hour_started_at else excluded.last_seen_at end,
        inbound_hour_count = case
          when contacts.inbound_hour_started_at > excluded.last_seen_at - interval '1 hour'
          then contacts.inbound_hour_count + 1 else 1 end
      returning id, inbound_hour_count, inbound_hour_started_at, inbound_seq
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
      ) as has_held_replies,
      contact.inbound_seq, (select inbound_seq from seen) as seen_seq,
      s.state, s.language_state,
      (
        select json_agg(t.body order by t.id)
        from (
          select m.id, m.body from messages m
          where m.contact_id = contact.id and m.direction = 'in' and m.body is not null
            and m.created_at >= coalesce((s.state->>'startedAt')::timestamptz, ${now})
          order by m.id desc
          limit ${MAX_TEXTS}
        ) t
      ) as texts
    from contact
    left join sessions s on s.contact_id = contact.id
  `.execute(db);
  const row = rows[0]!;
  const received = {
    contactId: row.contact_id,
    messageId: row.message_id === null ? null : String(row.message_id),
    overCap: row.over_cap,
    hourStartedAt: new Date(row.hour_started_at),
    hasHeldReplies: row.has_held_replies,
  };
  if (received.messageId === null) return { ...received, stored: undefined, texts: [] };
  const current =
    row.seen_seq === null
      ? String(row.inbound_seq) === '1'
      : BigInt(row.inbound_seq) === BigInt(row.seen_seq) + 1n;
  if (!current) {
    // Another message of this person committed while this one waited for the lock: read again.
    return { ...received, ...(await findSessionWithTexts(db, row.contact_id, now)) };
  }
  // The message logged by this statement is not in its own snapshot: it is the last text.
  const texts = [...(row.texts ?? []), ...(message.text !== undefined ? [message.text] : [])].slice(
    -MAX_TEXTS,
  );
  const stored = row.state ? { session: row.state, languageState: row.language_state ?? null } : undefined;
  return { ...received, stored, texts };
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
