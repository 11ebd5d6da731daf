import { Secret, TOTP } from 'otpauth';
import { expect, it } from 'vitest';
import { CLI_ACTOR, removeTotp, setTotpRequired } from '../../src/staff/manage-staff.ts';
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
  type TestBrowser,
} from '../support/desk.ts';

const STEP = 30_000;

/** The code an authenticator app shows for a secret at a time. */
function codeAt(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
}

/** A code that is surely wrong for this secret now (one of the six-digit numbers that is not current). */
function wrongCode(secret: string, at: Date): string {
  const near = new Set([-1, 0, 1].map((d) => codeAt(secret, new Date(at.getTime() + d * STEP))));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

describeEachDatabase('desk second factor (TOTP)', (database) => {
  const secrets = (id: string) =>
    database()
      .db.selectFrom('staff')
      .select(['totp_secret', 'totp_pending_secret', 'totp_last_step', 'failed_sign_ins', 'locked_until'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  /** Sets up a second factor through the account pages; returns its secret. */
  async function enrol(browser: TestBrowser, staffId: string, at: Date): Promise<string> {
    expect((await browser.post('/desk/account/two-factor/setup')).status).toBe(303);
    const secret = (await secrets(staffId)).totp_pending_secret!;
    const confirmed = await browser.post('/desk/account/two-factor/confirm', { code: codeAt(secret, at) });
    expect(confirmed.status).toBe(303);
    return secret;
  }

  /** Signs in with password and code; returns the browser on the full session. */
  async function signInWithCode(
    app: ReturnType<typeof deskTestApp>['app'],
    email: string,
    password: string,
    code: string,
  ) {
    const half = await signIn(app, email, password);
    const done = await half.post('/desk/sign-in/code', { code });
    expect(done.status).toBe(303);
    return { half, done, browser: await browserOf(app, sessionCookieOf(done)!) };
  }

  it('sets up a second factor: a QR code, confirmed by a code before it is on, other sessions ended', async () => {
    const { app, host } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const browser = await signIn(app, staff.email, staff.password);
    const elsewhere = await signIn(app, staff.email, staff.password);
    const before = await browser.get('/desk/account/two-factor');
    expect(await before.text()).toContain('Atur sekarang');
    const audit = await auditMark(database().db);
    expect((await browser.post('/desk/account/two-factor/setup')).status).toBe(303);
    const pending = (await secrets(staff.id)).totp_pending_secret!;
    expect(pending).toMatch(/^[A-Z2-7]{32}$/);
    const page = await browser.get('/desk/account/two-factor');
    const html = await page.text();
    expect(html).toMatch(
      /<div class="qr" role="img" aria-label="[^"]+"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(html).toContain(pending.slice(0, 4));
    expect(html).not.toMatch(/<script(?! src=)/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    // A wrong code leaves it off.
    const wrong = await browser.post('/desk/account/two-factor/confirm', {
      code: wrongCode(pending, host.clock()),
    });
    expect(wrong.status).toBe(400);
    expect((await secrets(staff.id)).totp_secret).toBeNull();
    const right = await browser.post('/desk/account/two-factor/confirm', {
      code: codeAt(pending, host.clock()),
    });
    expect(right.headers.get('location')).toBe('/desk/account/two-factor?done=enabled');
    expect(await secrets(staff.id)).toMatchObject({ totp_secret: pending, totp_pending_secret: null });
    expect((await browser.get('/desk/account')).status).toBe(200);
    expect((await elsewhere.get('/desk/account')).status).toBe(303);
    expect((await audit()).map((e) => [e.action, e.staff_id])).toEqual([['staff.totp_enabled', staff.id]]);
  });

  it('asks for the code after the password; nothing else opens until it is right; the session is renewed', async () => {
    const { app, host, advance } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const secret = await enrol(await signIn(app, staff.email, staff.password), staff.id, host.clock());
    advance(STEP);
    const audit = await auditMark(database().db);
    const response = await postSignIn(app, staff.email, staff.password, {}, { next: '/desk/account?x=1' });
    expect(response.headers.get('location')).toBe('/desk/sign-in/code?next=%2Fdesk%2Faccount%3Fx%3D1');
    const half = await browserOf(app, sessionCookieOf(response)!, '/desk/sign-in/code');
    expect((await half.get('/desk/account')).headers.get('location')).toBe('/desk/sign-in/code');
    expect((await half.get('/desk/api/tickets')).status).toBe(401);
    expect((await half.post('/desk/account/password', { current: staff.password })).status).toBe(303);
    const wrong = await half.post('/desk/sign-in/code', { code: wrongCode(secret, host.clock()) });
    expect(wrong.status).toBe(401);
    const done = await half.post('/desk/sign-in/code', {
      code: codeAt(secret, host.clock()),
      next: '/desk/account?x=1',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/desk/account?x=1');
    const full = sessionCookieOf(done)!;
    expect(full).not.toBe(half.cookie);
    expect((await app.request('/desk/account', { headers: { cookie: full } })).status).toBe(200);
    // The token from before the code is worth nothing now.
    expect((await half.get('/desk/sign-in/code')).headers.get('location')).toMatch(/^\/desk\/sign-in/);
    expect((await half.get('/desk/account')).headers.get('location')).toBe(
      '/desk/sign-in?next=%2Fdesk%2Faccount',
    );
    expect((await audit()).map((e) => [e.action, (e.detail as { reason?: string }).reason])).toEqual([
      ['staff.password_accepted', undefined],
      ['staff.second_factor_failed', 'wrong_code'],
      ['staff.sign_in', undefined],
    ]);
  });

  it('never accepts a code twice, the confirming code included', async () => {
    const { app, host, advance } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const secret = await enrol(await signIn(app, staff.email, staff.password), staff.id, host.clock());
    // The code that switched it on, within the same 30 seconds.
    const confirming = codeAt(secret, host.clock());
    const half = await signIn(app, staff.email, staff.password);
    expect((await half.post('/desk/sign-in/code', { code: confirming })).status).toBe(401);
    advance(STEP);
    const code = codeAt(secret, host.clock());
    expect((await half.post('/desk/sign-in/code', { code })).status).toBe(303);
    // Seen over a shoulder and replayed at once in another browser: refused.
    const thief = await signIn(app, staff.email, staff.password);
    const audit = await auditMark(database().db);
    expect((await thief.post('/desk/sign-in/code', { code })).status).toBe(401);
    expect((await audit()).map((e) => (e.detail as { reason?: string }).reason)).toEqual(['reused_code']);
    // Two browsers sending one fresh code at the same moment: only one gets in.
    advance(STEP);
    const fresh = codeAt(secret, host.clock());
    const [a, b] = [
      await signIn(app, staff.email, staff.password),
      await signIn(app, staff.email, staff.password),
    ];
    const answers = await Promise.all([a, b].map((x) => x.post('/desk/sign-in/code', { code: fresh })));
    expect(answers.map((r) => r.status).sort()).toEqual([303, 401]);
  });

  it('counts wrong codes towards the lockout, which a right password alone does not reset', async () => {
    const { app, host, advance } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const secret = await enrol(await signIn(app, staff.email, staff.password), staff.id, host.clock());
    advance(STEP);
    const half = await signIn(app, staff.email, staff.password);
    for (let i = 0; i < 4; i++) {
      expect((await half.post('/desk/sign-in/code', { code: wrongCode(secret, host.clock()) })).status).toBe(
        401,
      );
    }
    // Signing in again with the password does not buy more guesses.
    const again = await signIn(app, staff.email, staff.password);
    expect((await secrets(staff.id)).failed_sign_ins).toBe(4);
    expect((await again.post('/desk/sign-in/code', { code: wrongCode(secret, host.clock()) })).status).toBe(
      401,
    );
    expect((await secrets(staff.id)).locked_until).toEqual(new Date(host.clock().getTime() + 60_000));
    const locked = await again.post('/desk/sign-in/code', { code: codeAt(secret, host.clock()) });
    expect(locked.status).toBe(401);
    expect(await locked.text()).toContain('dikunci');
    expect((await postSignIn(app, staff.email, staff.password)).status).toBe(401);
    advance(61_000);
    const { browser } = await signInWithCode(app, staff.email, staff.password, codeAt(secret, host.clock()));
    expect((await browser.get('/desk/account')).status).toBe(200);
    expect(await secrets(staff.id)).toMatchObject({ failed_sign_ins: 0, locked_until: null });
  });

  it('switches off only with the password (a wrong one counts), never by a forged post', async () => {
    const { app, host, advance } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const secret = await enrol(await signIn(app, staff.email, staff.password), staff.id, host.clock());
    advance(STEP);
    const { browser } = await signInWithCode(app, staff.email, staff.password, codeAt(secret, host.clock()));
    const audit = await auditMark(database().db);
    const forged = await app.request('/desk/account/two-factor/off', {
      method: 'POST',
      headers: {
        cookie: browser.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        origin: TEST_ORIGIN,
      },
      body: new URLSearchParams({ password: staff.password }).toString(),
    });
    expect(forged.status).toBe(403);
    expect((await browser.post('/desk/account/two-factor/off', { password: 'not it' })).status).toBe(400);
    expect((await secrets(staff.id)).totp_secret).toBe(secret);
    expect((await secrets(staff.id)).failed_sign_ins).toBe(1);
    const off = await browser.post('/desk/account/two-factor/off', { password: staff.password });
    expect(off.headers.get('location')).toBe('/desk/account/two-factor?done=disabled');
    expect(await secrets(staff.id)).toMatchObject({ totp_secret: null, totp_last_step: null });
    expect((await audit()).map((e) => e.action)).toEqual([
      'staff.password_check_failed',
      'staff.totp_disabled',
    ]);
    // The next sign-in needs the password only.
    expect((await postSignIn(app, staff.email, staff.password)).headers.get('location')).toBe('/desk');
  });

  it('moves to a new phone: the old codes work until a code from the new one confirms it', async () => {
    const { app, host, advance } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const old = await enrol(await signIn(app, staff.email, staff.password), staff.id, host.clock());
    advance(STEP);
    const { browser } = await signInWithCode(app, staff.email, staff.password, codeAt(old, host.clock()));
    expect((await browser.post('/desk/account/two-factor/setup')).status).toBe(303);
    const fresh = (await secrets(staff.id)).totp_pending_secret!;
    advance(STEP);
    await signInWithCode(app, staff.email, staff.password, codeAt(old, host.clock()));
    advance(STEP);
    expect(
      (await browser.post('/desk/account/two-factor/confirm', { code: codeAt(fresh, host.clock()) })).status,
    ).toBe(303);
    advance(STEP);
    const half = await signIn(app, staff.email, staff.password);
    expect((await half.post('/desk/sign-in/code', { code: codeAt(old, host.clock()) })).status).toBe(401);
    expect((await half.post('/desk/sign-in/code', { code: codeAt(fresh, host.clock()) })).status).toBe(303);
  });

  it('makes a required second factor be set up before anything else opens, and keeps it on', async () => {
    const { app, host } = deskTestApp(database(), []);
    const admin = await addTestStaff(database().db, { role: 'admin' });
    const staff = await addTestStaff(database().db, { mustChangePassword: true });
    const browser = await signIn(app, staff.email, staff.password);
    const audit = await auditMark(database().db);
    const actor = { staffId: admin.id, via: 'desk' as const, origin: { ip: null, userAgent: null } };
    expect(await setTotpRequired(database().db, staff.id, true, actor, host.clock())).toBe(true);
    expect(await setTotpRequired(database().db, staff.id, true, actor, host.clock())).toBe(false);
    // First the one-time password, then the second factor.
    expect((await browser.get('/desk')).headers.get('location')).toBe('/desk/account/password');
    const fresh = 'a long new sentence to remember';
    const changed = await browser.post('/desk/account/password', {
      current: staff.password,
      fresh,
      repeat: fresh,
    });
    expect(changed.headers.get('location')).toBe('/desk');
    expect((await browser.get('/desk')).headers.get('location')).toBe('/desk/account/two-factor');
    expect((await browser.get('/desk/account')).headers.get('location')).toBe('/desk/account/two-factor');
    expect((await browser.get('/desk/api/tickets')).status).toBe(401);
    const page = await browser.get('/desk/account/two-factor');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Admin mewajibkan');
    expect((await browser.post('/desk/account/two-factor/setup')).status).toBe(303);
    const secret = (await secrets(staff.id)).totp_pending_secret!;
    const confirmed = await browser.post('/desk/account/two-factor/confirm', {
      code: codeAt(secret, host.clock()),
    });
    expect(confirmed.headers.get('location')).toBe('/desk');
    expect((await browser.get('/desk/account')).status).toBe(200);
    // Required: it cannot be switched off, even with the password.
    expect((await browser.post('/desk/account/two-factor/off', { password: fresh })).status).toBe(400);
    expect((await secrets(staff.id)).totp_secret).toBe(secret);
    expect((await audit()).map((e) => [e.action, e.staff_id])).toEqual([
      ['staff.totp_required', admin.id],
      ['staff.password_changed', staff.id],
      ['staff.totp_enabled', staff.id],
    ]);
  });

  it('lets an admin remove a lost second factor: the next sign-in needs the password only', async () => {
    const { app, host } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    await enrol(await signIn(app, staff.email, staff.password), staff.id, host.clock());
    const audit = await auditMark(database().db);
    expect(await removeTotp(database().db, staff.id, CLI_ACTOR, host.clock())).toBe(true);
    expect(await removeTotp(database().db, staff.id, CLI_ACTOR, host.clock())).toBe(false);
    expect((await postSignIn(app, staff.email, staff.password)).headers.get('location')).toBe('/desk');
    expect((await audit()).map((e) => [e.action, e.staff_id, e.detail])).toEqual([
      ['staff.totp_removed', null, { via: 'cli' }],
      ['staff.sign_in', staff.id, {}],
    ]);
  });
});
