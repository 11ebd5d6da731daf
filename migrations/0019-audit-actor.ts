import { type Kysely, sql } from 'kysely';

// Who an audit entry names. Until now only staff_id did, so a change made by anyone else (a partner agency
// through the partner API, the person in their chat) could not say who made it. `actor` is `staff:<id>`
// beside staff_id for a staff member, `partner:<id>` for a partner agency's API token, `contact:<channel>`
// for the person through their chat (the channel's name, never their address), or `system`. Entries written
// before this migration keep a null actor: the log is append-only, so they are never filled in afterwards
// (their staff_id still says who, when it was a staff member).
// Forward-only; never edit once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table audit_log add column actor text;
    alter table audit_log add constraint audit_log_actor_shape check (
      actor is null
      or (staff_id is not null and actor = 'staff:' || staff_id::text)
      or (staff_id is null and actor ~ '^(partner:[0-9a-f-]{36}|contact:[a-z]{1,20}|system)$')
    );
  `.execute(db);
}
