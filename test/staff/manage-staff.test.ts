import { expect, it } from 'vitest';
import {
  CLI_ACTOR,
  type StaffChangeActor,
  StaffChangeError,
  unlockStaff,
  updateStaff,
} from '../../src/staff/manage-staff.ts';
import { findStaffById } from '../../src/staff/staff-store.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, auditMark, deskTestApp, postSignIn } from '../support/desk.ts';

const now = new Date('2026-03-01T10:00:00Z');

async function refusal(change: Promise<unknown>): Promise<string> {
  try {
    await change;
  } catch (error) {
    if (error instanceof StaffChangeError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'accepted';
}

describeEachDatabase('account changes by an admin', (database) => {
  it("changes a name, role or mission, checked like a new account's, with one audit entry", async () => {
    const admin = await addTestStaff(database().db, { role: 'admin' });
    const staff = await addTestStaff(database().db);
    const actor: StaffChangeActor = {
      staffId: admin.id,
      via: 'desk',
      origin: { ip: '192.0.2.5', userAgent: null },
    };
    const audit = await auditMark(database().db);
    expect(await refusal(updateStaff(database().db, staff.id, { role: 'boss' }, actor, now))).toMatch(
      /^bad_role/,
    );
    expect(await refusal(updateStaff(database().db, staff.id, { name: '' }, actor, now))).toMatch(
      /^bad_name/,
    );
    expect(
      await refusal(updateStaff(database().db, staff.id, { missionId: 'kbri-atlantis' }, actor, now)),
    ).toMatch(/^unknown_mission/);
    expect(await refusal(updateStaff(database().db, crypto.randomUUID(), { name: 'X' }, actor, now))).toMatch(
      /^not_found/,
    );
    const changes = { name: 'Siti Rahayu', role: 'supervisor', missionId: 'kbri-kuala-lumpur' };
    expect(await updateStaff(database().db, staff.id, changes, actor, now)).toBe(true);
    expect(await updateStaff(database().db, staff.id, changes, actor, now)).toBe(false);
    expect(await findStaffById(database().db, staff.id)).toMatchObject({
      name: 'Siti Rahayu',
      role: 'supervisor',
      mission_id: 'kbri-kuala-lumpur',
    });
    expect(await updateStaff(database().db, staff.id, { missionId: null }, actor, now)).toBe(true);
    const entries = await audit();
    expect(entries.map((e) => [e.action, e.staff_id, e.subject, e.detail, e.ip])).toEqual([
      [
        'staff.updated',
        admin.id,
        staff.id,
        {
          via: 'desk',
          changed: ['mission_id', 'name', 'role'],
          role: 'supervisor',
          mission_id: 'kbri-kuala-lumpur',
        },
        '192.0.2.5',
      ],
      [
        'staff.updated',
        admin.id,
        staff.id,
        { via: 'desk', changed: ['mission_id'], mission_id: null },
        '192.0.2.5',
      ],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Siti');
  });

  it('never demotes the last active admin', async () => {
    // Earlier tests in this file added admins: keep one.
    await database().db.updateTable('staff').set({ disabled_at: now }).where('role', '=', 'admin').execute();
    const last = await addTestStaff(database().db, { role: 'admin' });
    expect(await refusal(updateStaff(database().db, last.id, { role: 'agent' }, CLI_ACTOR, now))).toMatch(
      /^last_admin/,
    );
    expect(await updateStaff(database().db, last.id, { name: 'Still Admin' }, CLI_ACTOR, now)).toBe(true);
    const second = await addTestStaff(database().db, { role: 'admin' });
    expect(await updateStaff(database().db, last.id, { role: 'agent' }, CLI_ACTOR, now)).toBe(true);
    expect(
      await refusal(updateStaff(database().db, second.id, { role: 'supervisor' }, CLI_ACTOR, now)),
    ).toMatch(/^last_admin/);
  });

  it('lifts a lockout without touching the password', async () => {
    const { app, host } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    expect(await unlockStaff(database().db, staff.id, CLI_ACTOR, host.clock())).toBe(false);
    for (let i = 0; i < 5; i++) await postSignIn(app, staff.email, 'wrong guess');
    expect((await postSignIn(app, staff.email, staff.password)).status).toBe(401);
    const audit = await auditMark(database().db);
    expect(await unlockStaff(database().db, staff.id, CLI_ACTOR, host.clock())).toBe(true);
    expect((await postSignIn(app, staff.email, staff.password)).status).toBe(303);
    expect((await audit()).map((e) => e.action)).toEqual(['staff.unlocked', 'staff.sign_in']);
  });
});
