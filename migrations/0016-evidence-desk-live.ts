import { type Kysely, sql } from 'kysely';

// Live desks hear about files: a file recorded, fetched, refused or deleted notifies its ticket on the
// suar_desk channel at commit (the function of migration 0007), so an open ticket shows a photo as soon as
// it is kept, without a reload. Rows not yet linked to a ticket notify nothing (their message did).
// Forward-only; never edit once landed (a fix is a new migration).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create trigger evidence_items_desk_notify_insert after insert on evidence_items
      referencing new table as new_rows for each statement execute function desk_notify_tickets();
    create trigger evidence_items_desk_notify_update after update on evidence_items
      referencing new table as new_rows for each statement execute function desk_notify_tickets();
  `.execute(db);
}
