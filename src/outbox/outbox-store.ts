import { type Kysely, sql } from 'kysely';
import type { ChannelName, OutboundMessage } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';
import type { OutboxItem } from './channel-sender.ts';

/**
 * Claims due rows for sending: at most the oldest pending row per contact (so one chat's messages go in
 * order), skipping rows another worker holds, and leases them so a crashed worker's rows come back.
 */
export async function claimDueOutbound(
  db: Kysely<DB>,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboxItem[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('outbox as o')
      .select(['o.id', 'o.contact_id', 'o.channel', 'o.address', 'o.kind', 'o.payload', 'o.attempts'])
      .where('o.status', '=', 'pending')
      .where('o.next_attempt_at', '<=', now)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('outbox as e')
              .select(sql`1`.as('one'))
              .whereRef('e.contact_id', '=', 'o.contact_id')
              .where('e.status', '=', 'pending')
              .whereRef('e.id', '<', 'o.id'),
          ),
        ),
      )
      .orderBy('o.id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) return [];
    await trx
      .updateTable('outbox')
      .set({ next_attempt_at: new Date(now.getTime() + leaseMs), attempts: sql`attempts + 1` })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((r) => ({
      id: r.id,
      contactId: r.contact_id,
      channel: r.channel as ChannelName,
      address: r.address,
      kind: r.kind,
      message: r.kind === 'message' ? (r.payload as unknown as OutboundMessage) : null,
      attempts: r.attempts + 1,
    }));
  });
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
