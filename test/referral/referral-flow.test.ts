import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { webchatSender } from '../../src/channels/webchat/webchat-sender.ts';
import type { Database } from '../../src/db/database.ts';
import { clientIpReader } from '../../src/http/client-ip.ts';
import { drainOutboxOnce } from '../../src/outbox/outbox-worker.ts';
import { partnerApiRoutes } from '../../src/referral/partner-api-routes.ts';
import { drainPartnerDeliveriesOnce } from '../../src/referral/partner-deliveries.ts';
import { auditCount } from '../support/audit-log.ts';
import { validateCaseDocument } from '../support/case-document-validator.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, signIn, type TestBrowser } from '../support/desk.ts';
import { content } from '../support/engine-env.ts';
import { type PartnerCall, signedHeaders, startFakePartner } from '../support/fake-partner.ts';
import { reportThroughWebchat } from '../support/webchat-report.ts';

// 10:00 UTC is 18:00 in Malaysia: inside the "evening" window the self report answers with.
const EVENING_IN_MALAYSIA = '2026-03-01T10:00:00.000Z';
const logger = pino({ level: 'silent' });

let secret = '';
let partnerSite: Awaited<ReturnType<typeof startFakePartner>>;
beforeAll(async () => {
  partnerSite = await startFakePartner(() => secret);
});
afterAll(async () => {
  await partnerSite.close();
});

async function setUp(database: Database) {
  const desk = deskTestApp(database, undefined, {
    start: EVENING_IN_MALAYSIA,
    mounts: (host) => [
      {
        path: '/api/partner/v1',
        app: partnerApiRoutes({
          db: database.db,
          clock: host.clock,
          logger,
          content,
          replayWindowSeconds: 300,
          onQueued: () => {},
          // Behind one trusted proxy, so a test can say where a partner's request came from.
          clientIp: clientIpReader(1),
        }),
      },
    ],
  });
  const { person, ticket } = await reportThroughWebchat(database, desk.app);
  const partnerId = async (code: string) =>
    (await database.db.selectFrom('partners').select('id').where('code', '=', code).executeTakeFirstOrThrow())
      .id;
  return { ...desk, person, ticket, partnerId };
}

/** The value shown once on the partner admin page after it was made. */
async function shownOnce(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  const value = /<code>([^<]+)<\/code>/.exec(await response.text())?.[1];
  if (!value) throw new Error('nothing shown');
  return value;
}

async function recordPhoneConsent(
  browser: TestBrowser,
  ref: string,
  fields: Record<string, string | string[]>,
) {
  return browser.post(`/desk/tickets/${ref}/consents`, {
    given_by: 'subject',
    giver: 'Sari sendiri, lewat telepon',
    given_at: '2026-03-01T16:30',
    months: '24',
    ...fields,
  });
}

const eventsOf = async (database: Database, ticketId: string, type: string) =>
  database.db
    .selectFrom('ticket_events')
    .select(['data', 'actor'])
    .where('ticket_id', '=', ticketId)
    .where('type', '=', type)
    .orderBy('id')
    .execute();

/** The audit entries of partner status updates on a ticket. */
const partnerStatusAudit = async (database: Database, ticketId: string) =>
  database.db
    .selectFrom('audit_log')
    .select(['staff_id', 'actor', 'action', 'subject', 'detail', 'ip', 'user_agent'])
    .where('ticket_id', '=', ticketId)
    .where('action', '=', 'partner.status')
    .orderBy('id')
    .execute();

const processing = async (database: Database, ticketId: string) =>
  database.db
    .selectFrom('processing_log')
    .select(['action', 'actor', 'fields', 'purpose', 'basis', 'partner_id'])
    .where('ticket_id', '=', ticketId)
    .orderBy('id')
    .execute();

describeEachDatabase('referral to a partner agency', (database) => {
  it('from the desk to a fake partner webhook (signed, schema-valid) and back to the timeline and the person’s chat', async () => {
    const { app, ticket, person, partnerId, advance } = await setUp(database());
    const polri = await partnerId('polri');
    const kemensos = await partnerId('kemensos');
    const admin = await signIn(app, ...(await credentials(database(), 'admin')));
    const agent = await signIn(app, ...(await credentials(database(), 'agent')));

    // The admin sets Polri up for webhooks and gives it a signing secret and a token.
    expect(
      (
        await admin.post(`/desk/partners/${polri}`, {
          delivery: 'webhook',
          webhook_url: partnerSite.url,
          email: '',
          phone: '',
          active: 'yes',
        })
      ).status,
    ).toBe(303);
    secret = await shownOnce(await admin.post(`/desk/partners/${polri}/secret`));
    const token = await shownOnce(await admin.post(`/desk/partners/${polri}/token`));
    const otherToken = await shownOnce(await admin.post(`/desk/partners/${kemensos}/token`));
    // Only hashes are kept.
    const stored = await database().db.selectFrom('partner_tokens').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);

    // Without consent the referral is refused, with the reason shown, and nothing is stored.
    const refused = await agent.post(`/desk/tickets/${ticket.ref}/referrals`, {
      partner: polri,
      reason: 'AdditionalServicesRequired',
      urgency: 'urgent',
      fields: ['report', 'contact'],
      note: '',
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('there is no consent on record');
    expect(await database().db.selectFrom('referrals').select('id').execute()).toEqual([]);

    // Sari agrees by phone: the police may have the report and her number, and she wants to be told.
    const consented = await recordPhoneConsent(agent, ticket.ref, {
      group: ['law_enforcement'],
      data: ['report', 'contact'],
      notify: 'yes',
    });
    expect(consented.status).toBe(303);

    // Asking for more than she agreed to (her identity) is refused; the consented fields are accepted.
    const tooMuch = await agent.post(`/desk/tickets/${ticket.ref}/referrals`, {
      partner: polri,
      reason: 'AdditionalServicesRequired',
      urgency: 'urgent',
      fields: ['report', 'contact', 'identity'],
      note: '',
    });
    expect(tooMuch.status).toBe(400);
    expect(await tooMuch.text()).toContain('consent covers: report, contact');
    const referred = await agent.post(`/desk/tickets/${ticket.ref}/referrals`, {
      partner: polri,
      reason: 'AdditionalServicesRequired',
      urgency: 'urgent',
      fields: ['report', 'contact'],
      note: 'Mohon segera dihubungi pada malam hari.',
    });
    expect(referred.status).toBe(303);
    const referral = await database()
      .db.selectFrom('referrals')
      .selectAll()
      .where('ticket_id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    expect(referral).toMatchObject({ basis: 'consent', fields: ['report', 'contact'], status: 'pending' });

    // The delivery row was committed with the referral; the worker sends it, signed.
    const before = partnerSite.calls.length;
    await drainPartnerDeliveriesOnce({
      db: database().db,
      logger,
      clock: () => new Date(EVENING_IN_MALAYSIA),
    });
    expect(partnerSite.calls.length - before).toBe(1);
    const call = partnerSite.calls[before] as PartnerCall;
    expect(call.signatureValid).toBe(true);
    expect(call.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    const body = JSON.parse(call.body) as { event: string; referral_id: string; document: unknown };
    expect(body).toMatchObject({ event: 'referral.created', referral_id: referral.id });
    expect(validateCaseDocument(body.document)).toBe(true);
    expect(call.body).toContain('+60123456789');
    expect(call.body).not.toContain('"prs_FirstName"'); // identity was not consented
    const delivered = await database()
      .db.selectFrom('referral_deliveries')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(delivered).toMatchObject({ status: 'sent', body: null });

    // The partner pulls with its token; another partner's token does not see it.
    const own = await app.request('/api/partner/v1/referrals', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await own.json()) as { referrals: { id: string }[] }).referrals.map((r) => r.id)).toEqual([
      referral.id,
    ]);
    const other = await app.request('/api/partner/v1/referrals', {
      headers: { authorization: `Bearer ${otherToken}` },
    });
    expect(((await other.json()) as { referrals: unknown[] }).referrals).toEqual([]);
    const notTheirs = await app.request(`/api/partner/v1/referrals/${referral.id}`, {
      headers: { authorization: `Bearer ${otherToken}` },
    });
    expect(notTheirs.status).toBe(404);
    const document = await app.request(`/api/partner/v1/referrals/${referral.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(document.status).toBe(200);
    expect(validateCaseDocument(await document.json())).toBe(true);
    expect((await app.request('/api/partner/v1/referrals')).status).toBe(401);

    // The partner accepts, signed. The timeline shows it and Sari is told in her chat.
    advance(60_000);
    const post = JSON.stringify({ status: 'accepted', note: 'Ditangani Subdit TPPO.' });
    const headers = signedHeaders(secret, post, new Date(Date.parse(EVENING_IN_MALAYSIA) + 60_000), token);
    const partnerAddress = { 'x-forwarded-for': '203.0.113.7', 'user-agent': 'polri-case-system/2.1' };
    const accepted = await app.request(`/api/partner/v1/referrals/${referral.id}/status`, {
      method: 'POST',
      headers: { ...headers, ...partnerAddress },
      body: post,
    });
    expect(accepted.status).toBe(200);
    // Audited once, in the change's transaction: the agency acted, no staff member; from its address.
    expect(await partnerStatusAudit(database(), ticket.id)).toEqual([
      {
        staff_id: null,
        actor: `partner:${polri}`,
        action: 'partner.status',
        subject: referral.id,
        detail: { status: 'accepted' },
        ip: '203.0.113.7',
        user_agent: 'polri-case-system/2.1',
      },
    ]);
    expect(await accepted.json()).toMatchObject({ status: 'accepted', person_told: 'now' });
    const news = await eventsOf(database(), ticket.id, 'referral_status');
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({ actor: `partner:${polri}`, data: { to: 'accepted' } });
    await drainOutboxOnce({ db: database().db, senders: { webchat: webchatSender }, logger });
    expect((await person.read()).at(-1)).toBe(
      `Kabar tentang laporan ${ticket.ref}: lembaga yang kami mintai bantuan sudah menerima laporan Anda.`,
    );
    const timeline = await (await agent.get(`/desk/api/tickets/${ticket.ref}/timeline`)).text();
    expect(timeline).toContain('Kabar dari lembaga mitra');
    expect(timeline).toContain('Kepolisian Negara Republik Indonesia');

    // A replayed, stale, unsigned or tampered post is refused with 401 and stores nothing.
    const auditedBefore = await auditCount(database().db);
    const replay = await app.request(`/api/partner/v1/referrals/${referral.id}/status`, {
      method: 'POST',
      headers,
      body: post,
    });
    expect(replay.status).toBe(401);
    const later = JSON.stringify({ status: 'in_progress' });
    const stale = signedHeaders(secret, later, new Date(Date.parse(EVENING_IN_MALAYSIA) - 3_600_000), token);
    const refusals = [
      await app.request(`/api/partner/v1/referrals/${referral.id}/status`, {
        method: 'POST',
        headers: stale,
        body: later,
      }),
      await app.request(`/api/partner/v1/referrals/${referral.id}/status`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: later,
      }),
      await app.request(`/api/partner/v1/referrals/${referral.id}/status`, {
        method: 'POST',
        headers: signedHeaders(secret, later, new Date(Date.parse(EVENING_IN_MALAYSIA) + 60_000), token),
        body: JSON.stringify({ status: 'done' }),
      }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([401, 401, 401]);
    expect(await eventsOf(database(), ticket.id, 'referral_status')).toHaveLength(1);

    // Malformed updates are a 400 with a clear message.
    const at = new Date(Date.parse(EVENING_IN_MALAYSIA) + 60_000);
    for (const [bad, message] of [
      ['{not json', 'not JSON'],
      [JSON.stringify({ status: 'teleported' }), 'status'],
      [JSON.stringify({ status: 'rejected' }), 'a rejection needs a reason'],
    ] as const) {
      const response = await app.request(`/api/partner/v1/referrals/${referral.id}/status`, {
        method: 'POST',
        headers: signedHeaders(secret, bad, at, token),
        body: bad,
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain(message);
    }
    // Nothing refused was audited (nor changed).
    expect(await auditCount(database().db)).toBe(auditedBefore);
    expect(await partnerStatusAudit(database(), ticket.id)).toHaveLength(1);

    // Every processing of her data is in the processing log: who, which fields, for what, on what basis.
    const log = await processing(database(), ticket.id);
    expect(log.map((l) => l.action)).toEqual([
      'consent.record',
      'referral.create',
      'referral.deliver',
      'partner.read',
      'partner.status',
    ]);
    const created = log.find((l) => l.action === 'referral.create')!;
    expect(created).toMatchObject({
      purpose: 'investigation_and_prosecution',
      basis: 'consent',
      partner_id: polri,
    });
    expect(created.fields).toContain('prs_MobilePhone');
    expect(created.fields).not.toContain('prs_FirstName');
    await expect(database().db.updateTable('processing_log').set({ purpose: 'x' }).execute()).rejects.toThrow(
      /append-only/,
    );
  });

  it('a supervisor may refer outside the consent with a UU 27/2022 basis and a reason, both recorded; revoking stops the partner', async () => {
    const { app, ticket, partnerId } = await setUp(database());
    const kp2mi = await partnerId('kp2mi');
    const agent = await signIn(app, ...(await credentials(database(), 'agent')));
    const supervisor = await signIn(app, ...(await credentials(database(), 'supervisor')));
    const form = {
      partner: kp2mi,
      reason: 'MigrationOrChangeOfLocation',
      urgency: 'emergency',
      fields: ['report', 'contact'],
      note: '',
      basis: 'vital_interest',
      basis_reason: 'Disekap, nyawa terancam; tidak bisa dihubungi untuk minta persetujuan.',
    };
    expect((await agent.post(`/desk/tickets/${ticket.ref}/referrals`, form)).status).toBe(403);
    expect(
      (await supervisor.post(`/desk/tickets/${ticket.ref}/referrals`, { ...form, basis_reason: '' })).status,
    ).toBe(400);
    expect((await supervisor.post(`/desk/tickets/${ticket.ref}/referrals`, form)).status).toBe(303);
    const referral = await database()
      .db.selectFrom('referrals')
      .selectAll()
      .where('ticket_id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    expect(referral).toMatchObject({
      basis: 'vital_interest',
      basis_reason: form.basis_reason,
      consent_id: null,
    });
    expect(referral.approved_by).not.toBeNull();
    const audit = await database()
      .db.selectFrom('audit_log')
      .select('action')
      .where('ticket_id', '=', ticket.id)
      .where('action', '=', 'ticket.refer_override')
      .execute();
    expect(audit).toHaveLength(1);
    const doc = await supervisor.get(`/desk/tickets/${ticket.ref}/referrals/${referral.id}/document.json`);
    expect(((await doc.json()) as { suar: { legal_basis: unknown } }).suar.legal_basis).toEqual({
      basis: 'vital_interest',
      article: 'UU 27/2022 Pasal 20 ayat (2) huruf d',
      purpose: 'repatriation_and_rights',
      reason: form.basis_reason,
    });

    // Revoked: the partner's token no longer gets the document.
    const admin = await signIn(app, ...(await credentials(database(), 'admin')));
    const token = await shownOnce(await admin.post(`/desk/partners/${kp2mi}/token`));
    const read = () =>
      app.request(`/api/partner/v1/referrals/${referral.id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await read()).status).toBe(200);
    expect(
      (
        await agent.post(`/desk/tickets/${ticket.ref}/referrals/${referral.id}/revoke`, {
          reason: 'salah lembaga',
        })
      ).status,
    ).toBe(303);
    expect((await read()).status).toBe(404);
    expect(await eventsOf(database(), ticket.id, 'referral_revoked')).toHaveLength(1);
  });

  it('withdrawing consent revokes the referrals that rested on it, and a webhook partner is told', async () => {
    const { app, ticket, partnerId } = await setUp(database());
    const polri = await partnerId('polri');
    await database()
      .db.updateTable('partners')
      .set({ delivery: 'webhook', webhook_url: partnerSite.url })
      .where('id', '=', polri)
      .execute();
    const agent = await signIn(app, ...(await credentials(database(), 'agent')));
    await recordPhoneConsent(agent, ticket.ref, { group: ['law_enforcement'], data: ['report'] });
    expect(
      (
        await agent.post(`/desk/tickets/${ticket.ref}/referrals`, {
          partner: polri,
          reason: 'Other',
          urgency: 'routine',
          fields: ['report'],
          note: '',
        })
      ).status,
    ).toBe(303);
    expect((await agent.post(`/desk/tickets/${ticket.ref}/consents/withdraw`)).status).toBe(303);
    const referral = await database()
      .db.selectFrom('referrals')
      .select(['status', 'id'])
      .where('ticket_id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    expect(referral.status).toBe('revoked');
    const deliveries = await database()
      .db.selectFrom('referral_deliveries')
      .select('event')
      .where('referral_id', '=', referral.id)
      .orderBy('id')
      .execute();
    expect(deliveries.map((d) => d.event)).toEqual(['referral.created', 'referral.revoked']);
    // One audit entry for the withdrawal and one for the revocation, both by the staff member.
    const audited = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'actor', 'detail'])
      .where('ticket_id', '=', ticket.id)
      .where('action', 'in', ['ticket.consent_withdraw', 'ticket.referral_revoke'])
      .orderBy('id')
      .execute();
    expect(audited.map((a) => [a.action, a.actor?.startsWith('staff:')])).toEqual([
      ['ticket.consent_withdraw', true],
      ['ticket.referral_revoke', true],
    ]);
    expect(audited[0]!.detail).toEqual({ consents: 1 });
    // And a new referral on consent is refused now.
    const again = await agent.post(`/desk/tickets/${ticket.ref}/referrals`, {
      partner: polri,
      reason: 'Other',
      urgency: 'routine',
      fields: ['report'],
      note: '',
    });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('withdrew their consent');
  });
});

let staffSeq = 0;
async function credentials(
  database: Database,
  role: 'agent' | 'supervisor' | 'admin',
): Promise<[string, string]> {
  const staff = await addTestStaff(database.db, { role, name: `${role} ${++staffSeq}` });
  return [staff.email, staff.password];
}
