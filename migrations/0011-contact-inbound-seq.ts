import { type Kysely, sql } from 'kysely';

// A per-contact count of messages taken in, bumped under the contact's row lock. The statement that takes a
// message in also reads the session: it compares this count with the one its snapshot saw, and reads again only
// when another message of the same person committed in between. Forward-only; never edit once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table contacts add column inbound_seq bigint not null default 0`.execute(db);
}
