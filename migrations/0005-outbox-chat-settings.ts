import { type Kysely, sql } from 'kysely';

// The outbox also carries a request to turn on disappearing messages in a chat (after the delete command,
// where the platform allows it). Forward-only; never edit once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table outbox drop constraint outbox_kind_check;
    alter table outbox add constraint outbox_kind_check check (kind in ('message', 'delete', 'disappearing'));
  `.execute(db);
}
