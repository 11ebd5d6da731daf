import { describe, expect, it } from 'vitest';
import { safeNext } from '../../src/desk/auth/sign-in-routes.tsx';
import { CLI_ACTOR, disableStaff } from '../../src/staff/manage-staff.ts';
import { ADDRESS_LIMIT, ADDRESS_WINDOW_MINUTES, lockoutMinutes } from '../../src/staff/sign-in.ts';
import { describeEachDatabase } from '../support/databases.ts';
import {
  addTestStaff,
  auditMark,
  browserOf,
  deskTestApp,
  postSignIn,
  sessionCookieOf,
  signIn,
  TEST_ORIGIN,
} from '../support/desk.ts';

const MINUTE = 60_000;

describe('lockout back-off', () => {
  it('gives five free tries, then locks for 1, 2, 4 … minutes, at most an hour', () => {
    const table = [0, 1, 4, 5, 6, 7, 8, 10, 11, 12, 1000].map((n) => [n, lockoutMinutes(n)]);
    expect(table).toEqual([
      [0, 0],
      [1, 0],
      [4, 0],
      [5, 1],
      [6, 2],
      [7, 4],
      [8, 8],
      [10, 32],
      [11, 60],
      [12, 60],
      [1000, 60],
    ]);
  });
});

describe('where a sign-in may lead (next)', () => {
  it.each([
    ['/desk', '/desk'],
    ['/desk/tickets/abc?status=open&q=%2B62+812', '/desk/tickets/abc?status=open&q=%2B62+812'],
    ['/desk/account', '/desk/account'],
    [undefined, '/desk'],
    ['', '/desk'],
    ['https://evil.example/desk', '/desk'],
    ['//evil.example/desk', '/desk'],
    ['/\\evil.example', '/desk'],
    ['/desk/../../evil', '/desk'],
    ['/desk/%2e%2e/evil', '/desk'],
    ['/deskevil', '/desk'],
    ['/desk@evil.example', '/desk'],
    ['javascript:alert(1)', '/desk'],
    ['/desk\r\nSet-Cookie: x=1', '/desk'],
    ['/', '/desk'],
  ])('%j → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});

describeEachDatabase('desk sign-in security', (database) => {
  const staffRow = (id: string) =>
    database()
      .db.selectFrom('staff')
      .select(['failed_sign_ins', 'locked_until', 'last_sign_in_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('locks an account with back-off after five wrong passwords, refuses the right one while locked, and a success resets', async () => {
    const { app, advance, host } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const audit = await auditMark(database().db);
    for (let i = 0; i < 5; i++) expect((await postSignIn(app, staff.email, 'wrong guess')).status).toBe(401);
    expect((await staffRow(staff.id)).locked_until).toEqual(new Date(host.clock().getTime() + MINUTE));
    expect((await postSignIn(app, staff.email, staff.password)).status).toBe(401);
    advance(MINUTE + 1000);
    // The sixth failure locks for two minutes.
    expect((await postSignIn(app, staff.email, 'wrong again')).status).toBe(401);
    expect((await staffRow(staff.id)).locked_until).toEqual(new Date(host.clock().getTime() + 2 * MINUTE));
    advance(MINUTE + 1000);
    expect((await postSignIn(app, staff.email, staff.password)).status).toBe(401);
    advance(MINUTE);
    const success = await postSignIn(app, staff.email, staff.password);
    expect(success.status).toBe(303);
    expect(await staffRow(staff.id)).toMatchObject({ failed_sign_ins: 0, locked_until: null });
    // Counting starts again from zero.
    for (let i = 0; i < 4; i++) expect((await postSignIn(app, staff.email, 'wrong guess')).status).toBe(401);
    expect((await staffRow(staff.id)).locked_until).toBeNull();
    const entries = await audit();
    expect(entries.map((e) => [e.action, (e.detail as { reason?: string }).reason])).toEqual([
      ...Array(5).fill(['staff.sign_in_failed', 'wrong_password']),
      ['staff.sign_in_failed', 'locked'],
      ['staff.sign_in_failed', 'wrong_password'],
      ['staff.sign_in_failed', 'locked'],
      ['staff.sign_in', undefined],
      ...Array(4).fill(['staff.sign_in_failed', 'wrong_password']),
    ]);
    expect(entries.every((e) => e.staff_id === staff.id)).toBe(true);
  });

  it('checks at most five of a burst of parallel guesses before the lock holds', async () => {
    const { app } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const audit = await auditMark(database().db);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => postSignIn(app, staff.email, `parallel guess ${i}`)),
    );
    expect(answers.every((r) => r.status === 401)).toBe(true);
    const reasons = (await audit()).map((e) => (e.detail as { reason: string }).reason);
    expect(reasons).toHaveLength(12);
    expect(reasons.filter((r) => r === 'wrong_password')).toHaveLength(5);
    expect(reasons.filter((r) => r === 'locked')).toHaveLength(7);
  });

  it('limits failed sign-ins per address across accounts (password spraying), for a while', async () => {
    const { app, advance } = deskTestApp(database(), [], { proxyHops: 1 });
    const staff = await addTestStaff(database().db);
    const sprayer = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      // What the client writes left of the address our proxy saw does not make it someone else.
      const forged = { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` };
      expect((await postSignIn(app, `person${i}@desk.test`, 'Jakarta2026!', forged)).status).toBe(401);
    }
    const audit = await auditMark(database().db);
    expect((await postSignIn(app, staff.email, staff.password, sprayer)).status).toBe(401);
    expect(await audit()).toMatchObject([
      { action: 'staff.sign_in_failed', ip: '203.0.113.7', detail: { reason: 'address_limited' } },
    ]);
    // The account itself is not counted against, and other addresses sign in.
    expect((await staffRow(staff.id)).failed_sign_ins).toBe(0);
    expect(
      (await postSignIn(app, staff.email, staff.password, { 'x-forwarded-for': '198.51.100.2' })).status,
    ).toBe(303);
    advance((ADDRESS_WINDOW_MINUTES + 1) * MINUTE);
    expect((await postSignIn(app, staff.email, staff.password, sprayer)).status).toBe(303);
  });

  it('ends a session after the idle time, and after the absolute lifetime however busy', async () => {
    const { app, advance } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const idle = await signIn(app, staff.email, staff.password);
    advance(29 * MINUTE);
    expect((await idle.get('/desk/account')).status).toBe(200);
    advance(29 * MINUTE);
    expect((await idle.get('/desk/account')).status).toBe(200);
    advance(31 * MINUTE);
    const expired = await idle.get('/desk/account');
    expect(expired.status).toBe(303);
    expect(expired.headers.get('location')).toBe('/desk/sign-in?next=%2Fdesk%2Faccount');
    expect((await idle.get('/desk/api/anything')).status).toBe(401);

    const busy = await signIn(app, staff.email, staff.password);
    for (let worked = 0; worked < 12 * 60 - 20; worked += 20) {
      advance(20 * MINUTE);
      expect((await busy.get('/desk/account')).status).toBe(200);
    }
    advance(20 * MINUTE);
    expect((await busy.get('/desk/account')).status).toBe(303);
  });

  it("stops a disabled account's sessions at once, and refuses its sign-in", async () => {
    const { app, host } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const first = await signIn(app, staff.email, staff.password);
    const second = await signIn(app, staff.email, staff.password);
    await disableStaff(database().db, staff.id, CLI_ACTOR, host.clock());
    expect((await first.get('/desk/account')).status).toBe(303);
    expect((await second.get('/desk/api/anything')).status).toBe(401);
    expect((await postSignIn(app, staff.email, staff.password)).status).toBe(401);
    // Even a disabled mark written elsewhere, sessions left in place, stops them on the next request.
    const other = await addTestStaff(database().db);
    const browser = await signIn(app, other.email, other.password);
    await database()
      .db.updateTable('staff')
      .set({ disabled_at: host.clock() })
      .where('id', '=', other.id)
      .execute();
    expect((await browser.get('/desk/account')).status).toBe(303);
  });

  it('ends the other sessions when the password changes, and records one entry', async () => {
    const { app } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const here = await signIn(app, staff.email, staff.password);
    const elsewhere = await signIn(app, staff.email, staff.password);
    const audit = await auditMark(database().db);
    const fresh = 'a long new sentence to remember';
    const changed = await here.post('/desk/account/password', {
      current: staff.password,
      fresh,
      repeat: fresh,
    });
    expect(changed.status).toBe(303);
    expect((await here.get('/desk/account')).status).toBe(200);
    expect((await elsewhere.get('/desk/account')).status).toBe(303);
    expect((await postSignIn(app, staff.email, staff.password)).status).toBe(401);
    expect((await audit()).map((e) => e.action)).toEqual(['staff.password_changed', 'staff.sign_in_failed']);
    expect((await postSignIn(app, staff.email, fresh)).status).toBe(303);
  });

  it('counts a wrong current password on the password page towards the lockout, and says so', async () => {
    const { app } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const browser = await signIn(app, staff.email, staff.password);
    const audit = await auditMark(database().db);
    const fields = { fresh: 'a long new sentence to remember', repeat: 'a long new sentence to remember' };
    for (let i = 0; i < 5; i++) {
      expect(
        (await browser.post('/desk/account/password', { current: `guess ${i}`, ...fields })).status,
      ).toBe(400);
    }
    const locked = await browser.post('/desk/account/password', { current: staff.password, ...fields });
    expect(locked.status).toBe(400);
    expect(await locked.text()).toContain('dikunci');
    expect((await audit()).map((e) => (e.detail as { reason: string }).reason)).toEqual([
      ...Array(5).fill('wrong_password'),
      'locked',
    ]);
    expect((await postSignIn(app, staff.email, staff.password)).status).toBe(401);
  });

  it('sets a Secure __Host- cookie (and HSTS) when cookies are secure, and reads only that cookie', async () => {
    const { app } = deskTestApp(database(), [], { config: { secureCookies: true } });
    const staff = await addTestStaff(database().db);
    const response = await postSignIn(app, staff.email, staff.password);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-suar_desk=[\w-]{43};/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    const name = sessionCookieOf(response)!;
    expect((await app.request('/desk/account', { headers: { cookie: name } })).status).toBe(200);
    const plain = name.replace('__Host-suar_desk', 'suar_desk');
    expect((await app.request('/desk/account', { headers: { cookie: plain } })).status).toBe(303);
    const browser = await browserOf(app, name);
    const out = await browser.post('/desk/sign-out');
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-suar_desk=;.*Secure/);
  });

  it('sets no Secure flag over plain http', async () => {
    const { app } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const cookie = (await postSignIn(app, staff.email, staff.password)).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^suar_desk=/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('refuses forged posts with 403 and changes nothing: no token, a wrong token, another origin', async () => {
    const { app } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const browser = await signIn(app, staff.email, staff.password);
    const audit = await auditMark(database().db);
    const fresh = 'a long new sentence to remember';
    const change = { current: staff.password, fresh, repeat: fresh };
    const noToken = await app.request('/desk/account/password', {
      method: 'POST',
      headers: {
        cookie: browser.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        origin: TEST_ORIGIN,
      },
      body: new URLSearchParams(change).toString(),
    });
    expect(noToken.status).toBe(403);
    expect((await browser.post('/desk/account/password', { ...change, _csrf: 'x'.repeat(43) })).status).toBe(
      403,
    );
    expect(
      (await browser.post('/desk/account/password', change, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect(
      (await browser.post('/desk/account/password', change, { origin: '', 'sec-fetch-site': 'cross-site' }))
        .status,
    ).toBe(403);
    // Login forgery: another site cannot sign a browser in to an account of its choosing.
    const forgedSignIn = await postSignIn(app, staff.email, staff.password, {
      origin: 'https://evil.example',
    });
    expect(forgedSignIn.status).toBe(403);
    expect(forgedSignIn.headers.get('set-cookie')).toBeNull();
    expect(await audit()).toEqual([]);
    expect((await postSignIn(app, staff.email, staff.password)).status).toBe(303);
    // A same-origin browser that sends Sec-Fetch-Site instead of Origin is fine.
    const sameSite = await postSignIn(app, staff.email, staff.password, {
      origin: '',
      'sec-fetch-site': 'same-origin',
    });
    expect(sameSite.status).toBe(303);
  });

  it('goes where the sign-in was asked from, never to another site', async () => {
    const { app } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const asked = await app.request('/desk/account?tab=2');
    expect(asked.headers.get('location')).toBe('/desk/sign-in?next=%2Fdesk%2Faccount%3Ftab%3D2');
    const page = await app.request('/desk/sign-in?next=https://evil.example/');
    expect(await page.text()).toContain('name="next" value="/desk"');
    const back = await postSignIn(app, staff.email, staff.password, {}, { next: '/desk/account?tab=2' });
    expect(back.headers.get('location')).toBe('/desk/account?tab=2');
    const evil = await postSignIn(app, staff.email, staff.password, {}, { next: '//evil.example/desk' });
    expect(evil.headers.get('location')).toBe('/desk');
  });

  it('leaves exactly one audit entry per sign-in, sign-out and failure, with the address and browser', async () => {
    const { app } = deskTestApp(database(), [], { proxyHops: 1 });
    const staff = await addTestStaff(database().db);
    const audit = await auditMark(database().db);
    const from = { 'x-forwarded-for': '192.0.2.10', 'user-agent': 'Test Browser 1.0' };
    await postSignIn(app, staff.email, 'not it', from);
    await postSignIn(app, 'nobody@desk.test', 'not it', from);
    const response = await postSignIn(app, staff.email, staff.password, from);
    const browser = await browserOf(app, sessionCookieOf(response)!);
    await browser.post('/desk/sign-out', {}, from);
    const entries = await audit();
    expect(entries.map((e) => [e.action, e.staff_id, e.ip])).toEqual([
      ['staff.sign_in_failed', staff.id, '192.0.2.10'],
      ['staff.sign_in_failed', null, '192.0.2.10'],
      ['staff.sign_in', staff.id, '192.0.2.10'],
      ['staff.sign_out', staff.id, '192.0.2.10'],
    ]);
    expect(entries[1]!.detail).toEqual({ reason: 'unknown' });
    const row = await staffRow(staff.id);
    expect(row.last_sign_in_at).not.toBeNull();
  });
});
