import { pino } from 'pino';
import { expect, it } from 'vitest';
import { ensureFirstAdmin } from '../../src/staff/first-admin.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { auditMark, browserOf, deskTestApp, postSignIn, sessionCookieOf } from '../support/desk.ts';

describeEachDatabase('the first admin', (database) => {
  it('is created once, when there is no staff, with its one-time password on the console and not in the log', async () => {
    const audit = await auditMark(database().db);
    const printed: string[] = [];
    const logged: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => logged.push(line) });
    const start = () =>
      ensureFirstAdmin({
        db: database().db,
        email: 'admin@suar.local',
        deskUrl: 'http://localhost:3000/desk',
        logger,
        write: (text) => printed.push(text),
      });
    // Two processes starting at once on one database: one admin.
    await Promise.all([start(), start()]);
    expect(printed).toHaveLength(1);
    const banner = printed[0]!;
    const password = /Password {5}(\S+)/.exec(banner)?.[1];
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(banner).toContain('http://localhost:3000/desk');
    expect(banner).toContain('admin@suar.local');
    expect(banner).toContain('npm run staff -- reset-password --email admin@suar.local');
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ event: 'desk_admin_created' });
    expect(logged[0]).not.toContain(password!);
    const admins = await database().db.selectFrom('staff').selectAll().execute();
    expect(admins).toHaveLength(1);
    expect(admins[0]).toMatchObject({
      email: 'admin@suar.local',
      role: 'admin',
      mission_id: null,
      must_change_password: true,
    });
    expect((await audit()).map((e) => [e.action, e.staff_id, e.subject, e.detail])).toEqual([
      ['staff.created', null, admins[0]!.id, { via: 'first_start', role: 'admin' }],
    ]);
    // A later start finds staff and does nothing.
    await start();
    expect(printed).toHaveLength(1);

    // The printed password signs in, and must be changed before anything else.
    const { app } = deskTestApp(database(), []);
    const response = await postSignIn(app, 'admin@suar.local', password!);
    expect(response.headers.get('location')).toBe('/desk/account/password');
    const browser = await browserOf(app, sessionCookieOf(response)!, '/desk/account/password');
    expect((await browser.get('/desk')).headers.get('location')).toBe('/desk/account/password');
    const fresh = 'a sentence chosen with care';
    const changed = await browser.post('/desk/account/password', {
      current: password!,
      fresh,
      repeat: fresh,
    });
    expect(changed.headers.get('location')).toBe('/desk');
    expect((await browser.get('/desk/account')).status).toBe(200);
  });
});
