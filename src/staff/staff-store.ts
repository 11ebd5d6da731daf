import type { Kysely } from 'kysely';
import type { DB, Staff } from '../db/schema.ts';
import type { StaffMember, StaffRole } from './staff-roles.ts';

/** A new staff account's details. */
export interface NewStaff {
  email: string;
  name: string;
  role: StaffRole;
  missionId: string | null;
  /** The partner agency of a partner-role account. */
  partnerId?: string | null;
  passwordHash: string;
  /** A generated one-time password must be changed at the first sign-in. */
  mustChangePassword: boolean;
}

/** Emails are compared and stored in lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The desk's view of a staff row. */
export function staffMemberOf(
  row: Pick<Staff, 'id' | 'email' | 'name' | 'role' | 'mission_id' | 'language'> & {
    partner_id?: string | null;
  },
): StaffMember {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    missionId: row.mission_id,
    partnerId: row.partner_id ?? null,
    language: row.language,
  };
}

/** Creates a staff account; returns it. Throws (unique violation 23505) when the email is taken. */
export async function insertStaff(db: Kysely<DB>, staff: NewStaff): Promise<Staff> {
  return db
    .insertInto('staff')
    .values({
      email: normalizeEmail(staff.email),
      name: staff.name,
      role: staff.role,
      mission_id: staff.missionId,
      partner_id: staff.partnerId ?? null,
      password_hash: staff.passwordHash,
      must_change_password: staff.mustChangePassword,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Finds a staff account by email (any case). */
export async function findStaffByEmail(db: Kysely<DB>, email: string): Promise<Staff | undefined> {
  return db.selectFrom('staff').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

/** Finds a staff account by id. */
export async function findStaffById(db: Kysely<DB>, id: string): Promise<Staff | undefined> {
  return db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every staff account, by name. */
export async function listStaff(db: Kysely<DB>): Promise<Staff[]> {
  return db.selectFrom('staff').selectAll().orderBy('name').orderBy('email').execute();
}

/** How many staff accounts exist (disabled ones included). */
export async function countStaff(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
