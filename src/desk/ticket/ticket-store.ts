import { type Kysely, sql } from 'kysely';
import type { DB, Ticket } from '../../db/schema.ts';

/** How many transcript messages a ticket page shows (the newest). */
export const TRANSCRIPT_LIMIT = 300;

/** One line of the transcript, with what became of a reply. */
export interface TranscriptLine {
  id: string;
  direction: 'in' | 'out';
  body: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
  /** For replies: pending, sent or failed (null: no outbox row, e.g. the web chat's). */
  delivery: 'pending' | 'sent' | 'failed' | null;
  deliveryError: string | null;
  /** A staff member wrote it on the desk. */
  staffName: string | null;
}

/** One event of the timeline, with who did it. */
export interface TimelineEntry {
  id: string;
  type: string;
  actor: string;
  actorName: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** A staff reply waiting for the person's safe window. */
export interface HeldReply {
  id: string;
  body: string;
  releaseAt: Date | null;
  createdAt: Date;
  staffName: string;
}

/** A ticket linked to this one, or a possible duplicate. */
export interface RelatedTicket {
  id: string;
  ref: string;
  status: Ticket['status'];
  priority: Ticket['priority'];
  kind: 'duplicate' | 'related' | 'merged_from' | 'merged_into' | 'same_phone' | 'same_contact' | 'same_name';
}

/** The transcript of a ticket, newest TRANSCRIPT_LIMIT messages, oldest first; tickets merged into it included. */
export async function loadTranscript(db: Kysely<DB>, ticket: Ticket): Promise<TranscriptLine[]> {
  // First the tickets merged into this one (few, by index), then their messages by the ticket index: one
  // condition the planner can follow, instead of an OR that makes it walk every message.
  const merged = await db.selectFrom('tickets').select('id').where('merged_into', '=', ticket.id).execute();
  const ids = [ticket.id, ...merged.map((m) => m.id)];
  const rows = await db
    .selectFrom('messages as m')
    .leftJoin('outbox as o', 'o.message_id', 'm.id')
    .leftJoin('staff as s', (join) => join.on(sql`s.id::text`, '=', sql`m.payload->>'fromStaff'`))
    .select([
      'm.id',
      'm.direction',
      'm.body',
      'm.payload',
      'm.created_at',
      'o.status as delivery',
      'o.last_error',
      's.name as staff_name',
    ])
    .where('m.ticket_id', 'in', ids)
    .orderBy('m.id', 'desc')
    .limit(TRANSCRIPT_LIMIT)
    .execute();
  return rows.reverse().map((r) => ({
    id: r.id,
    direction: r.direction,
    body: r.body,
    payload: r.payload,
    createdAt: r.created_at,
    delivery: r.delivery,
    deliveryError: r.last_error,
    staffName: r.staff_name,
  }));
}

/** The ticket's timeline, oldest first, with staff names. */
export async function loadTimeline(db: Kysely<DB>, ticketId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('ticket_events as e')
    .leftJoin('staff as s', (join) => join.on(sql`'staff:' || s.id::text`, '=', sql.ref('e.actor')))
    .leftJoin('partners as p', (join) => join.on(sql`'partner:' || p.id::text`, '=', sql.ref('e.actor')))
    .select([
      'e.id',
      'e.type',
      'e.actor',
      'e.data',
      'e.created_at',
      sql<string | null>`coalesce(s.name, p.name)`.as('actor_name'),
    ])
    .where('e.ticket_id', '=', ticketId)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    actor: r.actor,
    actorName: r.actor_name,
    data: r.data,
    createdAt: r.created_at,
  }));
}

/** Replies held for the safe window, oldest first. */
export async function loadHeldReplies(db: Kysely<DB>, ticketId: string): Promise<HeldReply[]> {
  const rows = await db
    .selectFrom('held_replies as h')
    .innerJoin('staff as s', 's.id', 'h.staff_id')
    .select(['h.id', 'h.body', 'h.release_at', 'h.created_at', 's.name'])
    .where('h.ticket_id', '=', ticketId)
    .where('h.released_at', 'is', null)
    .where('h.cancelled_at', 'is', null)
    .orderBy('h.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    releaseAt: r.release_at,
    createdAt: r.created_at,
    staffName: r.name,
  }));
}

/**
 * Tickets linked to this one (both directions), merged into or from it, and candidates staff may want to
 * link: the same phone number, the same chat, or the same subject's name in the same country.
 */
export async function loadRelatedTickets(db: Kysely<DB>, ticket: Ticket): Promise<RelatedTicket[]> {
  const linked = await db
    .selectFrom('ticket_links as l')
    .innerJoin('tickets as t', (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([eb('l.ticket_id', '=', ticket.id), eb('t.id', '=', eb.ref('l.linked_id'))]),
          eb.and([eb('l.linked_id', '=', ticket.id), eb('t.id', '=', eb.ref('l.ticket_id'))]),
        ]),
      ),
    )
    .select(['t.id', 't.ref', 't.status', 't.priority', 't.merged_into', 'l.kind'])
    .execute();
  const related: RelatedTicket[] = [];
  const seen = new Set<string>([ticket.id]);
  for (const row of linked) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const kind =
      row.merged_into === ticket.id
        ? 'merged_from'
        : ticket.merged_into === row.id
          ? 'merged_into'
          : row.kind;
    related.push({ id: row.id, ref: row.ref, status: row.status, priority: row.priority, kind });
  }
  // Three small indexed lookups (same chat, same phone, same name in the same country), not one OR that
  // would read every ticket.
  const columns = [
    't.id',
    't.ref',
    't.status',
    't.priority',
    't.contact_id',
    't.contact_phone',
    't.created_at',
  ] as const;
  const lookups = [
    db
      .selectFrom('tickets as t')
      .select(columns)
      .where('t.contact_id', '=', ticket.contact_id)
      .where('t.id', '<>', ticket.id)
      .orderBy('t.created_at', 'desc')
      .limit(10)
      .execute(),
  ];
  if (ticket.contact_phone) {
    lookups.push(
      db
        .selectFrom('tickets as t')
        .select(columns)
        .where('t.contact_phone', '=', ticket.contact_phone)
        .where('t.id', '<>', ticket.id)
        .orderBy('t.created_at', 'desc')
        .limit(10)
        .execute(),
    );
  }
  if (ticket.subject_name && ticket.country) {
    lookups.push(
      db
        .selectFrom('tickets as t')
        .select(columns)
        .where(sql<string>`lower(t.subject_name)`, '=', ticket.subject_name.trim().toLowerCase())
        .where('t.country', '=', ticket.country)
        .where('t.subject_name', 'is not', null)
        .where('t.id', '<>', ticket.id)
        .orderBy('t.created_at', 'desc')
        .limit(10)
        .execute(),
    );
  }
  const candidates = (await Promise.all(lookups))
    .flat()
    .sort((a, b) => b.created_at.getTime() - a.created_at.getTime());
  for (const row of candidates) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const kind =
      row.contact_id === ticket.contact_id
        ? 'same_contact'
        : ticket.contact_phone && row.contact_phone === ticket.contact_phone
          ? 'same_phone'
          : 'same_name';
    related.push({ id: row.id, ref: row.ref, status: row.status, priority: row.priority, kind });
  }
  return related;
}

/** Records how far a staff member has read a ticket (its newest message from the person). */
export async function markTicketRead(
  db: Kysely<DB>,
  staffId: string,
  ticketId: string,
  lastMessageId: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('ticket_reads')
    .values({ staff_id: staffId, ticket_id: ticketId, last_message_id: lastMessageId, read_at: now })
    .onConflict((oc) =>
      oc.columns(['staff_id', 'ticket_id']).doUpdateSet({
        last_message_id: sql`greatest(ticket_reads.last_message_id, excluded.last_message_id)`,
        read_at: now,
      }),
    )
    .execute();
}

/** Staff who may be assigned a ticket of this mission (its mission's and the central desk's), by name. */
export async function assignableStaff(db: Kysely<DB>, missionId: string | null) {
  let query = db
    .selectFrom('staff')
    .select(['id', 'name', 'mission_id', 'role'])
    .where('disabled_at', 'is', null);
  query =
    missionId === null
      ? query.where('mission_id', 'is', null)
      : query.where((eb) => eb.or([eb('mission_id', 'is', null), eb('mission_id', '=', missionId)]));
  return query.orderBy('name').execute();
}

/** Canned replies, Indonesian first. */
export async function listCannedReplies(db: Kysely<DB>) {
  return db
    .selectFrom('canned_replies')
    .select(['id', 'language', 'title', 'body'])
    .orderBy('language', 'desc')
    .orderBy('title')
    .execute();
}
