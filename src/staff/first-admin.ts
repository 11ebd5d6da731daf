import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import { recordAudit } from '../audit/audit-log.ts';
import type { DB } from '../db/schema.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import { countStaff } from './staff-store.ts';

/**
 * Creates the first admin when there is no staff account at all, with a one-time password that must be
 * changed at the first sign-in. Returns the password (to be shown once), or null when staff already exist.
 * Safe when several processes start at once on one PostgreSQL: only one of them creates the account.
 */
export async function createFirstAdmin(
  db: Kysely<DB>,
  email: string,
  now: Date,
): Promise<{ staffId: string; password: string } | null> {
  // Checked first so that later starts spend no time hashing.
  if ((await countStaff(db)) > 0) return null;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    // "Where no staff exist" in the statement itself; a start racing this one inserts the same email and
    // does nothing on the conflict.
    const row = await sql<{ id: string }>`
      insert into staff (email, name, role, password_hash, must_change_password, created_at, updated_at)
      select ${email}, 'Admin', 'admin', ${passwordHash}, true, ${now}, ${now}
      where not exists (select 1 from staff)
      on conflict (email) do nothing
      returning id
    `.execute(trx);
    const staffId = row.rows[0]?.id;
    if (!staffId) return null;
    await recordAudit(trx, {
      staffId: null,
      action: 'staff.created',
      subject: staffId,
      detail: { via: 'first_start', role: 'admin' },
      origin: { ip: null, userAgent: null },
      at: now,
    });
    return { staffId, password };
  });
}

/** The console banner that hands over the first admin's one-time password. */
export function firstAdminBanner(email: string, password: string, deskUrl: string): string {
  const line = '═'.repeat(72);
  return [
    '',
    line,
    '  Suar desk: the first admin account was created.',
    '',
    `    Sign in at   ${deskUrl}`,
    `    Email        ${email}`,
    `    Password     ${password}`,
    '',
    '  This one-time password is shown only now; you choose your own at the first sign-in.',
    '  Lost it? Run this (with Suar stopped, unless it runs on PostgreSQL):',
    `    npm run staff -- reset-password --email ${email}`,
    line,
    '',
    '',
  ].join('\n');
}

/**
 * At start: when there is no staff account, creates the first admin and prints its one-time password on the
 * console (`write`, stdout) — never through the logger, whose lines are kept and shipped; the log only says
 * that an admin was created.
 */
export async function ensureFirstAdmin(options: {
  db: Kysely<DB>;
  email: string;
  deskUrl: string;
  logger: Logger;
  now?: Date;
  write?: (text: string) => void;
}): Promise<void> {
  const created = await createFirstAdmin(options.db, options.email, options.now ?? new Date());
  if (!created) return;
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  write(firstAdminBanner(options.email, created.password, options.deskUrl));
  options.logger.info(
    { event: 'desk_admin_created', staff_id: created.staffId },
    'Created the first desk admin; its one-time password was printed on the console',
  );
}
