import { type Kysely, sql } from 'kysely';
import type { ChannelName, OutboundMessage } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';
import type { OutboxItem } from './channel-sender.ts';

/**
 * Claims due rows for sending: at most the oldest pending row per contact (so one chat's messages go in
 * order), skipping rows another worker holds, and leases them so a crashed worker's rows come back.
 * One statement (it commits on its own): the rows are locked, leased and returned in one round trip.
 * `channels` limits the claim to rows this worker can send (a separate worker process has no WhatsApp socket).
 */
export async function claimDueOutbound(
  db: Kysely<DB>,
  now: Date,
  leaseMs: number,
  limit: number,
  channels?: readonly ChannelName[],
): Promise<OutboxItem[]> {
  const { rows } = await sql<{
    id: string;
    contact_id: string;
    channel: string;
    address: string;
    kind: OutboxItem['kind'];
    payload: unknown;
    attempts: number;
  }>`
    with due as (
      select o.id from outbox o
      where o.status = 'pending' and o.next_attempt_at <= ${now}
        ${channels ? sql`and o.channel = any(${[...channels]}::text[])` : sql``}
        and not exists (
          select 1 from outbox e
          where e.contact_id = o.contact_id and e.status = 'pending' and e.id < o.id
        )
      order by o.id
      limit ${limit}
      for update skip locked
    )
    update outbox o
    set next_attempt_at = ${new Date(now.getTime() + leaseMs)}, attempts = o.attempts + 1
    from due where o.id = due.id
    returning o.id, o.contact_id, o.channel, o.address, o.kind, o.payload, o.attempts
  `.execute(db);
  // RETURNING keeps no order: oldest first, as the rows were queued.
  rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  return rows.map((r) => ({
    id: r.id,
    contactId: r.contact_id,
    channel: r.channel as ChannelName,
    address: r.address,
    kind: r.kind,
    message: r.kind === 'message' ? (r.payload as OutboundMessage) : null,
    attempts: r.attempts,
  }));
}

/** Marks rows sent. */
export async function markSent(db: Kysely<DB>, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: now, last_error: null })
    .where('id', 'in', ids)
    .execute();
}

/** Puts a row back in the queue for a later try. */
export async function markRetry(db: Kysely<DB>, id: string, at: Date, reason: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ next_attempt_at: at, last_error: reason })
    .where('id', '=', id)
    .execute();
}

/** Gives up on a row for good. */
export async function markFailed(db: Kysely<DB>, id: string, reason: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'failed', last_error: reason }).where('id', '=', id).execute();
}
