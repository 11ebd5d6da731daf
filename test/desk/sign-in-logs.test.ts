import { Secret, TOTP } from 'otpauth';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { CLI_ACTOR, resetPassword } from '../../src/staff/manage-staff.ts';
import { describeEachDatabase } from '../support/databases.ts';
import {
  addTestStaff,
  browserOf,
  deskTestApp,
  postSignIn,
  sessionCookieOf,
  signIn,
} from '../support/desk.ts';

describeEachDatabase('the sign-in area and the logs', (database) => {
  it('logs refusals and lockouts, but never a password, a typed email, a token or a second-factor secret', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => lines.push(line) });
    const { app, host, advance } = deskTestApp(database(), [], { logger, proxyHops: 1 });
    const staff = await addTestStaff(database().db);
    const secrets: string[] = [staff.password, staff.email];

    // People type their password into the email field, and near-misses into the password field.
    const typedEmail = 'Hunter2-in-the-email-field';
    secrets.push(typedEmail);
    expect((await postSignIn(app, typedEmail, staff.password)).status).toBe(401);
    expect((await postSignIn(app, `${typedEmail}@desk.test`, staff.password)).status).toBe(401);
    for (let i = 0; i < 5; i++) {
      const guess = `${staff.password}-near-miss-${i}`;
      secrets.push(guess);
      expect((await postSignIn(app, staff.email, guess, { 'x-forwarded-for': '192.0.2.1' })).status).toBe(
        401,
      );
    }
    advance(61_000);

    const first = await postSignIn(app, staff.email, staff.password);
    const browser = await browserOf(app, sessionCookieOf(first)!);
    secrets.push(browser.cookie.split('=')[1]!, browser.csrf);
    const fresh = 'an entirely new sentence of mine';
    secrets.push(fresh);
    await browser.post('/desk/account/password', {
      current: 'a wrong current password',
      fresh,
      repeat: fresh,
    });
    secrets.push('a wrong current password');
    await browser.post('/desk/account/password', { current: staff.password, fresh, repeat: fresh });

    await browser.post('/desk/account/two-factor/setup');
    const row = await database()
      .db.selectFrom('staff')
      .select('totp_pending_secret')
      .where('id', '=', staff.id)
      .executeTakeFirstOrThrow();
    const secret = row.totp_pending_secret!;
    const code = (at: Date) =>
      new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
    secrets.push(secret, code(host.clock()));
    await browser.post('/desk/account/two-factor/confirm', { code: code(host.clock()) });
    await browser.post('/desk/sign-out');

    advance(30_000);
    const half = await signIn(app, staff.email, fresh);
    secrets.push(half.cookie.split('=')[1]!, half.csrf);
    await half.post('/desk/sign-in/code', { code: '000000' });
    const done = await half.post('/desk/sign-in/code', { code: code(host.clock()) });
    expect(done.status).toBe(303);
    secrets.push(sessionCookieOf(done)!.split('=')[1]!, code(host.clock()));
    secrets.push(await resetPassword(database().db, staff.id, CLI_ACTOR, host.clock()));

    const log = lines.join('');
    const events = lines.map((l) => JSON.parse(l) as { event: string; reason?: string });
    // The log says what happened (so this test reads something real) …
    expect(events.filter((e) => e.event === 'desk_sign_in_refused').map((e) => e.reason)).toEqual([
      'unknown',
      'unknown',
      ...Array(5).fill('wrong_password'),
      'wrong_code',
    ]);
    expect(events.some((e) => e.event === 'desk_account_locked')).toBe(true);
    expect(events.some((e) => e.event === 'desk_password_check_refused')).toBe(true);
    // … and none of what was typed or issued.
    for (const secret of secrets) expect(log, secret).not.toContain(secret);
    expect(log).not.toContain(secret.slice(0, 8));
  });
});
