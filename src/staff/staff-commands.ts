import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { DB, Staff } from '../db/schema.ts';
import {
  CLI_ACTOR,
  createStaff,
  disableStaff,
  enableStaff,
  resetPassword,
  StaffChangeError,
} from './manage-staff.ts';
import { findStaffByEmail, listStaff } from './staff-store.ts';

/** How to use `npm run staff`. */
export const STAFF_USAGE = `Usage:
  npm run staff -- add --email EMAIL --name NAME --role agent|supervisor|admin [--mission MISSION_ID]
  npm run staff -- list
  npm run staff -- disable --email EMAIL
  npm run staff -- enable --email EMAIL
  npm run staff -- reset-password --email EMAIL

add: without --mission the account belongs to the central desk (sees every mission's tickets). The password
is taken from the STAFF_PASSWORD environment variable when set; otherwise a one-time password is generated,
printed once, and must be changed at the first sign-in.
disable: the account can no longer sign in and its sessions end at once.
reset-password: prints a new one-time password; ends the account's sessions and lifts a lockout.`;

/** Where the command writes, and what it reads besides its arguments. */
export interface StaffCommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** STAFF_PASSWORD, when set. */
  password: string | undefined;
  now: Date;
}

/** A problem with the command line itself: usage is shown, exit code 2. */
class UsageError extends Error {}

const OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  mission: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

function need(options: Options, name: 'email' | 'name' | 'role'): string {
  const value = options[name];
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

function only(options: Options, command: string, allowed: (keyof Options)[]): void {
  for (const key of Object.keys(options) as (keyof Options)[]) {
    if (!allowed.includes(key)) throw new UsageError(`${command} takes no --${key}`);
  }
}

async function existing(db: Kysely<DB>, email: string): Promise<Staff> {
  const staff = await findStaffByEmail(db, email);
  if (!staff)
    throw new StaffChangeError('not_found', `no staff account with email ${email.trim().toLowerCase()}`);
  return staff;
}

function stateOf(staff: Staff, now: Date): string {
  if (staff.disabled_at) return 'disabled';
  if (staff.locked_until && staff.locked_until > now)
    return `locked until ${staff.locked_until.toISOString()}`;
  if (staff.must_change_password) return 'active (must change password)';
  return 'active';
}

function secondFactorOf(staff: Staff): string {
  if (staff.totp_secret) return 'on';
  return staff.totp_required ? 'required, not set up' : 'off';
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function oneTimePassword(email: string, password: string): string {
  return [
    `  email     ${email}`,
    `  password  ${password}`,
    'This one-time password is shown only now; it must be changed at the first sign-in.',
  ].join('\n');
}

/**
 * Runs `npm run staff -- <command> …` against a database and returns the exit code: 0 done, 1 refused
 * (bad email, unknown role or mission, duplicate, unknown account…), 2 a malformed command line. Every change
 * is in the audit log (staff_id null, detail.via 'cli').
 */
export async function runStaffCommand(db: Kysely<DB>, args: string[], io: StaffCommandIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    const options = values as Options;
    const [command, ...extra] = positionals;
    if (options.help || command === 'help') {
      io.out(`${STAFF_USAGE}\n`);
      return 0;
    }
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    switch (command) {
      case 'add': {
        only(options, command, ['email', 'name', 'role', 'mission']);
        const { staff, password } = await createStaff(
          db,
          {
            email: need(options, 'email'),
            name: need(options, 'name'),
            role: need(options, 'role'),
            missionId: options.mission,
            password: io.password,
          },
          CLI_ACTOR,
          io.now,
        );
        io.out(`Added ${staff.role} ${staff.email} (${staff.mission_id ?? 'central desk'}).\n`);
        io.out(
          password
            ? `${oneTimePassword(staff.email, password)}\n`
            : 'The password is the one in STAFF_PASSWORD.\n',
        );
        return 0;
      }
      case 'list': {
        only(options, command, []);
        const all = await listStaff(db);
        if (all.length === 0) {
          io.out('No staff accounts yet.\n');
          return 0;
        }
        const rows = [['email', 'name', 'role', 'mission', 'state', 'two-step', 'last sign-in']];
        for (const s of all) {
          rows.push([
            s.email,
            s.name,
            s.role,
            s.mission_id ?? 'central',
            stateOf(s, io.now),
            secondFactorOf(s),
            s.last_sign_in_at?.toISOString() ?? 'never',
          ]);
        }
        io.out(`${table(rows)}\n`);
        return 0;
      }
      case 'disable':
      case 'enable': {
        only(options, command, ['email']);
        const staff = await existing(db, need(options, 'email'));
        const change = command === 'disable' ? disableStaff : enableStaff;
        const changed = await change(db, staff.id, CLI_ACTOR, io.now);
        io.out(
          changed
            ? `${command === 'disable' ? 'Disabled' : 'Enabled'} ${staff.email}${command === 'disable' ? '; its sessions have ended' : ''}.\n`
            : `${staff.email} was already ${command}d; nothing changed.\n`,
        );
        return 0;
      }
      case 'reset-password': {
        only(options, command, ['email']);
        const staff = await existing(db, need(options, 'email'));
        const password = await resetPassword(db, staff.id, CLI_ACTOR, io.now);
        io.out(`New one-time password for ${staff.email}; its sessions have ended.\n`);
        io.out(`${oneTimePassword(staff.email, password)}\n`);
        return 0;
      }
      case undefined:
        throw new UsageError('which command?');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof StaffChangeError) {
      io.err(`staff: ${error.message}\n`);
      return 1;
    }
    const parseError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseError) {
      io.err(`staff: ${(error as Error).message}\n\n${STAFF_USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
