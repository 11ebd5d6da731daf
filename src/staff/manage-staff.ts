import type { Kysely, Transaction, Updateable } from 'kysely';
import { z } from 'zod';
import { type RequestOrigin, recordAudit } from '../audit/audit-log.ts';
import type { DB, Staff, StaffTable } from '../db/schema.ts';
import {
  generatePassword,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  passwordProblem,
} from './passwords.ts';
import { STAFF_ROLES, type StaffRole } from './staff-roles.ts';
import { deleteSessionsOfStaff } from './staff-sessions.ts';
import { findStaffByEmail, insertStaff, normalizeEmail } from './staff-store.ts';

// Changes to staff accounts: by an admin (the desk's admin pages, the command line `npm run staff`) or by
// staff members themselves (the account pages). Each runs in its own transaction and leaves exactly one
// audit entry; a refused change, or one with nothing to do, leaves none.

/** Who makes a change to a staff account: a signed-in admin (desk) or the operator's console (cli). */
export interface StaffChangeActor {
  /** The admin's staff id; null for the command line and the first start. */
  staffId: string | null;
  via: 'desk' | 'cli' | 'first_start';
  origin: RequestOrigin;
}

/** The command line as an actor (no staff member, no address). */
export const CLI_ACTOR: StaffChangeActor = {
  staffId: null,
  via: 'cli',
  origin: { ip: null, userAgent: null },
};

/** Why a change to a staff account was refused. */
export type StaffChangeProblem =
  | 'bad_email'
  | 'bad_name'
  | 'bad_role'
  | 'unknown_mission'
  | 'duplicate_email'
  | 'weak_password'
  | 'not_found'
  | 'last_admin';

/** A refused change, with a message an operator can act on (the desk shows its own text per code). */
export class StaffChangeError extends Error {
  constructor(
    readonly code: StaffChangeProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StaffChangeError';
  }
}

/** A new account's details as typed by a person. */
export interface StaffInput {
  email: string;
  name: string;
  role: string;
  /** A mission id, or null/undefined for the central desk. */
  missionId?: string | null | undefined;
  /** A chosen password; without one, a one-time password is generated (and must be changed). */
  password?: string | undefined;
  /** Default: true for a generated password, false for a chosen one. */
  mustChangePassword?: boolean;
}

const PASSWORD_PROBLEMS = {
  too_short: `shorter than ${MIN_PASSWORD_LENGTH} characters`,
  too_long: `longer than ${MAX_PASSWORD_LENGTH} characters`,
  like_email: 'it contains the name part of the email',
} as const;

const emailSchema = z.email();
// Control characters would garble the desk's pages and the CLI's table.
const nameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/\p{Cc}/u.test(name));

async function missionSuggestions(db: Kysely<DB>, missionId: string): Promise<string> {
  const word = missionId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const like = await db
    .selectFrom('missions')
    .select('id')
    .where('id', 'like', `%${word.replace(/[%_]/g, '')}%`)
    .orderBy('id')
    .limit(5)
    .execute();
  return like.length
    ? ` (did you mean ${like.map((m) => m.id).join(', ')}?)`
    : ' (mission ids look like kbri-kuala-lumpur; see the missions table)';
}

async function validMissionId(db: Kysely<DB>, missionId: string | null | undefined): Promise<string | null> {
  if (missionId === null || missionId === undefined || missionId === '') return null;
  const found = await db.selectFrom('missions').select('id').where('id', '=', missionId).executeTakeFirst();
  if (!found) {
    throw new StaffChangeError(
      'unknown_mission',
      `unknown mission "${missionId}"${await missionSuggestions(db, missionId)}`,
    );
  }
  return found.id;
}

function validName(name: string): string {
  const parsed = nameSchema.safeParse(name);
  if (!parsed.success) {
    throw new StaffChangeError(
      'bad_name',
      'the name must be 1 to 200 characters, without control characters',
    );
  }
  return parsed.data;
}

function validRole(role: string): StaffRole {
  if (!STAFF_ROLES.includes(role as StaffRole)) {
    throw new StaffChangeError('bad_role', `unknown role "${role}" (one of ${STAFF_ROLES.join(', ')})`);
  }
  return role as StaffRole;
}

/** Locks every active admin row (in id order) and gives their ids: the last-admin rule reads them. */
async function lockActiveAdmins(trx: Transaction<DB>): Promise<string[]> {
  const rows = await trx
    .selectFrom('staff')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.id);
}

function refuseLastAdmin(staff: Staff, activeAdmins: string[]): void {
  if (staff.role === 'admin' && staff.disabled_at === null && activeAdmins.every((id) => id === staff.id)) {
    throw new StaffChangeError(
      'last_admin',
      'this is the last active admin; add or enable another admin first',
    );
  }
}

function entry(
  actor: StaffChangeActor,
  action: string,
  subject: string,
  at: Date,
  detail: Record<string, unknown> = {},
) {
  return {
    staffId: actor.staffId,
    action,
    subject,
    detail: { via: actor.via, ...detail },
    origin: actor.origin,
    at,
  };
}

/**
 * Creates a staff account after checking every field: a valid email not yet taken, a name, a known role and
 * mission, an acceptable password when one is chosen. Returns the account and the generated one-time
 * password (null when a password was chosen) — shown once, never stored in clear.
 */
export async function createStaff(
  db: Kysely<DB>,
  input: StaffInput,
  actor: StaffChangeActor,
  now: Date,
): Promise<{ staff: Staff; password: string | null }> {
  const email = normalizeEmail(input.email);
  if (!emailSchema.safeParse(email).success || email.length > 320) {
    throw new StaffChangeError('bad_email', `"${input.email}" is not an email address`);
  }
  const name = validName(input.name);
  const role = validRole(input.role);
  const missionId = await validMissionId(db, input.missionId);
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, email);
    if (problem)
      throw new StaffChangeError(
        'weak_password',
        `the password is not acceptable: ${PASSWORD_PROBLEMS[problem]}`,
      );
  }
  if (await findStaffByEmail(db, email)) {
    throw new StaffChangeError('duplicate_email', `a staff account with email ${email} already exists`);
  }
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    const staff = await db.transaction().execute(async (trx) => {
      const row = await insertStaff(trx, {
        email,
        name,
        role,
        missionId,
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? input.password === undefined,
      });
      await recordAudit(
        trx,
        entry(actor, 'staff.created', row.id, now, { role: row.role, mission_id: row.mission_id }),
      );
      return row;
    });
    return { staff, password: input.password === undefined ? password : null };
  } catch (error) {
    // Another process created the same email between the check and the insert.
    if ((error as { code?: string }).code === '23505') {
      throw new StaffChangeError('duplicate_email', `a staff account with email ${email} already exists`);
    }
    throw error;
  }
}

/** One change to an existing account: what it writes, and when there is nothing to do. */
interface AccountChange {
  action: string;
  /** True when the account already is as asked: nothing is written and the change answers false. */
  alreadyDone: (staff: Staff) => boolean;
  /** The columns written (given the account as it was). */
  set: Updateable<StaffTable> | ((staff: Staff) => Updateable<StaffTable>);
  /** End the account's sessions: all of them, or all but the one making the change. */
  endSessions?: 'all' | { except: string };
  detail?: Record<string, unknown> | ((staff: Staff) => Record<string, unknown>);
  /** Refuses the change (throws StaffChangeError) after the rows it needs are locked. */
  check?: (trx: Transaction<DB>, staff: Staff) => Promise<void>;
  /** Locks taken before the account's own row, always in this order (no deadlock between two changes). */
  lockFirst?: (trx: Transaction<DB>) => Promise<void>;
}

/** Applies a change to one account in one transaction with its audit entry; false when already done. */
async function changeAccount(
  db: Kysely<DB>,
  staffId: string,
  actor: StaffChangeActor,
  now: Date,
  change: AccountChange,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await change.lockFirst?.(trx);
    const staff = await trx
      .selectFrom('staff')
      .selectAll()
      .where('id', '=', staffId)
      .forUpdate()
      .executeTakeFirst();
    if (!staff) throw new StaffChangeError('not_found', 'no such staff account');
    if (change.alreadyDone(staff)) return false;
    await change.check?.(trx, staff);
    await trx
      .updateTable('staff')
      .set({ ...(typeof change.set === 'function' ? change.set(staff) : change.set), updated_at: now })
      .where('id', '=', staffId)
      .execute();
    if (change.endSessions) {
      await deleteSessionsOfStaff(
        trx,
        staffId,
        change.endSessions === 'all' ? undefined : change.endSessions.except,
      );
    }
    const detail = typeof change.detail === 'function' ? change.detail(staff) : change.detail;
    await recordAudit(trx, entry(actor, change.action, staffId, now, detail));
    return true;
  });
}

/**
 * Disables an account: it can no longer sign in and its sessions end at once. Refuses to disable the last
 * active admin (nobody could run the desk's admin pages). False when it was already disabled.
 */
export function disableStaff(
  db: Kysely<DB>,
  staffId: string,
  actor: StaffChangeActor,
  now: Date,
): Promise<boolean> {
  let activeAdmins: string[] = [];
  return changeAccount(db, staffId, actor, now, {
    action: 'staff.disabled',
    alreadyDone: (staff) => staff.disabled_at !== null,
    set: { disabled_at: now },
    endSessions: 'all',
    // Every active admin row locked first: two admins disabling each other at once cannot both succeed.
    lockFirst: async (trx) => {
      activeAdmins = await lockActiveAdmins(trx);
    },
    check: async (_trx, staff) => refuseLastAdmin(staff, activeAdmins),
  });
}

/** What an admin may change of an account besides its password and state (email is the account's identity). */
export interface StaffDetails {
  name?: string;
  role?: string;
  /** A mission id, or null for the central desk. */
  missionId?: string | null;
}

/**
 * Changes an account's name, role or mission, checked like a new account's; takes effect on the account's
 * next request. Refuses to demote the last active admin. False when nothing changed.
 */
export async function updateStaff(
  db: Kysely<DB>,
  staffId: string,
  details: StaffDetails,
  actor: StaffChangeActor,
  now: Date,
): Promise<boolean> {
  const wanted: { name?: string; role?: StaffRole; mission_id?: string | null } = {};
  if (details.name !== undefined) wanted.name = validName(details.name);
  if (details.role !== undefined) wanted.role = validRole(details.role);
  if (details.missionId !== undefined) wanted.mission_id = await validMissionId(db, details.missionId);
  const changesOf = (staff: Staff) =>
    Object.fromEntries(
      Object.entries(wanted).filter(([key, value]) => staff[key as keyof typeof wanted] !== value),
    ) as typeof wanted;
  let activeAdmins: string[] = [];
  return changeAccount(db, staffId, actor, now, {
    action: 'staff.updated',
    alreadyDone: (staff) => Object.keys(changesOf(staff)).length === 0,
    set: changesOf,
    lockFirst: async (trx) => {
      activeAdmins = await lockActiveAdmins(trx);
    },
    check: async (_trx, staff) => {
      const role = changesOf(staff).role;
      // A partner agency's account belongs to its agency (docs/referral.md): it never becomes desk staff.
      if (role !== undefined && staff.role === 'partner') {
        throw new StaffChangeError('bad_role', "a partner agency's account keeps its role");
      }
      if (role !== undefined && role !== 'admin') refuseLastAdmin(staff, activeAdmins);
    },
    // Which fields changed, and to what, but for the name: personal data, and the account row keeps it.
    detail: (staff) => {
      const changed = changesOf(staff);
      return {
        changed: Object.keys(changed).sort(),
        ...(changed.role ? { role: changed.role } : {}),
        ...('mission_id' in changed ? { mission_id: changed.mission_id } : {}),
      };
    },
  });
}

/** Enables a disabled account again (its password is unchanged). False when it was not disabled. */
export function enableStaff(
  db: Kysely<DB>,
  staffId: string,
  actor: StaffChangeActor,
  now: Date,
): Promise<boolean> {
  return changeAccount(db, staffId, actor, now, {
    action: 'staff.enabled',
    alreadyDone: (staff) => staff.disabled_at === null,
    set: { disabled_at: null, failed_sign_ins: 0, locked_until: null },
  });
}

/**
 * Gives an account a new one-time password (returned, to be handed over once): it must be changed at the
 * next sign-in, every session of the account ends, and a lockout is lifted.
 */
export async function resetPassword(
  db: Kysely<DB>,
  staffId: string,
  actor: StaffChangeActor,
  now: Date,
): Promise<string> {
  const password = generatePassword();
  await changeAccount(db, staffId, actor, now, {
    action: 'staff.password_reset',
    alreadyDone: () => false,
    set: {
      password_hash: await hashPassword(password),
      must_change_password: true,
      failed_sign_ins: 0,
      locked_until: null,
    },
    endSessions: 'all',
  });
  return password;
}

/** Lifts a lockout after failed sign-ins (the password is unchanged). False when the account was not locked. */
export function unlockStaff(
  db: Kysely<DB>,
  staffId: string,
  actor: StaffChangeActor,
  now: Date,
): Promise<boolean> {
  return changeAccount(db, staffId, actor, now, {
    action: 'staff.unlocked',
    alreadyDone: (staff) => staff.failed_sign_ins === 0 && staff.locked_until === null,
    set: { failed_sign_ins: 0, locked_until: null },
  });
}

/**
 * Requires (or stops requiring) a second factor for an account. A required account without one must set it
 * up right after its next password, before anything else opens. False when nothing changed.
 */
export function setTotpRequired(
  db: Kysely<DB>,
  staffId: string,
  required: boolean,
  actor: StaffChangeActor,
  now: Date,
): Promise<boolean> {
  return changeAccount(db, staffId, actor, now, {
    action: 'staff.totp_required',
    alreadyDone: (staff) => staff.totp_required === required,
    set: { totp_required: required },
    detail: { required },
  });
}

/**
 * Removes an account's second factor (a lost phone): the next sign-in needs only the password, and when the
 * second factor is required, the person sets up a new one right after it. False when none was set up.
 */
export function removeTotp(
  db: Kysely<DB>,
  staffId: string,
  actor: StaffChangeActor,
  now: Date,
): Promise<boolean> {
  return changeAccount(db, staffId, actor, now, {
    action: 'staff.totp_removed',
    alreadyDone: (staff) => staff.totp_secret === null && staff.totp_pending_secret === null,
    set: { totp_secret: null, totp_pending_secret: null, totp_last_step: null },
  });
}

/** A staff member changing their own account from the desk: who, from where, and the session that stays. */
export interface OwnChange {
  staffId: string;
  origin: RequestOrigin;
  /** The session making the change (token hash): it stays signed in, every other one ends. */
  session: string;
  now: Date;
}

function selfActor(change: OwnChange): StaffChangeActor {
  return { staffId: change.staffId, via: 'desk', origin: change.origin };
}

/** Sets a staff member's own new password (already checked): the one-time mark goes, other sessions end. */
export async function changeOwnPassword(db: Kysely<DB>, password: string, change: OwnChange): Promise<void> {
  await changeAccount(db, change.staffId, selfActor(change), change.now, {
    action: 'staff.password_changed',
    alreadyDone: () => false,
    set: { password_hash: await hashPassword(password), must_change_password: false },
    endSessions: { except: change.session },
  });
}

/**
 * Switches on the second factor being set up, once a code from it matched (`step`, which is thereby used):
 * it replaces any previous one, and sessions opened with the password alone end. False when the set-up
 * changed meanwhile (another tab started a new one).
 */
export function switchOnTotp(
  db: Kysely<DB>,
  pendingSecret: string,
  step: number,
  change: OwnChange,
): Promise<boolean> {
  return changeAccount(db, change.staffId, selfActor(change), change.now, {
    action: 'staff.totp_enabled',
    alreadyDone: (staff) => staff.totp_pending_secret !== pendingSecret,
    set: { totp_secret: pendingSecret, totp_pending_secret: null, totp_last_step: String(step) },
    endSessions: { except: change.session },
    detail: (staff) => ({ new_phone: staff.totp_secret !== null }),
  });
}

/** Switches a staff member's own second factor off (password already checked); other sessions end. */
export function switchOffTotp(db: Kysely<DB>, change: OwnChange): Promise<boolean> {
  return changeAccount(db, change.staffId, selfActor(change), change.now, {
    action: 'staff.totp_disabled',
    alreadyDone: (staff) => staff.totp_secret === null,
    set: { totp_secret: null, totp_pending_secret: null, totp_last_step: null },
    endSessions: { except: change.session },
  });
}
