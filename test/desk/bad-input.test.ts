import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, signIn, TEST_ORIGIN } from '../support/desk.ts';

describeEachDatabase('bad input to the desk', (database) => {
  it('a broken form is refused with 400 and changes nothing, not answered as if the server failed', async () => {
    const { app } = deskTestApp(database());
    const admin = await addTestStaff(database().db, { role: 'admin' });
    const browser = await signIn(app, admin.email, admin.password);
    const before = await database().db.selectFrom('canned_replies').select('id').execute();
    for (const [type, body] of [
      ['multipart/form-data', 'title=x'],
      ['multipart/form-data; boundary=zz', '--zz\r\nContent-Disposition: form-data; name="title"\r\nbroken'],
    ] as const) {
      const response = await app.request('/desk/admin/canned', {
        method: 'POST',
        headers: {
          cookie: browser.cookie,
          'content-type': type,
          origin: TEST_ORIGIN,
          accept: 'application/json',
        },
        body,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'the form could not be read' });
    }
    expect(await database().db.selectFrom('canned_replies').select('id').execute()).toEqual(before);
  });

  it('ids, periods and filters that make no sense get 4xx on the admin, statistics and evidence routes', async () => {
    const { app } = deskTestApp(database());
    const admin = await addTestStaff(database().db, { role: 'admin' });
    const browser = await signIn(app, admin.email, admin.password);
    const statuses = {
      staff: (await browser.get('/desk/admin/staff/not-a-uuid')).status,
      staffRole: (await browser.post('/desk/admin/staff/not-a-uuid/role', { role: 'agent' })).status,
      mission: (await browser.post('/desk/admin/missions/nope', { name: 'x' })).status,
      coverage: (await browser.post('/desk/admin/missions/nope/coverage', { country: 'zz' })).status,
      partner: (await browser.post('/desk/partners/nope/token', {})).status,
      canned: (await browser.get('/desk/admin/canned/nope')).status,
      stats: (await browser.get('/desk/stats?from=garbage&to=%00')).status,
      jointStatistics: (await browser.get('/desk/joint-statistics?from=2020-13-45')).status,
      audit: (await browser.get('/desk/admin/audit?before=abc&from=zz')).status,
      referral: (await browser.get('/desk/tickets/%00/referral')).status,
      evidence: (await browser.get('/desk/tickets/XX-1/evidence/zz')).status,
      partnerStatus: (await browser.post('/desk/partner/referrals/x/status', { status: 'zzz' })).status,
    };
    expect(statuses).toEqual({
      staff: 404,
      staffRole: 404,
      mission: 404,
      coverage: 404,
      partner: 404,
      canned: 404,
      stats: 400,
      jointStatistics: 400,
      audit: 400,
      referral: 404,
      evidence: 404,
      partnerStatus: 400,
    });
  });
});
