import type { Kysely } from 'kysely';
import type { DB, Staff } from '../db/schema.ts';
import { verifyPassword } from './passwords.ts';
import { findStaffByEmail, findStaffById } from './staff-store.ts';
import { acceptTotpStep, matchTotpStep } from './totp.ts';

/** Failed sign-ins allowed before the account locks. */
export const FREE_ATTEMPTS = 5;

/** How long an account stays locked after this many failures in a row: 1, 2, 4 … minutes, at most an hour. */
export function lockoutMinutes(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(60, 2 ** Math.min(failures - FREE_ATTEMPTS, 6));
}

/** Failed sign-ins from one address, across all accounts, after which the address must wait (password spraying). */
export const ADDRESS_LIMIT = 20;
/** The window those failures are counted in. */
export const ADDRESS_WINDOW_MINUTES = 15;

/** The audit actions that count as failed sign-ins. */
export const FAILED_SIGN_IN_ACTIONS = ['staff.sign_in_failed', 'staff.second_factor_failed'] as const;

/** Why a sign-in step was refused. Told to the audit log only; the person sees one message for all. */
export type RefusalReason =
  | 'unknown'
  | 'disabled'
  | 'locked'
  | 'address_limited'
  | 'wrong_password'
  | 'wrong_code'
  | 'reused_code';

/** How a sign-in step went. */
export type SignInResult =
  | { type: 'signed_in'; staff: Staff }
  /** The password was right and a code is due next (the account has a second factor). */
  | { type: 'password_accepted'; staff: Staff }
  | {
      type: 'refused';
      reason: RefusalReason;
      staff: Staff | undefined;
      /** Set when this failure locked the account: until when. */
      lockedUntil?: Date;
    };

/** An attempt counted before it is checked, or the lock that refused it. */
type Attempt = { type: 'locked' } | { type: 'counted'; lockedUntil: Date | null };

/**
 * Counts an attempt on an account *before* its password or code is checked, and locks the account when the
 * count reaches the limit. Why before: counted after the check, a burst of parallel guesses would all be
 * checked before the first of them locked the account. A locked account is refused without counting.
 */
async function countAttempt(db: Kysely<DB>, staffId: string, now: Date): Promise<Attempt> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('staff')
      .select(['failed_sign_ins', 'locked_until'])
      .where('id', '=', staffId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.locked_until && row.locked_until > now) return { type: 'locked' };
    const failures = row.failed_sign_ins + 1;
    const minutes = lockoutMinutes(failures);
    const lockedUntil = minutes > 0 ? new Date(now.getTime() + minutes * 60_000) : null;
    await trx
      .updateTable('staff')
      .set({ failed_sign_ins: failures, locked_until: lockedUntil })
      .where('id', '=', staffId)
      .execute();
    return { type: 'counted', lockedUntil };
  });
}

/** A right password before the code: the attempt is not a failure, but earlier failures still count. */
async function giveBackAttempt(db: Kysely<DB>, staffId: string, attempt: Attempt): Promise<void> {
  if (attempt.type !== 'counted') return;
  await db
    .updateTable('staff')
    .set((eb) => ({
      failed_sign_ins: eb.fn('greatest', [eb('failed_sign_ins', '-', 1), eb.lit(0)]),
      // Only the lock this attempt set: a parallel failure's lock stays.
      locked_until: attempt.lockedUntil
        ? eb
            .case()
            .when('locked_until', '=', attempt.lockedUntil)
            .then(null)
            .else(eb.ref('locked_until'))
            .end()
        : eb.ref('locked_until'),
    }))
    .where('id', '=', staffId)
    .execute();
}

/** A completed sign-in: failures forgotten, time recorded. */
async function recordSuccess(db: Kysely<DB>, staffId: string, now: Date): Promise<void> {
  await db
    .updateTable('staff')
    .set({ failed_sign_ins: 0, locked_until: null, last_sign_in_at: now })
    .where('id', '=', staffId)
    .execute();
}

/** True when an address has failed too often lately; null or loopback addresses are not limited. */
async function isAddressLimited(db: Kysely<DB>, ip: string | null, now: Date): Promise<boolean> {
  // Loopback: the desk behind a local proxy without TRUST_PROXY_HOPS, where every client shares one address.
  if (!ip || ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.')) return false;
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('ip', '=', ip.slice(0, 100))
    .where('action', 'in', FAILED_SIGN_IN_ACTIONS)
    .where('at', '>', new Date(now.getTime() - ADDRESS_WINDOW_MINUTES * 60_000))
    .executeTakeFirstOrThrow();
  return Number(row.n) >= ADDRESS_LIMIT;
}

/**
 * Checks an email and password. Failures are counted per account (locking it with back-off, for the right
 * password too) and per address. Every refusal spends the same hashing time as a real check, so the answer's
 * timing does not tell which accounts exist or are locked. With a second factor, a right password only
 * leads to the code (`password_accepted`); the account's failure count is then settled by the code.
 */
export async function checkSignIn(
  db: Kysely<DB>,
  email: string,
  password: string,
  now: Date,
  ip: string | null = null,
): Promise<SignInResult> {
  const refuse = async (reason: RefusalReason, staff: Staff | undefined): Promise<SignInResult> => {
    await verifyPassword(null, password);
    return { type: 'refused', reason, staff };
  };
  const staff = await findStaffByEmail(db, email);
  if (await isAddressLimited(db, ip, now)) return refuse('address_limited', staff);
  if (!staff) return refuse('unknown', staff);
  if (staff.disabled_at) return refuse('disabled', staff);
  const attempt = await countAttempt(db, staff.id, now);
  if (attempt.type === 'locked') return refuse('locked', staff);
  if (!(await verifyPassword(staff.password_hash, password))) {
    return {
      type: 'refused',
      reason: 'wrong_password',
      staff,
      ...(attempt.lockedUntil ? { lockedUntil: attempt.lockedUntil } : {}),
    };
  }
  if (staff.totp_secret) {
    await giveBackAttempt(db, staff.id, attempt);
    return { type: 'password_accepted', staff };
  }
  await recordSuccess(db, staff.id, now);
  return { type: 'signed_in', staff };
}

/**
 * Checks the code of a staff member whose password was accepted. Wrong and reused codes count as failed
 * sign-ins (the same lock as passwords); a right code completes the sign-in and resets the count.
 */
export async function checkSecondFactor(
  db: Kysely<DB>,
  staffId: string,
  code: string,
  now: Date,
): Promise<SignInResult> {
  const staff = await findStaffById(db, staffId);
  if (!staff?.totp_secret) return { type: 'refused', reason: 'unknown', staff };
  if (staff.disabled_at) return { type: 'refused', reason: 'disabled', staff };
  const attempt = await countAttempt(db, staff.id, now);
  if (attempt.type === 'locked') return { type: 'refused', reason: 'locked', staff };
  const lock = attempt.lockedUntil ? { lockedUntil: attempt.lockedUntil } : {};
  const step = matchTotpStep(staff.totp_secret, code, now);
  if (step === null) return { type: 'refused', reason: 'wrong_code', staff, ...lock };
  if (!(await acceptTotpStep(db, staff.id, step)))
    return { type: 'refused', reason: 'reused_code', staff, ...lock };
  await recordSuccess(db, staff.id, now);
  return { type: 'signed_in', staff };
}

/**
 * Checks the password of a signed-in staff member before a sensitive change (a new password, switching the
 * second factor off). Counted like a sign-in, so a borrowed session cannot guess the password; a right
 * password gives its attempt back. 'locked' while the account is locked.
 */
export async function checkOwnPassword(
  db: Kysely<DB>,
  staffId: string,
  password: string,
  now: Date,
): Promise<'right' | 'wrong' | 'locked'> {
  const staff = await findStaffById(db, staffId);
  if (!staff) return 'wrong';
  const attempt = await countAttempt(db, staffId, now);
  if (attempt.type === 'locked') {
    await verifyPassword(null, password);
    return 'locked';
  }
  if (!(await verifyPassword(staff.password_hash, password))) return 'wrong';
  await giveBackAttempt(db, staffId, attempt);
  return 'right';
}
