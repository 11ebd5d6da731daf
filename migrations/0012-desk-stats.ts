import { type Kysely, sql } from 'kysely';

// Indexes for the desk's statistics (bench/desk-stats.ts measures them with 100,000 tickets): a mission's
// tickets of a period, and the open work counted per mission and per assignee straight from an index.
// Forward-only; never edit once landed (a fix is a new migration).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index tickets_mission_created on tickets (mission_id, created_at);
    create index tickets_open_work on tickets (mission_id, assignee_id)
      where status <> 'closed' and merged_into is null;
  `.execute(db);
}
