import { createHash, randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { RequestOrigin } from '../audit/audit-log.ts';
import type { DB } from '../db/schema.ts';
import type { StaffMember } from './staff-roles.ts';
import { staffMemberOf } from './staff-store.ts';

/** The hash a session is stored under: the cookie's token never reaches the database. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A session as the middleware needs it. */
export interface FoundSession {
  tokenHash: string;
  csrfToken: string;
  secondFactorPending: boolean;
  mustChangePassword: boolean;
  /** A second factor is required of this account and none is set up yet: setting one up comes first. */
  mustSetUpSecondFactor: boolean;
  lastSeenAt: Date;
  staff: StaffMember;
}

/** How long sessions live. */
export interface SessionLifetime {
  idleMinutes: number;
  sessionHours: number;
}

/** Starts a session for a staff member; returns the token for the cookie (shown once, stored hashed). */
export async function createStaffSession(
  db: Kysely<DB>,
  staffId: string,
  options: { now: Date; lifetime: SessionLifetime; secondFactorPending: boolean; origin: RequestOrigin },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db
    .insertInto('staff_sessions')
    .values({
      token_hash: hashSessionToken(token),
      staff_id: staffId,
      csrf_token: csrfToken,
      second_factor_pending: options.secondFactorPending,
      created_at: options.now,
      last_seen_at: options.now,
      expires_at: new Date(options.now.getTime() + options.lifetime.sessionHours * 3_600_000),
      ip: options.origin.ip?.slice(0, 100) ?? null,
      user_agent: options.origin.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken };
}

/**
 * The live session behind a cookie token: not expired, not idle too long, its staff member not disabled.
 * One round trip per request.
 */
export async function findStaffSession(
  db: Kysely<DB>,
  token: string,
  now: Date,
  lifetime: SessionLifetime,
): Promise<FoundSession | undefined> {
  return findStaffSessionByHash(db, hashSessionToken(token), now, lifetime);
}

/** The live session stored under a token's hash (a long-lived stream re-checks its session with it). */
export async function findStaffSessionByHash(
  db: Kysely<DB>,
  tokenHash: string,
  now: Date,
  lifetime: SessionLifetime,
): Promise<FoundSession | undefined> {
  const idleSince = new Date(now.getTime() - lifetime.idleMinutes * 60_000);
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('staff as st', 'st.id', 's.staff_id')
    .select([
      's.token_hash',
      's.csrf_token',
      's.second_factor_pending',
      's.last_seen_at',
      'st.id',
      'st.email',
      'st.name',
      'st.role',
      'st.mission_id',
      'st.partner_id',
      'st.language',
      'st.must_change_password',
      'st.totp_required',
      sql<boolean>`st.totp_secret is not null`.as('has_second_factor'),
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleSince)
    .where('st.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    secondFactorPending: row.second_factor_pending,
    mustChangePassword: row.must_change_password,
    mustSetUpSecondFactor: row.totp_required && !row.has_second_factor,
    lastSeenAt: row.last_seen_at,
    staff: staffMemberOf(row),
  };
}

/** Records that a session was used (the idle clock restarts). */
export async function touchStaffSession(db: Kysely<DB>, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable('staff_sessions')
    .set({ last_seen_at: now })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Ends one session (sign-out). */
export async function deleteStaffSession(db: Kysely<DB>, tokenHash: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a staff member (disabled, password reset), or all but one (password changed). */
export async function deleteSessionsOfStaff(db: Kysely<DB>, staffId: string, except?: string): Promise<void> {
  let query = db.deleteFrom('staff_sessions').where('staff_id', '=', staffId);
  if (except) query = query.where('token_hash', '<>', except);
  await query.execute();
}

/** Deletes sessions that can no longer be used. */
export async function deleteDeadSessions(
  db: Kysely<DB>,
  now: Date,
  lifetime: SessionLifetime,
): Promise<void> {
  const idleSince = new Date(now.getTime() - lifetime.idleMinutes * 60_000);
  await db
    .deleteFrom('staff_sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .execute();
}
