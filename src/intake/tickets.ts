import type { Kysely } from 'kysely';
import type { DB, NewTicket, Ticket, TicketUpdate } from '../db/schema.ts';

/** Who did something to a ticket: the system, the person (contact), a staff member or a partner agency (by id). */
export type Actor = 'system' | 'contact' | `staff:${string}` | `partner:${string}`;

/** Finds a ticket by its reference, locking it for the rest of the transaction. */
export async function findTicketByRefForUpdate(db: Kysely<DB>, ref: string): Promise<Ticket | undefined> {
  return db.selectFrom('tickets').selectAll().where('ref', '=', ref).forUpdate().executeTakeFirst();
}

/** Finds a ticket by its reference. */
export async function findTicketByRef(db: Kysely<DB>, ref: string): Promise<Ticket | undefined> {
  return db.selectFrom('tickets').selectAll().where('ref', '=', ref).executeTakeFirst();
}

/** Inserts a ticket; returns it. */
export async function insertTicket(db: Kysely<DB>, ticket: NewTicket): Promise<Ticket> {
  return db.insertInto('tickets').values(ticket).returningAll().executeTakeFirstOrThrow();
}

/** Updates a ticket's columns. */
export async function updateTicket(db: Kysely<DB>, id: string, changes: TicketUpdate): Promise<void> {
  await db.updateTable('tickets').set(changes).where('id', '=', id).execute();
}

/** Appends to a ticket's audit trail. */
/** True when the ticket's timeline has an event of this type. */
export async function hasTicketEvent(db: Kysely<DB>, ticketId: string, type: string): Promise<boolean> {
  const row = await db
    .selectFrom('ticket_events')
    .select('id')
    .where('ticket_id', '=', ticketId)
    .where('type', '=', type)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function addTicketEvent(
  db: Kysely<DB>,
  ticketId: string,
  type: string,
  actor: Actor,
  data: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('ticket_events')
    .values({ ticket_id: ticketId, type, actor, data: JSON.stringify(data) })
    .execute();
}

/** A ticket's audit trail, oldest first. */
export async function listTicketEvents(db: Kysely<DB>, ticketId: string) {
  return db.selectFrom('ticket_events').selectAll().where('ticket_id', '=', ticketId).orderBy('id').execute();
}
