import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { can } from '../../src/desk/permissions.ts';
import { classifyPartnerAnswer, drainPartnerDeliveriesOnce } from '../../src/referral/partner-deliveries.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { insertStaff } from '../../src/staff/staff-store.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, signIn } from '../support/desk.ts';
import { startFakePartner } from '../support/fake-partner.ts';
import { reportThroughWebchat } from '../support/webchat-report.ts';

const START = '2026-03-01T10:00:00.000Z';
const logger = pino({ level: 'silent' });

describe('who may refer and who sees referrals', () => {
  const open = { missionId: 'kbri-kuala-lumpur', status: 'open', mergedInto: null };
  it.each([
    [
      'an agent refers within consent',
      { role: 'agent' as const, missionId: null },
      'ticket.refer',
      'allowed',
    ],
    [
      'an agent cannot override consent',
      { role: 'agent' as const, missionId: null },
      'ticket.refer_override',
      'forbidden',
    ],
    [
      'a supervisor may override with a legal basis',
      { role: 'supervisor' as const, missionId: null },
      'ticket.refer_override',
      'allowed',
    ],
    [
      "a partner's staff never see a ticket (not even that it exists)",
      { role: 'partner' as const, missionId: null },
      'ticket.view',
      'not_found',
    ],
    [
      "a partner's staff have no queue",
      { role: 'partner' as const, missionId: null },
      'queue.view',
      'forbidden',
    ],
    [
      'desk staff do not act as a partner',
      { role: 'admin' as const, missionId: null },
      'partner.referrals',
      'forbidden',
    ],
    [
      'only admins manage partners',
      { role: 'supervisor' as const, missionId: null },
      'admin.partners',
      'forbidden',
    ],
  ] as const)('%s', (_name, staff, action, answer) => {
    const needsTicket = action.startsWith('ticket.');
    expect(can(staff, action, needsTicket ? open : undefined)).toBe(answer);
  });
});

let partnerSite: Awaited<ReturnType<typeof startFakePartner>>;
beforeAll(async () => {
  partnerSite = await startFakePartner(() => 'unused');
});
afterAll(async () => {
  await partnerSite.close();
});

async function referredTicket(database: Database, code: string) {
  const desk = deskTestApp(database, undefined, { start: START });
  const { ticket } = await reportThroughWebchat(database, desk.app);
  const partner = await database.db
    .selectFrom('partners')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  const supervisor = await addTestStaff(database.db, { role: 'supervisor' });
  const browser = await signIn(desk.app, supervisor.email, supervisor.password);
  const referred = await browser.post(`/desk/tickets/${ticket.ref}/referrals`, {
    partner: partner.id,
    reason: 'AdditionalServicesRequired',
    urgency: 'urgent',
    fields: ['report'],
    note: '',
    basis: 'public_task',
    basis_reason: 'Penanganan TPPO oleh negara (UU 21/2007).',
  });
  expect(referred.status).toBe(303);
  return { ...desk, ticket, partner, browser };
}

describeEachDatabase('partner desk accounts and webhook deliveries', (database) => {
  it("a partner's desk account sees only what was referred to its agency, and reports back", async () => {
    const { app, ticket, partner } = await referredTicket(database(), 'kemensos');
    const other = await referredTicket(database(), 'kemenpppa');
    const password = 'kata sandi mitra yang panjang';
    const account = await insertStaff(database().db, {
      email: 'petugas@kemensos.test',
      name: 'Petugas Kemensos',
      role: 'partner',
      missionId: null,
      partnerId: partner.id,
      passwordHash: await hashPassword(password),
      mustChangePassword: false,
    });
    const browser = await signIn(app, account.email, password);
    // Its home is its agency's referrals; the queue and tickets are not there for it.
    expect((await browser.get('/desk')).headers.get('location')).toBe('/desk/partner');
    const home = await (await browser.get('/desk/partner')).text();
    expect(home).toContain(ticket.ref);
    expect(home).not.toContain(other.ticket.ref);
    expect((await browser.get(`/desk/tickets/${ticket.ref}`)).status).toBe(404);
    const referral = await database()
      .db.selectFrom('referrals')
      .select('id')
      .where('ticket_id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    const otherReferral = await database()
      .db.selectFrom('referrals')
      .select('id')
      .where('ticket_id', '=', other.ticket.id)
      .executeTakeFirstOrThrow();
    expect((await browser.get(`/desk/partner/referrals/${otherReferral.id}`)).status).toBe(404);
    const page = await browser.get(`/desk/partner/referrals/${referral.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(ticket.ref);
    expect(html).not.toContain('+60123456789'); // only the report was shared
    const pdf = await browser.get(`/desk/partner/referrals/${referral.id}/letter.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // Sign-in lands on /desk, which sends a partner on: its CSRF token is on its own home page.
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(home)?.[1] ?? '';
    const posted = await app.request(`/desk/partner/referrals/${referral.id}/status`, {
      method: 'POST',
      headers: {
        cookie: browser.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost',
      },
      body: new URLSearchParams({
        _csrf: csrf,
        status: 'service_provided',
        reason: '',
        note: 'Rumah aman.',
      }).toString(),
    });
    expect(posted.status).toBe(303);
    const status = await database()
      .db.selectFrom('referrals')
      .select('status')
      .where('id', '=', referral.id)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('service_provided');
    const reads = await database()
      .db.selectFrom('processing_log')
      .select(['action', 'actor'])
      .where('referral_id', '=', referral.id)
      .orderBy('id')
      .execute();
    expect(reads.map((r) => r.action)).toEqual([
      'referral.create',
      'partner.read',
      'export.case_pdf',
      'partner.status',
    ]);
    expect(reads.slice(1).every((r) => r.actor === `staff:${account.id}`)).toBe(true);
  });

  it('retries a failing webhook with back-off and shows a permanent failure on the ticket', async () => {
    await database()
      .db.updateTable('partners')
      .set({ delivery: 'webhook', webhook_url: partnerSite.url, signing_secret: 'suar_whsec_test' })
      .where('code', '=', 'kp2mi')
      .execute();
    const { ticket, browser } = await referredTicket(database(), 'kp2mi');
    const clock = { now: new Date(START) };
    const drain = () =>
      drainPartnerDeliveriesOnce({ db: database().db, logger, clock: () => clock.now, maxAttempts: 3 });
    const row = () =>
      database()
        .db.selectFrom('referral_deliveries as d')
        .innerJoin('referrals as r', 'r.id', 'd.referral_id')
        .select(['d.status', 'd.attempts', 'd.next_attempt_at', 'd.body', 'd.last_error'])
        .where('r.ticket_id', '=', ticket.id)
        .executeTakeFirstOrThrow();

    partnerSite.answerWith(503);
    const before = partnerSite.calls.length;
    expect(await drain()).toBe(1);
    expect(await row()).toMatchObject({ status: 'pending', attempts: 1, last_error: 'HTTP 503' });
    expect((await row()).next_attempt_at.getTime()).toBe(clock.now.getTime() + 2_000);
    expect(await drain()).toBe(0); // not due yet
    clock.now = new Date(clock.now.getTime() + 2_000);
    expect(await drain()).toBe(1);
    expect((await row()).next_attempt_at.getTime()).toBe(clock.now.getTime() + 4_000);
    // The same bytes and idempotency key each time.
    const tries = partnerSite.calls.slice(before);
    expect(tries).toHaveLength(2);
    expect(tries[0]!.body).toBe(tries[1]!.body);
    expect(tries[0]!.headers['idempotency-key']).toBe(tries[1]!.headers['idempotency-key']);

    partnerSite.answerWith(410);
    clock.now = new Date(clock.now.getTime() + 4_000);
    expect(await drain()).toBe(1);
    expect(await row()).toMatchObject({ status: 'failed', body: null, last_error: 'HTTP 410' });
    const failed = await database()
      .db.selectFrom('ticket_events')
      .select('data')
      .where('ticket_id', '=', ticket.id)
      .where('type', '=', 'referral_delivery_failed')
      .execute();
    expect(failed).toHaveLength(1);
    expect(await (await browser.get(`/desk/tickets/${ticket.ref}/referral`)).text()).toContain(
      'Gagal terkirim',
    );
    partnerSite.answerWith(200);
  });

  it('classifies partner answers like the outbox does', () => {
    expect(classifyPartnerAnswer(204, null)).toEqual({ type: 'sent' });
    expect(classifyPartnerAnswer(429, '30')).toEqual({ type: 'retry', reason: 'HTTP 429', afterMs: 30_000 });
    expect(classifyPartnerAnswer(502, null)).toEqual({ type: 'retry', reason: 'HTTP 502' });
    expect(classifyPartnerAnswer(401, null)).toEqual({ type: 'permanent', reason: 'HTTP 401' });
  });
});
