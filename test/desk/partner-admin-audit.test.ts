import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, signIn } from '../support/desk.ts';

// Each admin change to a partner agency is committed with its audit entry, or not at all: a change the audit
// log does not show (a new API token, a new account with a password) must never remain.
describeEachDatabase('partner admin changes and their audit entries', (database) => {
  beforeAll(async () => {
    await sql`
      create function refuse_partner_audit() returns trigger language plpgsql as $$
      begin
        if new.action like 'admin.partner%' then raise exception 'audit refused'; end if;
        return new;
      end $$`.execute(database().db);
    await sql`create trigger refuse_partner_audit before insert on audit_log
      for each row execute function refuse_partner_audit()`.execute(database().db);
  });
  afterAll(async () => {
    await sql`drop trigger refuse_partner_audit on audit_log`.execute(database().db);
    await sql`drop function refuse_partner_audit()`.execute(database().db);
  });

  it('when the audit entry cannot be written, the partner, its token, secret and accounts stay as they were', async () => {
    const { app } = deskTestApp(database());
    const db = database().db;
    const admin = await addTestStaff(db, { role: 'admin' });
    const browser = await signIn(app, admin.email, admin.password);
    const polri = await db
      .selectFrom('partners')
      .selectAll()
      .where('code', '=', 'polri')
      .executeTakeFirstOrThrow();
    const state = async () => ({
      partners: await db.selectFrom('partners').selectAll().orderBy('id').execute(),
      tokens: await db.selectFrom('partner_tokens').selectAll().orderBy('id').execute(),
      staff: await db.selectFrom('staff').select(['id', 'email']).orderBy('id').execute(),
    });
    const before = await state();
    const json = { accept: 'application/json' };
    const statuses = [
      await browser.post(
        '/desk/partners',
        {
          parent: polri.id,
          code: 'polri-unit-baru',
          name: 'Unit Baru',
          type: polri.type,
          consent_group: polri.consent_group,
          email: '',
          phone: '',
          delivery: 'pull',
          webhook_url: '',
        },
        json,
      ),
      await browser.post(
        `/desk/partners/${polri.id}`,
        { delivery: 'pull', webhook_url: '', email: 'x@polri.test', phone: '' },
        json,
      ),
      await browser.post(`/desk/partners/${polri.id}/token`, {}, json),
      await browser.post(`/desk/partners/${polri.id}/secret`, {}, json),
      await browser.post(
        `/desk/partners/${polri.id}/accounts`,
        { name: 'Petugas', email: 'p@polri.test' },
        json,
      ),
    ].map((r) => r.status);
    expect(statuses).toEqual([503, 503, 503, 503, 503]);
    expect(await state()).toEqual(before);
  });
});
