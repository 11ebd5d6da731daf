import { type Kysely, sql } from 'kysely';

// The desk looks up whether a staff member already saw a file's thumbnail in this session lately, before
// auditing the view again (src/desk/evidence/evidence-routes.tsx). Without this index the lookup reads every
// audit row of the last 30 minutes, of the whole desk (a busy desk writes one per live refresh of each open
// ticket); with it, only this staff member's views of this file. Partial: only file views are indexed.
// Forward-only; never edit once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index audit_log_evidence_view on audit_log (subject, staff_id, at desc)
      where action = 'evidence.view'
  `.execute(db);
}
