import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, signIn, TEST_ORIGIN } from '../support/desk.ts';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_ORIGIN };

describeEachDatabase('desk sign-in', (database) => {
  it('sends pages to sign-in and answers the API with 401 when nobody is signed in', async () => {
    const { app } = deskTestApp(database(), []);
    const page = await app.request('/desk');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/desk/sign-in?next=%2Fdesk');
    expect((await app.request('/desk/api/anything')).status).toBe(401);
    const signInPage = await app.request('/desk/sign-in');
    expect(signInPage.status).toBe(200);
    expect(signInPage.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(signInPage.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(await signInPage.text()).toMatch(/^<!DOCTYPE html><html lang="id">/);
  });

  it('refuses a NUL in a field with a 400 that says which, before the database sees it', async () => {
    const { app } = deskTestApp(database(), []);
    const response = await app.request('/desk/sign-in', {
      method: 'POST',
      headers: formHeaders,
      body: 'email=a%00b&password=%00',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('email: contains a NUL character');
  });

  it('signs in with the right password, sets a strict HttpOnly cookie, and signs out', async () => {
    const { app } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const response = await app.request('/desk/sign-in', {
      method: 'POST',
      headers: formHeaders,
      body: form({ email: staff.email.toUpperCase(), password: staff.password }),
    });
    expect(response.status).toBe(303);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const browser = await signIn(app, staff.email, staff.password);
    expect((await browser.get('/desk/account')).status).toBe(200);
    const out = await browser.post('/desk/sign-out');
    expect(out.status).toBe(303);
    expect((await browser.get('/desk/account')).status).toBe(303);
  });

  it('refuses a wrong password with one message for every reason, and records it', async () => {
    const { app } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const wrong = await app.request('/desk/sign-in', {
      method: 'POST',
      headers: formHeaders,
      body: form({ email: staff.email, password: 'not the password' }),
    });
    const unknown = await app.request('/desk/sign-in', {
      method: 'POST',
      headers: formHeaders,
      body: form({ email: 'nobody@desk.test', password: 'not the password' }),
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const message = (html: string) => /<div class="flash error"[^>]*>([^<]*)</.exec(html)?.[1];
    expect(message(await wrong.text())).toBe(message(await unknown.text()));
    const entries = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'staff_id'])
      .where('action', '=', 'staff.sign_in_failed')
      .where('staff_id', '=', staff.id)
      .execute();
    expect(entries).toHaveLength(1);
  });

  it('refuses a state change without the CSRF token or from another origin (403), changing nothing', async () => {
    const { app } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db);
    const browser = await signIn(app, staff.email, staff.password);
    const noToken = await app.request('/desk/sign-out', {
      method: 'POST',
      headers: { cookie: browser.cookie, ...formHeaders },
      body: '',
    });
    expect(noToken.status).toBe(403);
    const crossSite = await browser.post('/desk/sign-out', {}, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await browser.get('/desk/account')).status).toBe(200);
  });

  it('makes a one-time password be changed before anything else opens', async () => {
    const { app } = deskTestApp(database(), []);
    const staff = await addTestStaff(database().db, { mustChangePassword: true });
    const browser = await signIn(app, staff.email, staff.password);
    const blocked = await browser.get('/desk');
    expect(blocked.headers.get('location')).toBe('/desk/account/password');
    const tooShort = await browser.post('/desk/account/password', {
      current: staff.password,
      fresh: 'short',
      repeat: 'short',
    });
    expect(tooShort.status).toBe(400);
    const changed = await browser.post('/desk/account/password', {
      current: staff.password,
      fresh: 'a long new sentence to remember',
      repeat: 'a long new sentence to remember',
    });
    expect(changed.status).toBe(303);
    expect((await browser.get('/desk/account')).status).toBe(200);
  });
});
