import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit-log.ts';
import { type ProcessingAction, recordProcessing } from '../../audit/processing-log.ts';
import { CaseworkError } from '../../casework/ticket-actions.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import { findPartner, type Partner } from '../../partners/partner-store.ts';
import { caseDocumentCsv } from '../../referral/case-document-csv.ts';
import type { CaseDocument } from '../../referral/case-document-schema.ts';
import { applyPartnerStatus } from '../../referral/partner-status.ts';
import { letterRows, referralLetterPdf } from '../../referral/referral-letter-pdf.ts';
import { listReferralsToPartner } from '../../referral/referral-store.ts';
import {
  lockReferral,
  MAX_REFERRAL_TEXT,
  PARTNER_STATUSES,
  type ReferralStatus,
  readReferralDocument,
} from '../../referral/referrals.ts';
import { wordFor } from '../case-vocabulary.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { formatDateTime } from '../format-time.ts';
import { CsrfField, Flash, Page } from '../layout.tsx';
import { can } from '../permissions.ts';
import { REFERRAL_STATUS_WORDS, referralTexts, URGENCY_WORDS } from './referral-texts.ts';

const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
  z.string().max(MAX_REFERRAL_TEXT).nullable(),
);
const statusForm = z.object({ status: z.enum(PARTNER_STATUSES), reason: optionalText, note: optionalText });

/**
 * The partner desk: a partner agency's staff see the referrals made to their agency — the consent-filtered
 * case document of each, nothing else of Suar — and report progress back. Every read is in the processing log.
 */
export function partnerDeskRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();

  const partnerOf = async (c: Context<DeskEnv>): Promise<Partner> => {
    const staff = c.get('staff');
    if (can(staff, 'partner.referrals') !== 'allowed' || !staff.partnerId)
      throw new HttpProblem(403, 'for partner agency accounts');
    const partner = await findPartner(ctx.db, staff.partnerId);
    if (!partner?.active) throw new HttpProblem(403, 'your agency is not active on Suar');
    return partner;
  };

  app.get('/partner', async (c) => {
    const partner = await partnerOf(c);
    const lang = c.get('lang');
    const t = referralTexts[lang];
    const rows = await listReferralsToPartner(ctx.db, partner.id);
    await recordProcessing(ctx.db, {
      actor: `staff:${c.get('staff').id}`,
      action: 'partner.list',
      partnerId: partner.id,
      fields: ['reference', 'status', 'urgency'],
      purpose: 'referral_list',
    });
    return c.html(
      <Page
        title={t.partnerHome}
        lang={lang}
        staff={c.get('staff')}
        csrfToken={c.get('session').csrfToken}
        path="/desk/partner"
      >
        <section class="card">
          <h1>{t.partnerHome}</h1>
          <p class="muted">{partner.name}</p>
          {rows.length === 0 ? <p class="muted">{t.partnerNone}</p> : null}
          <table>
            <thead>
              <tr>
                <th>{t.reference}</th>
                <th>{t.status}</th>
                <th>{t.urgency}</th>
                <th>{t.received}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a href={`/desk/partner/referrals/${r.id}`}>{r.ref}</a>
                  </td>
                  <td>{wordFor(REFERRAL_STATUS_WORDS, lang, r.status as ReferralStatus)}</td>
                  <td>{wordFor(URGENCY_WORDS, lang, r.urgency)}</td>
                  <td>{formatDateTime(r.created_at, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </Page>,
    );
  });

  /** One of this partner's referrals with its document (logged), or 404 for anyone else's. */
  const readOwn = async (c: Context<DeskEnv>, action: ProcessingAction) => {
    const partner = await partnerOf(c);
    const staff = c.get('staff');
    const now = ctx.clock();
    return ctx.db.transaction().execute(async (trx) => {
      const referral = await lockReferral(trx, c.req.param('id') ?? '', { partnerId: partner.id });
      if (!referral) throw new HttpProblem(404, 'no such referral');
      if (referral.status === 'revoked') return { referral, document: null as CaseDocument | null, partner };
      const document = await readReferralDocument(trx, referral, { actor: `staff:${staff.id}`, action }, now);
      await recordAudit(trx, {
        staffId: staff.id,
        action: 'partner.read',
        ticketId: referral.ticket_id,
        subject: referral.id,
        detail: { format: action },
        origin: c.get('origin'),
      });
      return { referral, document, partner };
    });
  };

  app.get('/partner/referrals/:id', async (c) => {
    const { referral, document } = await readOwn(c, 'partner.read');
    const lang = c.get('lang');
    const t = referralTexts[lang];
    const base = `/desk/partner/referrals/${referral.id}`;
    return c.html(
      <Page
        title={document?.case.suar_Reference ?? t.partnerHome}
        lang={lang}
        staff={c.get('staff')}
        csrfToken={c.get('session').csrfToken}
        path={base}
      >
        <p>
          <a href="/desk/partner">← {t.partnerHome}</a>
        </p>
        {c.req.query('done') ? <Flash kind="ok">{t.done}</Flash> : null}
        {document ? (
          <>
            <section class="card">
              <h1>{document.case.suar_Reference}</h1>
              <p>
                {t.status}:{' '}
                <strong>{wordFor(REFERRAL_STATUS_WORDS, lang, referral.status as ReferralStatus)}</strong>
              </p>
              <dl class="facts">
                {letterRows(document).map(([label, value]) => (
                  <>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </>
                ))}
              </dl>
              <p>
                {t.document}: <a href={`${base}/document.csv`}>{t.csv}</a> ·{' '}
                <a href={`${base}/letter.pdf`}>{t.letter}</a>
              </p>
            </section>
            <section class="card">
              <h2>{t.updateStatus}</h2>
              <form method="post" action={`${base}/status`}>
                <CsrfField token={c.get('session').csrfToken} />
                <label for="status">{t.status}</label>
                <select id="status" name="status">
                  {PARTNER_STATUSES.map((s) => (
                    <option value={s}>{wordFor(REFERRAL_STATUS_WORDS, lang, s)}</option>
                  ))}
                </select>
                <label for="reason">{t.statusReason}</label>
                <input id="reason" name="reason" type="text" maxlength={MAX_REFERRAL_TEXT} />
                <label for="note">{t.partnerNote}</label>
                <textarea id="note" name="note" maxlength={MAX_REFERRAL_TEXT} />
                <p>
                  <button type="submit">{t.save}</button>
                </p>
              </form>
            </section>
          </>
        ) : (
          <Flash kind="warn">{t.revokedNote}</Flash>
        )}
      </Page>,
    );
  });

  app.get('/partner/referrals/:id/document.csv', async (c) => {
    const { document } = await readOwn(c, 'export.case_csv');
    if (!document) throw new HttpProblem(404, 'this referral was revoked');
    return c.body(caseDocumentCsv(document), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${document.case.suar_Reference}.csv"`,
    });
  });

  app.get('/partner/referrals/:id/letter.pdf', async (c) => {
    const { document } = await readOwn(c, 'export.case_pdf');
    if (!document) throw new HttpProblem(404, 'this referral was revoked');
    return c.body(new Uint8Array(await referralLetterPdf(document)), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="rujukan-${document.case.suar_Reference}.pdf"`,
    });
  });

  app.post('/partner/referrals/:id/status', async (c) => {
    const form = await readForm(c, statusForm);
    const partner = await partnerOf(c);
    const staff = c.get('staff');
    const id = c.req.param('id');
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const referral = await lockReferral(trx, id, { partnerId: partner.id });
        if (!referral) throw new HttpProblem(404, 'no such referral');
        await applyPartnerStatus(
          trx,
          { partner, staffId: staff.id, origin: c.get('origin') },
          referral,
          form,
          ctx.content,
          ctx.clock(),
        );
      });
    } catch (error) {
      if (error instanceof CaseworkError)
        throw new HttpProblem(error.code === 'conflict' ? 409 : 400, error.message);
      throw error;
    }
    ctx.onQueued();
    return c.redirect(`/desk/partner/referrals/${id}?done=1`, 303);
  });

  return app;
}
