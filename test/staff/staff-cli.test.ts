import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { lockDataFolder } from '../../src/db/data-folder-lock.ts';
import { verifyPassword } from '../../src/staff/passwords.ts';
import { runStaffCommand } from '../../src/staff/staff-commands.ts';
import { createStaffSession } from '../../src/staff/staff-sessions.ts';
import { findStaffByEmail } from '../../src/staff/staff-store.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { auditMark, testDeskConfig } from '../support/desk.ts';

const now = new Date('2026-03-01T10:00:00Z');

describeEachDatabase('npm run staff', (database) => {
  async function run(args: string[], password?: string) {
    let out = '';
    let err = '';
    const code = await runStaffCommand(database().db, args, {
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
      password,
      now,
    });
    return { code, out, err };
  }

  const count = async (table: 'staff' | 'audit_log') =>
    Number(
      (
        await database()
          .db.selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function sessionFor(staffId: string) {
    await createStaffSession(database().db, staffId, {
      now,
      lifetime: testDeskConfig,
      secondFactorPending: false,
      origin: { ip: null, userAgent: null },
    });
  }

  const sessionsOf = async (staffId: string) =>
    (
      await database()
        .db.selectFrom('staff_sessions')
        .select('token_hash')
        .where('staff_id', '=', staffId)
        .execute()
    ).length;

  it('adds an account with a one-time password, printed once and to be changed, and audits it', async () => {
    const audit = await auditMark(database().db);
    const result = await run([
      'add',
      '--email',
      'Ana@Example.org',
      '--name',
      'Ana Putri',
      '--role',
      'agent',
      '--mission',
      'kbri-kuala-lumpur',
    ]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const password = /password {2}(\S+)/.exec(result.out)?.[1];
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const staff = (await findStaffByEmail(database().db, 'ana@example.org'))!;
    expect(staff).toMatchObject({
      role: 'agent',
      mission_id: 'kbri-kuala-lumpur',
      must_change_password: true,
    });
    expect(await verifyPassword(staff.password_hash, password!)).toBe(true);
    expect(staff.password_hash).not.toContain(password!);
    expect(await audit()).toEqual([
      {
        action: 'staff.created',
        staff_id: null,
        subject: staff.id,
        detail: { via: 'cli', role: 'agent', mission_id: 'kbri-kuala-lumpur' },
        ip: null,
      },
    ]);
  });

  it('takes the password from STAFF_PASSWORD when set (then it need not be changed)', async () => {
    const result = await run(
      ['add', '--email', 'budi@example.org', '--name', 'Budi', '--role', 'admin'],
      'a chosen long passphrase',
    );
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('a chosen long passphrase');
    const staff = (await findStaffByEmail(database().db, 'budi@example.org'))!;
    expect(staff).toMatchObject({ role: 'admin', mission_id: null, must_change_password: false });
    expect(await verifyPassword(staff.password_hash, 'a chosen long passphrase')).toBe(true);
  });

  it.each([
    [
      ['add', '--email', 'c@example.org', '--name', 'C', '--role', 'agent', '--mission', 'kuala-lumpur'],
      1,
      'unknown mission "kuala-lumpur" (did you mean kbri-kuala-lumpur?)',
    ],
    [
      ['add', '--email', 'c@example.org', '--name', 'C', '--role', 'boss'],
      1,
      'unknown role "boss" (one of agent, supervisor, admin)',
    ],
    [
      ['add', '--email', 'ANA@example.org', '--name', 'Other Ana', '--role', 'agent'],
      1,
      'a staff account with email ana@example.org already exists',
    ],
    [
      ['add', '--email', 'not-an-email', '--name', 'C', '--role', 'agent'],
      1,
      '"not-an-email" is not an email address',
    ],
    [['add', '--email', 'c@example.org', '--name', ' ', '--role', 'agent'], 2, '--name is required'],
    [
      ['add', '--email', 'c@example.org', '--name', 'C\u0007', '--role', 'agent'],
      1,
      'without control characters',
    ],
    [['add', '--email', 'c@example.org', '--role', 'agent'], 2, '--name is required'],
    [
      ['add', '--email', 'c@example.org', '--name', 'C', '--role', 'agent', '--colour', 'red'],
      2,
      "Unknown option '--colour'",
    ],
    [
      ['add', 'extra', '--email', 'c@example.org', '--name', 'C', '--role', 'agent'],
      2,
      'unexpected argument "extra"',
    ],
    [['disable', '--email', 'nobody@example.org'], 1, 'no staff account with email nobody@example.org'],
    [['disable', '--email', 'ana@example.org', '--role', 'admin'], 2, 'disable takes no --role'],
    [['reset-password'], 2, '--email is required'],
    [['frobnicate'], 2, 'unknown command "frobnicate"'],
    [[], 2, 'which command?'],
  ])('refuses %j with exit %i and a clear message, changing nothing', async (args, exit, message) => {
    const [staff, audit] = [await count('staff'), await count('audit_log')];
    const result = await run(args);
    expect(result.code).toBe(exit);
    expect(result.err).toContain(message);
    expect(result.out).toBe('');
    if (exit === 2) expect(result.err).toContain('Usage:');
    expect([await count('staff'), await count('audit_log')]).toEqual([staff, audit]);
  });

  it('refuses a chosen password that is too weak', async () => {
    const result = await run(['add', '--email', 'c@example.org', '--name', 'C', '--role', 'agent'], 'short');
    expect(result).toMatchObject({ code: 1 });
    expect(result.err).toContain('shorter than 12 characters');
    expect(await findStaffByEmail(database().db, 'c@example.org')).toBeUndefined();
  });

  it('lists the accounts with their state', async () => {
    const result = await run(['list']);
    expect(result.code).toBe(0);
    const lines = result.out.trim().split('\n');
    expect(lines[0]).toMatch(/^email +name +role +mission +state +two-step +last sign-in$/);
    expect(lines.find((l) => l.startsWith('ana@example.org'))).toMatch(
      /Ana Putri +agent +kbri-kuala-lumpur +active \(must change password\) +off +never/,
    );
    expect(lines.find((l) => l.startsWith('budi@example.org'))).toMatch(/admin +central +active +off +never/);
  });

  it('disables an account (its sessions end) and enables it again; each once in the audit log', async () => {
    const ana = (await findStaffByEmail(database().db, 'ana@example.org'))!;
    await sessionFor(ana.id);
    const audit = await auditMark(database().db);
    expect(await run(['disable', '--email', 'ana@example.org'])).toMatchObject({ code: 0 });
    expect(await sessionsOf(ana.id)).toBe(0);
    expect((await findStaffByEmail(database().db, 'ana@example.org'))!.disabled_at).toEqual(now);
    const again = await run(['disable', '--email', 'ana@example.org']);
    expect(again).toMatchObject({ code: 0, out: 'ana@example.org was already disabled; nothing changed.\n' });
    expect((await run(['list'])).out).toMatch(/ana@example.org .* disabled /);
    expect(await run(['enable', '--email', 'ana@example.org'])).toMatchObject({ code: 0 });
    expect((await findStaffByEmail(database().db, 'ana@example.org'))!.disabled_at).toBeNull();
    expect((await audit()).map((e) => [e.action, e.staff_id, e.subject, e.detail])).toEqual([
      ['staff.disabled', null, ana.id, { via: 'cli' }],
      ['staff.enabled', null, ana.id, { via: 'cli' }],
    ]);
  });

  it('never disables the last active admin', async () => {
    const admins = await database()
      .db.selectFrom('staff')
      .select('email')
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .execute();
    expect(admins.map((a) => a.email)).toEqual(['budi@example.org']);
    const result = await run(['disable', '--email', 'budi@example.org']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('last active admin');
    expect((await findStaffByEmail(database().db, 'budi@example.org'))!.disabled_at).toBeNull();
  });

  it('resets a password: a new one-time password, sessions ended, lockout lifted', async () => {
    const ana = (await findStaffByEmail(database().db, 'ana@example.org'))!;
    await database()
      .db.updateTable('staff')
      .set({
        failed_sign_ins: 7,
        locked_until: new Date(now.getTime() + 3_600_000),
        must_change_password: false,
      })
      .where('id', '=', ana.id)
      .execute();
    await sessionFor(ana.id);
    const audit = await auditMark(database().db);
    const result = await run(['reset-password', '--email', 'ana@example.org']);
    expect(result.code).toBe(0);
    const password = /password {2}(\S+)/.exec(result.out)?.[1];
    const after = (await findStaffByEmail(database().db, 'ana@example.org'))!;
    expect(await verifyPassword(after.password_hash, password!)).toBe(true);
    expect(await verifyPassword(after.password_hash, ana.password_hash)).toBe(false);
    expect(after).toMatchObject({ must_change_password: true, failed_sign_ins: 0, locked_until: null });
    expect(await sessionsOf(ana.id)).toBe(0);
    expect((await audit()).map((e) => [e.action, e.detail])).toEqual([
      ['staff.password_reset', { via: 'cli' }],
    ]);
  });
});

it('refuses to open a PGlite data folder a running Suar holds, leaving it untouched', () => {
  const dir = mkdtempSync(join(tmpdir(), 'suar-cli-lock-'));
  // This test process stands for the running Suar.
  const release = lockDataFolder(dir);
  try {
    // As `npm run staff` starts it: the compiled output.
    const cli = spawnSync(process.execPath, ['src/build.mjs', 'staff/staff-cli', 'list'], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(
      `staff: The embedded database in ${dir} is in use by process ${process.pid}`,
    );
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(false);
  } finally {
    release();
    rmSync(dir, { recursive: true, force: true });
  }
});
