import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit-log.ts';
import { type ProcessingAction, recordProcessing } from '../../audit/processing-log.ts';
import { CaseworkError } from '../../casework/ticket-actions.ts';
import {
  listConsents,
  monthsAfter,
  PHONE_CONSENT_WORDING,
  recordConsent,
  withdrawConsents,
} from '../../consent/consent-records.ts';
import { CONSENT_GROUPS, DATA_CLASSES, scopesFor } from '../../consent/consent-scope.ts';
import type { DB, Ticket } from '../../db/schema.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import { listPartners } from '../../partners/partner-store.ts';
import { caseDocumentCsv } from '../../referral/case-document-csv.ts';
import type { CaseDocument } from '../../referral/case-document-schema.ts';
import {
  jointStatistics,
  jointStatisticsCsv,
  parseStatisticsQuery,
} from '../../referral/joint-statistics.ts';
import { referralLetterPdf } from '../../referral/referral-letter-pdf.ts';
import { listReferralsOfTicket } from '../../referral/referral-store.ts';
import {
  type DeskActor,
  lockReferral,
  MAX_REFERRAL_TEXT,
  REFERRAL_REASONS,
  ReferralRefused,
  readReferralDocument,
  referTicket,
  revokeReferral,
  revokeReferralsOnConsents,
  URGENCIES,
} from '../../referral/referrals.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { can, type DeskAction } from '../permissions.ts';
import { authorize, refOf } from '../ticket/ticket-routes.tsx';
import { ReferralPage } from './referral-page.tsx';
import { referralTexts } from './referral-texts.ts';

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));
const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
  z.string().max(MAX_REFERRAL_TEXT).nullable(),
);

const forms = {
  refer: z.object({
    partner: list(z.uuid()).pipe(z.array(z.uuid()).min(1, 'choose at least one agency')),
    reason: z.enum(REFERRAL_REASONS),
    urgency: z.enum(URGENCIES),
    fields: list(z.enum(DATA_CLASSES)),
    note: optionalText,
    basis: z.preprocess(
      (v) => (v === '' ? null : v),
      z.enum(['vital_interest', 'legal_obligation', 'public_task']).nullable().optional(),
    ),
    basis_reason: optionalText.optional(),
  }),
  consent: z.object({
    given_by: z.enum(['subject', 'relative', 'guardian']),
    giver: z.string().trim().min(1, 'say who gave it').max(200),
    given_at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a date and time'),
    months: z.coerce.number().int().min(1).max(24),
    group: list(z.enum(CONSENT_GROUPS)),
    data: list(z.enum(DATA_CLASSES)),
    notify: z.literal('yes').optional(),
  }),
  revoke: z.object({ reason: z.string().trim().min(1, 'say why').max(MAX_REFERRAL_TEXT) }),
};

/** The referral area: a ticket's consent and referrals, its case documents, and the joint statistics. */
export function referralRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  const actorOf = (c: Context<DeskEnv>): DeskActor => ({
    staff: c.get('staff'),
    origin: c.get('origin'),
    now: ctx.clock(),
  });

  const render = async (
    c: Context<DeskEnv>,
    ticket: Ticket,
    error: string | null,
    status: 200 | 400 = 200,
  ) => {
    const [consents, referrals, partners] = await Promise.all([
      listConsents(ctx.db, ticket.id),
      listReferralsOfTicket(ctx.db, ticket.id),
      listPartners(ctx.db, { activeOnly: true }),
    ]);
    const lang = c.get('lang');
    return c.html(
      <ReferralPage
        data={{
          ticket,
          consents,
          referrals,
          partners,
          flash: c.req.query('done') ? referralTexts[lang].done : null,
          error,
        }}
        staff={c.get('staff')}
        csrfToken={c.get('session').csrfToken}
        lang={lang}
        now={ctx.clock()}
      />,
      status,
    );
  };

  const findTicket = async (db: Kysely<DB>, c: Context<DeskEnv>, action: DeskAction, lock = false) => {
    let query = db.selectFrom('tickets').selectAll().where('ref', '=', refOf(c));
    if (lock) query = query.forUpdate();
    return authorize(c, action, await query.executeTakeFirst());
  };

  app.get('/tickets/:ref/referral', async (c) => {
    const ticket = await findTicket(ctx.db, c, 'ticket.view');
    await recordAudit(ctx.db, {
      staffId: c.get('staff').id,
      action: 'ticket.view',
      ticketId: ticket.id,
      detail: { part: 'referral' },
      origin: c.get('origin'),
    });
    return render(c, ticket, null);
  });

  /** Runs one change in one transaction on the locked ticket, then back to the page. */
  const perform = async (
    c: Context<DeskEnv>,
    action: DeskAction,
    work: (trx: Kysely<DB>, ticket: Ticket) => Promise<void>,
  ) => {
    const ref = refOf(c);
    try {
      await ctx.db.transaction().execute(async (trx) => work(trx, await findTicket(trx, c, action, true)));
    } catch (error) {
      if (error instanceof ReferralRefused) {
        // The refusal is shown where it happened, with its reason; nothing was stored.
        const ticket = await findTicket(ctx.db, c, 'ticket.view');
        return render(c, ticket, error.message, 400);
      }
      if (error instanceof CaseworkError)
        throw new HttpProblem(error.code === 'conflict' ? 409 : 400, error.message);
      throw error;
    }
    ctx.onQueued();
    return c.redirect(`/desk/tickets/${ref}/referral?done=1`, 303);
  };

  app.post('/tickets/:ref/referrals', async (c) => {
    const form = await readForm(c, forms.refer);
    const override = form.basis ? { basis: form.basis, reason: form.basis_reason ?? '' } : null;
    if (override && !override.reason) throw new HttpProblem(400, 'basis_reason: an override needs a reason');
    return perform(c, override ? 'ticket.refer_override' : 'ticket.refer', async (trx, ticket) => {
      await referTicket(trx, actorOf(c), ticket, {
        partnerIds: form.partner,
        reason: form.reason,
        urgency: form.urgency,
        note: form.note,
        fields: form.fields,
        override,
      });
    });
  });

  app.post('/tickets/:ref/referrals/:id/revoke', async (c) => {
    const form = await readForm(c, forms.revoke);
    return perform(c, 'ticket.refer', async (trx, ticket) => {
      const referral = await lockReferral(trx, c.req.param('id'), { ticketId: ticket.id });
      if (!referral) throw new HttpProblem(404, 'no such referral');
      const staff = c.get('staff');
      await revokeReferral(
        trx,
        { actor: `staff:${staff.id}`, staffId: staff.id, origin: c.get('origin') },
        referral,
        form.reason,
        ctx.clock(),
      );
    });
  });

  app.post('/tickets/:ref/consents', async (c) => {
    const form = await readForm(c, forms.consent);
    // Staff type Jakarta time (the desk's clock); stored as an instant.
    const givenAt = new Date(`${form.given_at}:00+07:00`);
    const now = ctx.clock();
    if (Number.isNaN(givenAt.getTime()) || givenAt > now)
      throw new HttpProblem(400, 'given_at: a time that has passed');
    if (!form.data.includes('report') && form.group.length > 0)
      throw new HttpProblem(400, 'data: consent to share always covers the report itself');
    return perform(c, 'ticket.consent', async (trx, ticket) => {
      const staff = c.get('staff');
      const guardianGiven = form.given_by === 'guardian';
      const id = await recordConsent(
        trx,
        {
          ticketId: ticket.id,
          givenBy: form.given_by,
          method: 'phone',
          channel: null,
          wordingVersion: PHONE_CONSENT_WORDING,
          language: c.get('lang'),
          scopes: scopesFor(form.group, form.data),
          notifyPerson: form.notify === 'yes',
          // A child's own word is not enough; a guardian's is.
          guardianRequired: ticket.minor === true && !guardianGiven,
          givenAt,
          expiresAt: monthsAfter(givenAt, form.months),
          recordedBy: staff.id,
          giverDescription: form.giver,
        },
        `staff:${staff.id}`,
      );
      await recordAudit(trx, {
        staffId: staff.id,
        action: 'ticket.consent_record',
        ticketId: ticket.id,
        subject: id,
        detail: { groups: form.group, data: form.data, given_by: form.given_by },
        origin: c.get('origin'),
      });
    });
  });

  app.post('/tickets/:ref/consents/withdraw', (c) =>
    perform(c, 'ticket.consent', async (trx, ticket) => {
      const staff = c.get('staff');
      const now = ctx.clock();
      const by = { actor: `staff:${staff.id}` as const, staffId: staff.id, origin: c.get('origin') };
      // The withdrawal's audit entry is written with it (withdrawConsents), as for the person's in the chat.
      const withdrawn = await withdrawConsents(trx, [ticket.id], 'phone', by, now);
      if (withdrawn.length === 0) throw new CaseworkError('conflict', 'no consent in force to withdraw');
      await revokeReferralsOnConsents(
        trx,
        withdrawn.map((w) => w.id),
        by,
        now,
      );
    }),
  );

  /** A referral's document for staff, logged as an export. */
  const exportDocument = async (c: Context<DeskEnv>, action: ProcessingAction): Promise<CaseDocument> => {
    const now = ctx.clock();
    const staff = c.get('staff');
    return ctx.db.transaction().execute(async (trx) => {
      const ticket = await findTicket(trx, c, 'ticket.view');
      const referral = await lockReferral(trx, c.req.param('id') ?? '', { ticketId: ticket.id });
      if (!referral || referral.status === 'revoked') throw new HttpProblem(404, 'no such referral');
      const document = await readReferralDocument(trx, referral, { actor: `staff:${staff.id}`, action }, now);
      await recordAudit(trx, {
        staffId: staff.id,
        action: 'ticket.export',
        ticketId: ticket.id,
        subject: referral.id,
        detail: { format: action },
        origin: c.get('origin'),
      });
      return document;
    });
  };

  app.get('/tickets/:ref/referrals/:id/document.json', async (c) =>
    c.json(await exportDocument(c, 'export.case_json')),
  );
  app.get('/tickets/:ref/referrals/:id/document.csv', async (c) => {
    const document = await exportDocument(c, 'export.case_csv');
    return c.body(caseDocumentCsv(document), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${document.case.suar_Reference}.csv"`,
    });
  });
  app.get('/tickets/:ref/referrals/:id/letter.pdf', async (c) => {
    const document = await exportDocument(c, 'export.case_pdf');
    return c.body(new Uint8Array(await referralLetterPdf(document)), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="rujukan-${document.case.suar_Reference}.pdf"`,
    });
  });

  app.get('/joint-statistics', async (c) => {
    const staff = c.get('staff');
    if (can(staff, 'stats.view') !== 'allowed') throw new HttpProblem(403, 'supervisors and admins only');
    const asked = parseStatisticsQuery(c.req.query());
    if (typeof asked === 'string') throw new HttpProblem(400, asked);
    const { dimensions } = asked;
    const stats = await jointStatistics(ctx.db, dimensions, asked.period);
    await recordProcessing(ctx.db, {
      actor: `staff:${staff.id}`,
      action: 'export.statistics',
      fields: dimensions,
      purpose: 'joint_statistics',
    });
    if (c.req.query('format') === 'csv') {
      return c.body(jointStatisticsCsv(stats), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="suar-statistik-bersama.csv"',
      });
    }
    return c.json(stats);
  });

  return app;
}
