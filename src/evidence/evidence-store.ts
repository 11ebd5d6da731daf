import { type Kysely, sql, type UpdateObject } from 'kysely';
import type { KeptAttachment } from '../channels/inbound-message.ts';
import type { DB, EvidenceItemRow, EvidenceStatus } from '../db/schema.ts';
import { type EvidenceItem, evidenceItemOf } from './evidence-item.ts';
import { storageKeyOf } from './evidence-storage.ts';

// The evidence_items table's queries. Rows are made in the transaction that takes their message in; the
// fetch worker claims due rows like the outbox does (at least once), and its claim count fences a worker
// whose lease ran out: only the latest claim may record the outcome.

/** An attachment to record with its message. */
export interface NewEvidence {
  kind: string;
  /** What the fetch needs (file id, media id, the platform message); never shown to staff. */
  source: Record<string, unknown>;
  declaredMime?: string | undefined;
  declaredName?: string | undefined;
  declaredSize?: number | undefined;
  /** Decided before any fetch (too large for the platform's download): recorded as such, never fetched. */
  settled?: { status: 'too_large' | 'refused_type'; reason: string };
  /** Kept already (a web chat upload, under this id): recorded as stored. */
  kept?: KeptAttachment;
}

/** Where the attachments came from. */
export interface EvidenceOrigin {
  contactId: string;
  messageId: string | null;
  channel: string;
  ticketId?: string | null;
}

/** Records attachments in the caller's transaction; returns their ids, in order. */
export async function recordEvidence(
  db: Kysely<DB>,
  origin: EvidenceOrigin,
  items: NewEvidence[],
  now: Date,
): Promise<string[]> {
  if (items.length === 0) return [];
  const rows = await db
    .insertInto('evidence_items')
    .values(
      items.map((item) => ({
        ...(item.kept
          ? {
              id: item.kept.itemId,
              storage_key: item.kept.storageKey,
              key_id: item.kept.keyId,
              sha256: item.kept.sha256,
              size: item.kept.size,
              detected_mime: item.kept.detectedMime,
              width: item.kept.width ?? null,
              height: item.kept.height ?? null,
              duration_ms: item.kept.durationMs ?? null,
              stored_at: now,
            }
          : {}),
        contact_id: origin.contactId,
        message_id: origin.messageId,
        ticket_id: origin.ticketId ?? null,
        channel: origin.channel,
        kind: item.kind,
        source: JSON.stringify(item.source),
        declared_mime: item.declaredMime ?? null,
        declared_name: item.declaredName ?? null,
        declared_size: item.declaredSize ?? null,
        status: item.kept ? ('stored' as const) : (item.settled?.status ?? 'pending'),
        reason: item.settled?.reason ?? null,
        next_attempt_at: now,
        created_at: now,
        updated_at: now,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** A row the worker holds: `claim` is its attempt number, the fence for recording the outcome. */
export interface ClaimedEvidence {
  id: string;
  contactId: string;
  channel: string;
  kind: string;
  source: Record<string, unknown>;
  declaredMime: string | null;
  declaredSize: number | null;
  claim: number;
}

/**
 * Claims due rows to fetch, oldest due first, skipping rows another worker holds, and leases them: a worker
 * that dies mid-download leaves a row that comes back when the lease ends. One statement.
 */
export async function claimDueEvidence(
  db: Kysely<DB>,
  now: Date,
  leaseMs: number,
  limit: number,
  /** Only items these fetchers download (`source.via`); absent: any. */
  filter: { vias?: readonly string[] } = {},
): Promise<ClaimedEvidence[]> {
  const { rows } = await sql<EvidenceItemRow>`
    with due as (
      select id from evidence_items
      where status in ('pending', 'fetching') and next_attempt_at <= ${now}
        ${filter.vias ? sql`and source->>'via' = any(${[...filter.vias]}::text[])` : sql``}
      order by next_attempt_at
      limit ${limit}
      for update skip locked
    )
    update evidence_items e
    set status = 'fetching', attempts = e.attempts + 1,
        next_attempt_at = ${new Date(now.getTime() + leaseMs)}, updated_at = ${now}
    from due where e.id = due.id
    returning e.*
  `.execute(db);
  return rows.map((r) => ({
    id: r.id,
    contactId: r.contact_id,
    channel: r.channel,
    kind: r.kind,
    source: r.source,
    declaredMime: r.declared_mime,
    declaredSize: r.declared_size,
    claim: r.attempts,
  }));
}

/** What a fetch found and stored. */
export interface StoredEvidence {
  storageKey: string;
  keyId: string;
  sha256: string;
  size: number;
  detectedMime: string;
  width?: number | undefined;
  height?: number | undefined;
  durationMs?: number | undefined;
  /** Kept with a caveat for staff (a file that arrived cut short every time). */
  note?: string | undefined;
}

/**
 * Records a stored file, if this claim still holds the row. False: another claim took over or the row was
 * deleted meanwhile (the caller removes its blob when the row is deleted).
 */
export async function markEvidenceStored(
  db: Kysely<DB>,
  item: Pick<ClaimedEvidence, 'id' | 'claim'>,
  stored: StoredEvidence,
  now: Date,
): Promise<boolean> {
  return updateIfClaimed(db, item, {
    status: 'stored',
    reason: stored.note ?? null,
    storage_key: stored.storageKey,
    key_id: stored.keyId,
    sha256: stored.sha256,
    size: stored.size,
    detected_mime: stored.detectedMime,
    width: stored.width ?? null,
    height: stored.height ?? null,
    duration_ms: stored.durationMs ?? null,
    stored_at: now,
    updated_at: now,
    // The message may have joined a ticket since: carry the link, so it survives the transcript's purge.
    ticket_id: sql<
      string | null
    >`coalesce(ticket_id, (select m.ticket_id from messages m where m.id = message_id))`,
  });
}

/** Records a final outcome other than stored (too large, type refused, failed for good), if the claim holds. */
export async function markEvidenceSettled(
  db: Kysely<DB>,
  item: Pick<ClaimedEvidence, 'id' | 'claim'>,
  outcome: {
    status: 'too_large' | 'refused_type' | 'failed';
    reason: string;
    detectedMime?: string | undefined;
    size?: number | undefined;
  },
  now: Date,
): Promise<boolean> {
  return updateIfClaimed(db, item, {
    status: outcome.status,
    reason: outcome.reason,
    ...(outcome.detectedMime ? { detected_mime: outcome.detectedMime } : {}),
    ...(outcome.size !== undefined ? { size: outcome.size } : {}),
    updated_at: now,
  });
}

/** Puts a row back for a later try, with the reason this one failed, if the claim holds. */
export async function markEvidenceRetry(
  db: Kysely<DB>,
  item: Pick<ClaimedEvidence, 'id' | 'claim'>,
  at: Date,
  reason: string,
  now: Date,
): Promise<boolean> {
  return updateIfClaimed(db, item, { status: 'pending', next_attempt_at: at, reason, updated_at: now });
}

/** Changes a row only while this claim holds it (the fence against a worker whose lease ran out). */
async function updateIfClaimed(
  db: Kysely<DB>,
  item: Pick<ClaimedEvidence, 'id' | 'claim'>,
  changes: UpdateObject<DB, 'evidence_items'>,
): Promise<boolean> {
  const result = await db
    .updateTable('evidence_items')
    .set(changes)
    .where('id', '=', item.id)
    .where('status', '=', 'fetching')
    .where('attempts', '=', item.claim)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** True when the row was deleted (retention) while a fetch was under way. */
export async function isEvidenceDeleted(db: Kysely<DB>, id: string): Promise<boolean> {
  const row = await db.selectFrom('evidence_items').select('status').where('id', '=', id).executeTakeFirst();
  return row === undefined || row.status === 'deleted';
}

/** One item by id (undefined when there is none). */
export async function findEvidenceItem(db: Kysely<DB>, id: string): Promise<EvidenceItem | undefined> {
  const row = await findEvidenceRow(db, id);
  return row ? evidenceItemOf(row) : undefined;
}

/** One item's row, with its storage details (for readers inside this folder). */
export async function findEvidenceRow(db: Kysely<DB>, id: string): Promise<EvidenceItemRow | undefined> {
  // A malformed id is simply not found (the column is uuid; the database would refuse the comparison).
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return db.selectFrom('evidence_items').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * A ticket's items, oldest first: those linked to it, and those whose message is (an item made before its
 * ticket existed is found through the message the ticket took over). Deleted items are listed too (the desk
 * says a file was removed by retention).
 */
export async function listEvidenceForTicket(db: Kysely<DB>, ticketId: string): Promise<EvidenceItem[]> {
  const rows = await db
    .selectFrom('evidence_items')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('ticket_id', '=', ticketId),
        eb('message_id', 'in', eb.selectFrom('messages').select('id').where('ticket_id', '=', ticketId)),
      ]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(evidenceItemOf);
}

/** How many of a ticket's items are in each status (the ticket shows what waits or failed). */
export async function countEvidenceForTicket(
  db: Kysely<DB>,
  ticketId: string,
): Promise<Partial<Record<EvidenceStatus, number>>> {
  const items = await listEvidenceForTicket(db, ticketId);
  const counts: Partial<Record<EvidenceStatus, number>> = {};
  for (const item of items) counts[item.status] = (counts[item.status] ?? 0) + 1;
  return counts;
}

/**
 * The SET clause of a deletion: the status, and every column that could identify the person or the file
 * cleared. storage_key keeps the blob the worker must still remove: storageKeyOf(id), also when a fetch
 * under way has not recorded it yet.
 */
const forgetting = (now: Date) => sql`status = 'deleted', deleted_at = ${now}, updated_at = ${now},
  storage_key = coalesce(e.storage_key, 'evidence/' || substr(e.id::text, 1, 2) || '/' || e.id::text),
  source = '{}'::jsonb, declared_name = null, sha256 = null, key_id = null, width = null, height = null,
  duration_ms = null, reason = null`;

/**
 * Marks a ticket's items deleted in the caller's transaction (retention, a deletion request): what could
 * identify the person goes from the row at once; the stored blobs are removed after commit by the worker
 * (purgeDeletedBlobs), so a rollback never leaves a row pointing at a file that is gone.
 */
export async function markTicketEvidenceDeleted(
  db: Kysely<DB>,
  ticketId: string,
  now: Date,
): Promise<number> {
  const { rows } = await sql<{ id: string }>`
    update evidence_items e set ${forgetting(now)}, ticket_id = ${ticketId}
    where e.status <> 'deleted' and (e.ticket_id = ${ticketId}
      or e.message_id in (select m.id from messages m where m.ticket_id = ${ticketId}))
    returning e.id
  `.execute(db);
  return rows.length;
}

/**
 * Marks deleted the items of a contact that belong to no ticket (retention forgets the person): like
 * markTicketEvidenceDeleted; items of their tickets go with each ticket's report data.
 */
export async function markUnlinkedContactEvidenceDeleted(
  db: Kysely<DB>,
  contactId: string,
  now: Date,
): Promise<number> {
  await linkEvidenceToTickets(db, contactId);
  const { rows } = await sql<{ id: string }>`
    update evidence_items e set ${forgetting(now)}
    where e.status <> 'deleted' and e.contact_id = ${contactId} and e.ticket_id is null
    returning e.id
  `.execute(db);
  return rows.length;
}

/**
 * Copies each item's ticket from its message onto the item, before messages are deleted (retention's
 * transcript purge), so the item stays findable by its ticket and is deleted with it.
 */
export async function linkEvidenceToTickets(db: Kysely<DB>, contactId: string): Promise<void> {
  await sql`
    update evidence_items e set ticket_id = m.ticket_id
    from messages m
    where m.id = e.message_id and e.contact_id = ${contactId} and e.ticket_id is null and m.ticket_id is not null
  `.execute(db);
}

/** Deleted items whose blob may still be in storage. */
export async function findBlobsToPurge(
  db: Kysely<DB>,
  limit: number,
): Promise<{ id: string; storageKey: string }[]> {
  const rows = await db
    .selectFrom('evidence_items')
    .select(['id', 'storage_key'])
    .where('status', '=', 'deleted')
    .where('storage_key', 'is not', null)
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, storageKey: r.storage_key ?? storageKeyOf(r.id) }));
}

/** Notes that a deleted item's blob is gone from storage. */
export async function markBlobPurged(db: Kysely<DB>, id: string): Promise<void> {
  await db
    .updateTable('evidence_items')
    .set({ storage_key: null })
    .where('id', '=', id)
    .where('status', '=', 'deleted')
    .execute();
}
