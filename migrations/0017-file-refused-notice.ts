import { type Kysely, sql } from 'kysely';

// When a person was last told that a file they sent could not be kept (src/evidence/refusal-notice.ts): an
// album of refused files is told once, not once per file. Forward-only; never edit once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table contacts add column file_refused_noticed_at timestamptz`.execute(db);
}
