import { type Kysely, sql } from 'kysely';
import type { DB, Staff } from '../db/schema.ts';
import { verifyPassword } from './passwords.ts';
import { findStaffByEmail } from './staff-store.ts';

/** Failed sign-ins allowed before the account locks. */
export const FREE_ATTEMPTS = 5;

/** How long an account stays locked after this many failures in a row: 1, 2, 4 … minutes, at most an hour. */
export function lockoutMinutes(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(60, 2 ** (failures - FREE_ATTEMPTS));
}

/** How a sign-in went. Why it failed is told to the audit log only; the person sees one message for all. */
export type SignInResult =
  | { type: 'signed_in'; staff: Staff }
  | {
      type: 'refused';
      reason: 'unknown' | 'disabled' | 'locked' | 'wrong_password';
      staff: Staff | undefined;
    };

/**
 * Checks an email and password, counting failures and locking the account with back-off. A locked or
 * disabled account is refused without checking the password — but only after the same hashing time, so the
 * answer's timing does not tell which accounts exist or are locked.
 */
export async function checkSignIn(
  db: Kysely<DB>,
  email: string,
  password: string,
  now: Date,
): Promise<SignInResult> {
  const staff = await findStaffByEmail(db, email);
  if (!staff) {
    await verifyPassword(null, password);
    return { type: 'refused', reason: 'unknown', staff };
  }
  if (staff.disabled_at) {
    await verifyPassword(null, password);
    return { type: 'refused', reason: 'disabled', staff };
  }
  if (staff.locked_until && staff.locked_until > now) {
    await verifyPassword(null, password);
    return { type: 'refused', reason: 'locked', staff };
  }
  if (!(await verifyPassword(staff.password_hash, password))) {
    // Counted in the database, so parallel guesses cannot each see the old count.
    const row = await db
      .updateTable('staff')
      .set({ failed_sign_ins: sql`failed_sign_ins + 1` })
      .where('id', '=', staff.id)
      .returning('failed_sign_ins')
      .executeTakeFirstOrThrow();
    const minutes = lockoutMinutes(row.failed_sign_ins);
    if (minutes > 0) {
      await db
        .updateTable('staff')
        .set({ locked_until: new Date(now.getTime() + minutes * 60_000) })
        .where('id', '=', staff.id)
        .execute();
    }
    return { type: 'refused', reason: 'wrong_password', staff };
  }
  await db
    .updateTable('staff')
    .set({ failed_sign_ins: 0, locked_until: null, last_sign_in_at: now })
    .where('id', '=', staff.id)
    .execute();
  return { type: 'signed_in', staff };
}
