import type { Kysely } from 'kysely';
import type { DB, NewTicket } from '../../src/db/schema.ts';

let counter = 0;

/** A ticket's columns for a test; everything not given gets a plain default. */
export type TestTicket = Partial<NewTicket> & Pick<NewTicket, 'priority'> & { created_at: Date };

/** Inserts tickets (each with its own web-chat contact) straight into the table; returns their ids in order. */
export async function insertTestTickets(db: Kysely<DB>, tickets: TestTicket[]): Promise<string[]> {
  if (tickets.length === 0) return [];
  const contacts = await db
    .insertInto('contacts')
    .values(tickets.map(() => ({ channel: 'webchat', address: `seed-${process.pid}-${++counter}` })))
    .returning('id')
    .execute();
  const rows = await db
    .insertInto('tickets')
    .values(
      tickets.map((ticket, i) => ({
        ref: `SUAR-T${String(++counter).padStart(3, '0')}-${Math.random().toString(36).slice(2, 6).toUpperCase()}`,
        contact_id: contacts[i]!.id,
        priority_reason: 'test',
        channel: 'webchat',
        language: 'id',
        ...ticket,
        sla_due_at: ticket.sla_due_at ?? ticket.created_at,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
