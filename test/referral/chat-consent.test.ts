import type { Hono } from 'hono';
import { expect, it } from 'vitest';
import { CHAT_CONSENT_WORDING } from '../../src/consent/chat-consent.ts';
import {
  CONSENT_MONTHS,
  listConsents,
  monthsAfter,
  withdrawConsents,
} from '../../src/consent/consent-records.ts';
import { CONSENT_GROUPS, DATA_CLASSES, scopesFor } from '../../src/consent/consent-scope.ts';
import { recordChatConsent } from '../../src/conversations/consent-in-chat.ts';
import type { Database } from '../../src/db/database.ts';
import type { Result } from '../../src/engine/index.ts';
import { validateCaseDocument } from '../support/case-document-validator.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, signIn, webchatPerson } from '../support/desk.ts';
import { CONSENT_ANSWER_INDEX, SELF_REPORT_ANSWERS } from '../support/intake-answers.ts';

// Consent given and withdrawn in the chat, through the web chat and the desk of one app: what filing
// records, what a referral may then carry, and what withdrawing in the chat undoes.

const before = SELF_REPORT_ANSWERS.slice(0, CONSENT_ANSWER_INDEX);
const AS_RELATIVE = before.flatMap((a) => (a === 'saya sendiri' ? ['adik saya', 'Bu Sumi'] : [a]));
// A child who tells little: a child's report that also says how they are held goes down the danger path first.
const AS_CHILD = [...before.slice(0, before.indexOf('23')), '16', ...Array<string>(13).fill('lewati')];
const ALL = ['ya, semua', 'ya'];
const REPORT_ONLY_TO_HELPERS = [
  'pilih sendiri',
  'ya',
  'ya',
  'tidak',
  'tidak',
  'tidak',
  'laporannya saja',
  'tidak',
];

/** A person who reports through the web chat with these answers and confirms the summary. */
async function report(database: Database, app: Hono, answers: string[]) {
  const person = await webchatPerson(app);
  for (const answer of [...answers, 'sudah benar']) await person.say(answer);
  const ticket = await database.db
    .selectFrom('tickets')
    .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
    .selectAll('tickets')
    .where('contacts.address', '=', person.id)
    .executeTakeFirstOrThrow();
  return { person, ticket, consents: await listConsents(database.db, ticket.id) };
}

async function agentOf(database: Database, app: Hono) {
  const staff = await addTestStaff(database.db, { role: 'agent' });
  return signIn(app, staff.email, staff.password);
}

const partnerId = async (database: Database, code: string) =>
  (await database.db.selectFrom('partners').select('id').where('code', '=', code).executeTakeFirstOrThrow())
    .id;

/** The audit entries of a ticket's consent and referral changes (views and exports aside), oldest first. */
const changesAudited = (database: Database, ticketId: string) =>
  database.db
    .selectFrom('audit_log')
    .select(['action', 'staff_id', 'actor', 'subject', 'detail', 'ip', 'user_agent'])
    .where('ticket_id', '=', ticketId)
    .where('action', 'in', ['ticket.consent_withdraw', 'ticket.referral_revoke'])
    .orderBy('id')
    .execute();

describeEachDatabase('consent in the chat', (database) => {
  it('filing the report records exactly what the person agreed to, in the same transaction', async () => {
    const { app } = deskTestApp(database());
    const cases = [
      {
        answers: [...before, ...ALL],
        consent: {
          givenBy: 'subject',
          scopes: scopesFor(CONSENT_GROUPS, DATA_CLASSES),
          notifyPerson: true,
          guardianRequired: false,
        },
        shared: true,
      },
      {
        answers: [...before, ...REPORT_ONLY_TO_HELPERS],
        consent: {
          givenBy: 'subject',
          scopes: scopesFor(['protection', 'victim_services'], ['report']),
          notifyPerson: false,
        },
        shared: true,
      },
      {
        answers: [
          ...before,
          'pilih sendiri',
          'ya',
          'tidak',
          'tidak',
          'tidak',
          'tidak',
          'nomor dan tempat saja',
          'ya',
        ],
        consent: { scopes: scopesFor(['protection'], ['report', 'contact']), notifyPerson: true },
        shared: true,
      },
      { answers: [...before, 'tidak'], consent: { scopes: [], notifyPerson: false }, shared: false },
      {
        answers: [...AS_RELATIVE, ...ALL],
        consent: { givenBy: 'relative', scopes: scopesFor(CONSENT_GROUPS, DATA_CLASSES) },
        shared: true,
      },
      {
        answers: [...AS_CHILD, ...ALL],
        consent: { givenBy: 'subject', guardianRequired: true },
        shared: true,
      },
    ];
    for (const { answers, consent, shared } of cases) {
      const { ticket, consents } = await report(database(), app, answers);
      expect(ticket.consent_share).toBe(shared);
      expect(consents).toHaveLength(1);
      const recorded = consents[0]!;
      expect(recorded).toMatchObject({
        method: 'chat',
        channel: 'webchat',
        wordingVersion: CHAT_CONSENT_WORDING,
        language: 'id',
        withdrawnAt: null,
        recordedByName: null,
        ...consent,
      });
      expect(recorded.expiresAt).toEqual(monthsAfter(recorded.givenAt, CONSENT_MONTHS));
      // Recorded with the report: on its timeline and in the processing log.
      const events = await database()
        .db.selectFrom('ticket_events')
        .select(['type', 'actor'])
        .where('ticket_id', '=', ticket.id)
        .where('type', '=', 'consent_recorded')
        .execute();
      expect(events).toEqual([{ type: 'consent_recorded', actor: 'contact' }]);
      const logged = await database()
        .db.selectFrom('processing_log')
        .select(['action', 'actor'])
        .where('ticket_id', '=', ticket.id)
        .execute();
      expect(logged).toEqual([{ action: 'consent.record', actor: 'contact' }]);
    }

    // Skipping the question is no consent: nothing is recorded, and the ticket says it was not answered.
    const skipped = await report(database(), app, [...before, 'lewati']);
    expect(skipped.consents).toEqual([]);
    expect(skipped.ticket.consent_share).toBeNull();

    // A child is told that a guardian's permission is still needed, and the referral page says so.
    const child = await report(database(), app, [...AS_CHILD, ...ALL]);
    expect((await child.person.read()).join('\n')).toContain('izin orang tua atau wali');
    const agent = await agentOf(database(), app);
    const page = await (await agent.get(`/desk/tickets/${child.ticket.ref}/referral`)).text();
    expect(page).toContain('persetujuan orang tua/wali masih diperlukan');
  });

  it('a referral on a "report only" consent carries no contact or identity, and goes only where agreed', async () => {
    const { app } = deskTestApp(database());
    const { ticket } = await report(database(), app, [...before, ...REPORT_ONLY_TO_HELPERS]);
    const agent = await agentOf(database(), app);
    const refer = (partner: string, fields: string[]) =>
      agent.post(`/desk/tickets/${ticket.ref}/referrals`, {
        partner,
        reason: 'AdditionalServicesRequired',
        urgency: 'routine',
        fields,
        note: '',
      });
    const kemlu = await partnerId(database(), 'kemlu');
    const tooMuch = await refer(kemlu, ['report', 'contact']);
    expect(tooMuch.status).toBe(400);
    expect(await tooMuch.text()).toContain('consent covers: report');
    const police = await refer(await partnerId(database(), 'polri'), ['report']);
    expect(police.status).toBe(400);
    expect(await police.text()).toContain('does not cover this kind of agency');
    expect((await refer(kemlu, ['report'])).status).toBe(303);

    const referral = await database()
      .db.selectFrom('referrals')
      .selectAll()
      .where('ticket_id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    expect(referral).toMatchObject({ basis: 'consent', fields: ['report'], purpose: 'consular_protection' });
    const response = await agent.get(`/desk/tickets/${ticket.ref}/referrals/${referral.id}/document.json`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const document = JSON.parse(text) as {
      document: { shared: string[] };
      person: Record<string, unknown>;
      suar: Record<string, unknown>;
    };
    expect(validateCaseDocument(document)).toBe(true);
    expect(document.document.shared).toEqual(['report']);
    for (const field of ['prs_MobilePhone', 'prs_FirstName', 'suar_Age'])
      expect(document.person).not.toHaveProperty(field);
    expect(document.suar).not.toHaveProperty('safe_contact');
    for (const value of ['+60123456789', 'Sari', 'johor bahru', 'hte_Latitude'])
      expect(text).not.toContain(value);
  });

  it('withdrawing in the chat withdraws the consent, revokes the referral on it and queues the revoked webhook', async () => {
    const { app } = deskTestApp(database());
    const { ticket, person } = await report(database(), app, [...before, ...ALL]);
    const kemlu = await partnerId(database(), 'kemlu');
    await database()
      .db.updateTable('partners')
      .set({ delivery: 'webhook', webhook_url: 'http://127.0.0.1:9/suar', signing_secret: 'suar_whsec_test' })
      .where('id', '=', kemlu)
      .execute();
    const agent = await agentOf(database(), app);
    const referred = await agent.post(`/desk/tickets/${ticket.ref}/referrals`, {
      partner: kemlu,
      reason: 'AdditionalServicesRequired',
      urgency: 'urgent',
      fields: ['report', 'contact', 'identity'],
      note: '',
    });
    expect(referred.status).toBe(303);

    await person.say('tarik izin');
    expect((await person.read()).at(-1)).toContain('Anda mau menarik izin');
    await person.say('ya');
    const told = (await person.read()).at(-1)!;
    expect(told).toContain('Izin sudah kami tarik');
    expect(told).toContain('Lembaga yang sudah menerima laporan Anda (1) kami minta berhenti memakainya.');

    const [consent] = await listConsents(database().db, ticket.id);
    expect(consent).toMatchObject({ withdrawnVia: 'chat' });
    expect(consent!.withdrawnAt).not.toBeNull();
    const referral = await database()
      .db.selectFrom('referrals')
      .selectAll()
      .where('ticket_id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    expect(referral).toMatchObject({
      status: 'revoked',
      revoke_reason: 'consent withdrawn',
      revoked_by: null,
    });
    const deliveries = await database()
      .db.selectFrom('referral_deliveries')
      .select(['event', 'status', 'body'])
      .where('referral_id', '=', referral.id)
      .orderBy('created_at')
      .orderBy('event')
      .execute();
    expect(deliveries.map((d) => d.event)).toEqual(['referral.created', 'referral.revoked']);
    const revoked = deliveries.find((d) => d.event === 'referral.revoked')!;
    expect(revoked.status).toBe('pending');
    expect(JSON.parse(String(revoked.body))).toMatchObject({
      event: 'referral.revoked',
      referral_id: referral.id,
    });

    const logged = await database()
      .db.selectFrom('processing_log')
      .select(['action', 'actor'])
      .where('ticket_id', '=', ticket.id)
      .orderBy('id')
      .execute();
    expect(logged).toEqual(
      expect.arrayContaining([
        { action: 'consent.withdraw', actor: 'contact' },
        { action: 'referral.revoke', actor: 'contact' },
      ]),
    );
    const timeline = await database()
      .db.selectFrom('ticket_events')
      .select('type')
      .where('ticket_id', '=', ticket.id)
      .orderBy('id')
      .execute();
    expect(timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['consent_withdrawn', 'referral_revoked']),
    );
    // Audited, once per change, in the message's transaction: the person through their channel, with no
    // address, no identifier and none of what they wrote.
    const audited = await changesAudited(database(), ticket.id);
    expect(audited).toEqual([
      {
        action: 'ticket.consent_withdraw',
        staff_id: null,
        actor: 'contact:webchat',
        subject: null,
        detail: { consents: 1 },
        ip: null,
        user_agent: null,
      },
      {
        action: 'ticket.referral_revoke',
        staff_id: null,
        actor: 'contact:webchat',
        subject: kemlu,
        detail: { referral_id: referral.id },
        ip: null,
        user_agent: null,
      },
    ]);
    expect(JSON.stringify(audited)).not.toContain(person.id);
    expect(JSON.stringify(audited)).not.toMatch(/tarik|izin/);
    expect(
      (
        await database()
          .db.selectFrom('tickets')
          .select('consent_share')
          .where('id', '=', ticket.id)
          .executeTakeFirstOrThrow()
      ).consent_share,
    ).toBe(false);

    // A new referral on that consent is refused; asking again in the chat finds nothing left to withdraw.
    const again = await agent.post(`/desk/tickets/${ticket.ref}/referrals`, {
      partner: await partnerId(database(), 'kemenpppa'),
      reason: 'AdditionalServicesRequired',
      urgency: 'urgent',
      fields: ['report'],
      note: '',
    });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('the person withdrew their consent');
    await person.say('cabut persetujuan');
    await person.say('ya');
    expect((await person.read()).at(-1)).toContain('tidak ada yang perlu ditarik');
    // Nothing changed the second time, so nothing more is audited.
    expect(await changesAudited(database(), ticket.id)).toHaveLength(2);
  });

  it('a report filed again records its consent again only when the answer changed', async () => {
    const { app } = deskTestApp(database());
    const { ticket } = await report(database(), app, [...before, ...ALL]);
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 11, minute)).toISOString();
    const answer = (value: Result['value'], minute: number): Result => ({
      value,
      input: null,
      skipped: false,
      at: at(minute),
    });
    const context = {
      channel: 'webchat',
      language: 'id' as const,
      now: new Date(ticket.created_at.getTime() + 3_600_000),
    };
    const db = database().db;
    const file = (results: Record<string, Result>) =>
      db.transaction().execute((trx) => recordChatConsent(trx, ticket.id, results, context));

    // Filed again with the same answer (the danger path files early, then the end files again): one record.
    await file({ consent_share: answer('all', 1), consent_notify: answer(true, 2) });
    expect(await listConsents(db, ticket.id)).toHaveLength(1);
    // A changed answer is a new record, and the newest decides.
    await file({ consent_share: answer('all', 1), consent_notify: answer(false, 2) });
    const [newest] = await listConsents(db, ticket.id);
    expect(newest).toMatchObject({ notifyPerson: false });
    expect(await listConsents(db, ticket.id)).toHaveLength(2);
    // After a withdrawal, the voided answers add nothing; agreeing again afterwards is a new consent.
    await db
      .transaction()
      .execute((trx) =>
        withdrawConsents(
          trx,
          [ticket.id],
          'chat',
          { actor: 'contact', staffId: null, auditActor: 'contact:webchat', origin: null },
          context.now,
        ),
      );
    await file({ consent_share: answer('all', 1), consent_withdrawn: answer(true, 3) });
    expect(await listConsents(db, ticket.id)).toHaveLength(2);
    await file({ consent_withdrawn: answer(true, 3), consent_share: answer('all', 4) });
    const consents = await listConsents(db, ticket.id);
    expect(consents).toHaveLength(3);
    expect(consents.filter((c) => c.withdrawnAt === null)).toHaveLength(1);

    // A conversation that answered the earlier single yes/no is recorded in its terms.
    await file({ consent_share: answer(true, 5) });
    const [legacy] = await listConsents(db, ticket.id);
    expect(legacy).toMatchObject({
      wordingVersion: 'intake-consent-1',
      scopes: scopesFor(CONSENT_GROUPS, ['report']),
      notifyPerson: false,
    });
  });
});
