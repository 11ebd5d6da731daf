import { type Kysely, sql } from 'kysely';

// Indexes the desk needs with 100,000 tickets (measured by `npm run bench:desk`): each queue filter reads
// open tickets in queue order from its own index instead of scanning every open ticket; the ticket page
// finds merged tickets and duplicate candidates by index; a phone number is found by its last digits
// (people type local numbers, Suar stores E.164) through an index on the reversed number; names by the
// beginnings of their words through a full-text index (built in: no extension, the same on PGlite).
// Forward-only; never edit once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index tickets_open_unassigned on tickets (priority, sla_due_at, id)
      where status <> 'closed' and assignee_id is null;
    create index tickets_open_emergency on tickets (priority, sla_due_at, id)
      where status <> 'closed' and emergency;
    create index tickets_open_category on tickets (category, priority, sla_due_at) where status <> 'closed';
    create index tickets_open_country on tickets (country, priority, sla_due_at) where status <> 'closed';
    create index tickets_merged_into on tickets (merged_into) where merged_into is not null;
    create index tickets_subject_name on tickets (lower(subject_name), country) where subject_name is not null;
    create index tickets_phone_reversed on tickets (reverse(contact_phone) text_pattern_ops)
      where contact_phone is not null;
    create index tickets_names_search on tickets
      using gin (to_tsvector('simple', coalesce(subject_name, '') || ' ' || coalesce(reporter_name, '')));
  `.execute(db);
}
