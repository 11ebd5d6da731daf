import { type Kysely, sql } from 'kysely';

// Staff sign-in: a second factor being set up is kept apart from the one in use until a code confirms it,
// and failed sign-ins are counted per address as well as per account (password spraying tries one password
// on many accounts). Forward-only; never edit once landed (a fix is a new migration).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table staff add column totp_pending_secret text;
    -- The sign-in form counts recent failures from an address; the audit log is where they are recorded.
    create index audit_log_failed_sign_ins on audit_log (ip, at)
      where action in ('staff.sign_in_failed', 'staff.second_factor_failed');
  `.execute(db);
}
