import { type Kysely, sql } from 'kysely';

// A cap on messages stored per conversation per hour: the contact row counts its inbound messages in a
// fixed one-hour window (it is locked for every message anyway, so this costs no extra round trip), and
// remembers when the person was last told to slow down. Forward-only; never edit once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table contacts
      add column inbound_hour_started_at timestamptz,
      add column inbound_hour_count integer not null default 0,
      add column cap_noticed_at timestamptz;
  `.execute(db);
}
