import { beforeAll, expect, it } from 'vitest';
import { auditCount, expectRefusedUnaudited, lastAuditEntry } from '../support/audit-log.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, postSignIn, signIn, type TestBrowser } from '../support/desk.ts';

const NOW = new Date().toISOString();

describeEachDatabase('desk admin: staff accounts', (database) => {
  let app: ReturnType<typeof deskTestApp>['app'];
  let admin: TestBrowser;
  let adminId: string;

  const countAudit = () => auditCount(database().db);
  const lastAudit = () => lastAuditEntry(database().db);
  const staffRow = (id: string) =>
    database().db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  /** Runs a change and expects exactly one new audit entry, of this action, about this account. */
  const changes = async (action: string, subject: string | null, run: () => Promise<Response>) => {
    const before = await countAudit();
    const response = await run();
    expect(await countAudit()).toBe(before + 1);
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action, staff_id: adminId });
    if (subject) expect(entry.subject).toBe(subject);
    return response;
  };
  /** Runs a refused change and expects no audit entry and the given status. */
  const refused = (status: number, run: () => Promise<Response>) =>
    expectRefusedUnaudited(database().db, status, run);
  const oneTimePassword = (html: string) => /<p class="one-time-password">([^<]+)<\/p>/.exec(html)?.[1];

  beforeAll(async () => {
    ({ app } = deskTestApp(database(), undefined, { start: NOW }));
    const staff = await addTestStaff(database().db, { role: 'admin', name: 'Admin Utama' });
    adminId = staff.id;
    admin = await signIn(app, staff.email, staff.password);
  });

  it('is for admins only', async () => {
    const agent = await addTestStaff(database().db, { role: 'agent' });
    const supervisor = await addTestStaff(database().db, { role: 'supervisor' });
    for (const who of [agent, supervisor]) {
      const browser = await signIn(app, who.email, who.password);
      expect((await browser.get('/desk/admin/staff')).status).toBe(403);
      expect((await browser.get(`/desk/admin/staff/${adminId}`)).status).toBe(403);
      await refused(403, () =>
        browser.post('/desk/admin/staff', { email: 'x@desk.test', name: 'X', role: 'admin', mission: '' }),
      );
      await refused(403, () => browser.post(`/desk/admin/staff/${adminId}/disable`));
      await refused(403, () =>
        browser.post(`/desk/admin/staff/${who.id}/role`, { role: 'admin', mission: '' }),
      );
    }
    expect((await staffRow(agent.id)).role).toBe('agent');
  });

  it('adds an account whose one-time password is shown once and must be changed at the first sign-in', async () => {
    const response = await changes('staff.created', null, () =>
      admin.post('/desk/admin/staff', {
        email: 'Sari.Dewi@Kemlu.test',
        name: 'Sari Dewi',
        role: 'agent',
        mission: 'kbri-kuala-lumpur',
      }),
    );
    expect(response.status).toBe(200);
    const password = oneTimePassword(await response.text());
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const row = await database()
      .db.selectFrom('staff')
      .selectAll()
      .where('email', '=', 'sari.dewi@kemlu.test')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ role: 'agent', mission_id: 'kbri-kuala-lumpur', must_change_password: true });
    expect((await lastAudit()).subject).toBe(row.id);
    expect(row.password_hash).not.toContain(password!);
    const signedIn = await postSignIn(app, 'sari.dewi@kemlu.test', password!);
    expect(signedIn.headers.get('location')).toBe('/desk/account/password');
    // The list shows the account; the password is nowhere on it.
    const list = await (await admin.get('/desk/admin/staff')).text();
    expect(list).toContain('Sari Dewi');
    expect(list).not.toContain(password!);
  });

  it('refuses bad or duplicate accounts with a 400 and changes nothing', async () => {
    const count = async () => (await database().db.selectFrom('staff').select('id').execute()).length;
    const before = await count();
    for (const bad of [
      { email: 'not an email', name: 'X', role: 'agent', mission: '' },
      { email: 'x@desk.test', name: '', role: 'agent', mission: '' },
      { email: 'x@desk.test', name: 'X', role: 'boss', mission: '' },
      { email: 'x@desk.test', name: 'X', role: 'agent', mission: 'kbri-atlantis' },
      { email: 'SARI.DEWI@kemlu.test', name: 'Again', role: 'agent', mission: '' },
      { email: 'x@desk.test', name: 'X'.repeat(201), role: 'agent', mission: '' },
    ]) {
      await refused(400, () => admin.post('/desk/admin/staff', bad));
    }
    expect(await count()).toBe(before);
    await refused(404, () => admin.post('/desk/admin/staff/00000000-0000-4000-8000-000000000000/disable'));
    expect((await admin.get('/desk/admin/staff/not-an-id')).status).toBe(404);
  });

  it('changes role and mission, which take effect on the next request', async () => {
    const agent = await addTestStaff(database().db, { role: 'agent' });
    const browser = await signIn(app, agent.email, agent.password);
    expect((await browser.get('/desk/stats')).status).toBe(403);
    await changes('staff.updated', agent.id, () =>
      admin.post(`/desk/admin/staff/${agent.id}/role`, { role: 'supervisor', mission: 'kbri-phnom-penh' }),
    );
    expect((await lastAudit()).detail).toMatchObject({
      changed: ['mission_id', 'role'],
      role: 'supervisor',
      mission_id: 'kbri-phnom-penh',
    });
    expect(await staffRow(agent.id)).toMatchObject({ role: 'supervisor', mission_id: 'kbri-phnom-penh' });
    expect((await browser.get('/desk/stats')).status).toBe(200);
    // The same again changes nothing and records nothing.
    await refused(303, () =>
      admin.post(`/desk/admin/staff/${agent.id}/role`, { role: 'supervisor', mission: 'kbri-phnom-penh' }),
    );
    await refused(400, () =>
      admin.post(`/desk/admin/staff/${agent.id}/role`, { role: 'owner', mission: '' }),
    );
    await refused(400, () =>
      admin.post(`/desk/admin/staff/${agent.id}/role`, { role: 'agent', mission: 'nowhere' }),
    );
    expect((await staffRow(agent.id)).role).toBe('supervisor');
  });

  it('never leaves the desk without an active admin', async () => {
    const admins = await database()
      .db.selectFrom('staff')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .execute();
    expect(admins.map((a) => a.id)).toEqual([adminId]);
    await refused(400, () =>
      admin.post(`/desk/admin/staff/${adminId}/role`, { role: 'supervisor', mission: '' }),
    );
    await refused(400, () => admin.post(`/desk/admin/staff/${adminId}/disable`));
    expect(await staffRow(adminId)).toMatchObject({ role: 'admin', disabled_at: null });
    const second = await addTestStaff(database().db, { role: 'admin' });
    await changes('staff.updated', second.id, () =>
      admin.post(`/desk/admin/staff/${second.id}/role`, { role: 'agent', mission: '' }),
    );
  });

  it('disables an account (its sessions end), enables it, resets its password and requires a second factor', async () => {
    const agent = await addTestStaff(database().db, { role: 'agent' });
    const browser = await signIn(app, agent.email, agent.password);
    expect((await browser.get('/desk/account')).status).toBe(200);

    await changes('staff.disabled', agent.id, () => admin.post(`/desk/admin/staff/${agent.id}/disable`));
    expect((await browser.get('/desk/account')).status).toBe(303);
    expect((await postSignIn(app, agent.email, agent.password)).status).toBe(401);
    await refused(303, () => admin.post(`/desk/admin/staff/${agent.id}/disable`));
    await changes('staff.enabled', agent.id, () => admin.post(`/desk/admin/staff/${agent.id}/enable`));
    expect((await postSignIn(app, agent.email, agent.password)).status).toBe(303);

    const reset = await changes('staff.password_reset', agent.id, () =>
      admin.post(`/desk/admin/staff/${agent.id}/reset-password`),
    );
    const password = oneTimePassword(await reset.text());
    expect(password).toBeTruthy();
    expect((await postSignIn(app, agent.email, agent.password)).status).toBe(401);
    expect((await postSignIn(app, agent.email, password!)).headers.get('location')).toBe(
      '/desk/account/password',
    );

    await changes('staff.totp_required', agent.id, () =>
      admin.post(`/desk/admin/staff/${agent.id}/totp-required`, { required: 'on' }),
    );
    expect((await staffRow(agent.id)).totp_required).toBe(true);
    await refused(400, () =>
      admin.post(`/desk/admin/staff/${agent.id}/totp-required`, { required: 'maybe' }),
    );
    await changes('staff.totp_required', agent.id, () =>
      admin.post(`/desk/admin/staff/${agent.id}/totp-required`, { required: 'off' }),
    );
    expect((await staffRow(agent.id)).totp_required).toBe(false);
    const page = await (await admin.get(`/desk/admin/staff/${agent.id}`)).text();
    expect(page).toContain(`action="/desk/admin/staff/${agent.id}/disable"`);
  });
});
