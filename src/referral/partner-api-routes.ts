import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { z } from 'zod';
import { recordProcessing } from '../audit/processing-log.ts';
import { CaseworkError } from '../casework/ticket-actions.ts';
import type { DB } from '../db/schema.ts';
import type { Content } from '../engine/index.ts';
import { type ClientIp, requestOrigin } from '../http/client-ip.ts';
import { HttpProblem } from '../http/http-problem.ts';
import { findPartnerByToken, type Partner, type PartnerScope } from '../partners/partner-store.ts';
import { caseDocumentCsv } from './case-document-csv.ts';
import { caseDocumentJsonSchema } from './case-document-schema.ts';
import { jointStatistics, jointStatisticsCsv, parseStatisticsQuery } from './joint-statistics.ts';
import { checkPartnerSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './partner-signature.ts';
import { applyPartnerStatus } from './partner-status.ts';
import { referralLetterPdf } from './referral-letter-pdf.ts';
import {
  lockReferral,
  MAX_REFERRAL_TEXT,
  PARTNER_STATUSES,
  type Referral,
  readReferralDocument,
} from './referrals.ts';

// The partner API (`/api/partner/v1`): a partner's token reads the referrals made to it and their case
// documents, and posts status updates back — each post signed with the partner's secret, inside the replay
// window, never accepted twice. A referral made to someone else does not exist for a token (404).

/** What the partner API runs on. */
export interface PartnerApiContext {
  db: Kysely<DB>;
  clock: () => Date;
  logger: Logger;
  content: Content;
  /** How far a signed post's timestamp may be from now, either way. */
  replayWindowSeconds: number;
  /** Called after a message to the person was queued (wakes the outbox worker). */
  onQueued: () => void;
  /** Reads the client's address for the audit log (behind the same trusted proxies as the desk). */
  clientIp: ClientIp;
}

interface PartnerEnv {
  Variables: { partner: Partner; scopes: PartnerScope[] };
}

/** Largest status update accepted. */
const BODY_LIMIT = 16 * 1024;

const statusUpdate = z
  .object({
    status: z.enum(PARTNER_STATUSES),
    reason: z.string().trim().min(1).max(MAX_REFERRAL_TEXT).optional(),
    note: z.string().trim().min(1).max(MAX_REFERRAL_TEXT).optional(),
  })
  .strict();

function needScope(c: Context<PartnerEnv>, scope: PartnerScope): void {
  if (!c.get('scopes').includes(scope)) throw new HttpProblem(403, `this token lacks the ${scope} scope`);
}

/** The partner API, mounted at /api/partner/v1. */
export function partnerApiRoutes(ctx: PartnerApiContext) {
  const app = new Hono<PartnerEnv>();

  app.get('/schema', (c) => c.json(caseDocumentJsonSchema()));

  app.use('*', async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const found = token ? await findPartnerByToken(ctx.db, token, ctx.clock()) : undefined;
    if (!found) {
      c.header('WWW-Authenticate', 'Bearer realm="suar-partner"');
      throw new HttpProblem(401, 'a valid partner token is required');
    }
    c.set('partner', found.partner);
    c.set('scopes', found.scopes);
    await next();
  });

  /** A referral made to this partner, or 404 (someone else's referral does not exist for this token). */
  const ownReferral = async (db: Kysely<DB>, c: Context<PartnerEnv>): Promise<Referral> => {
    const id = c.req.param('id') ?? '';
    const referral = /^[0-9a-f-]{36}$/i.test(id)
      ? await db
          .selectFrom('referrals')
          .selectAll()
          .where('id', '=', id)
          .where('partner_id', '=', c.get('partner').id)
          .executeTakeFirst()
      : undefined;
    if (!referral) throw new HttpProblem(404, 'no such referral');
    return referral;
  };

  app.get('/referrals', async (c) => {
    needScope(c, 'referrals:read');
    const partner = c.get('partner');
    const status = c.req.query('status');
    if (status !== undefined && !/^[a-z_]{1,30}$/.test(status)) throw new HttpProblem(400, 'unknown status');
    let query = ctx.db
      .selectFrom('referrals as r')
      .innerJoin('tickets as t', 't.id', 'r.ticket_id')
      .select(['r.id', 't.ref', 'r.status', 'r.urgency', 'r.reason', 'r.created_at', 'r.status_changed_at'])
      .where('r.partner_id', '=', partner.id)
      .orderBy('r.created_at', 'desc')
      .limit(200);
    if (status) query = query.where('r.status', '=', status);
    const rows = await query.execute();
    await recordProcessing(ctx.db, {
      actor: `partner:${partner.id}`,
      action: 'partner.list',
      partnerId: partner.id,
      fields: ['reference', 'status', 'urgency', 'reason'],
      purpose: 'referral_list',
    });
    return c.json({
      referrals: rows.map((r) => ({
        id: r.id,
        reference: r.ref,
        status: r.status,
        urgency: r.urgency,
        reason: r.reason,
        created_at: r.created_at.toISOString(),
        status_changed_at: r.status_changed_at?.toISOString() ?? null,
        document: `/api/partner/v1/referrals/${r.id}`,
      })),
    });
  });

  /** Reads a referral's document for this partner and logs the read (a revoked referral answers 410). */
  const readDocument = async (c: Context<PartnerEnv>, format: 'json' | 'csv' | 'pdf') => {
    needScope(c, 'referrals:read');
    const partner = c.get('partner');
    const now = ctx.clock();
    return ctx.db.transaction().execute(async (trx) => {
      const referral = await ownReferral(trx, c);
      if (referral.status === 'revoked') throw new HttpProblem(404, 'this referral was revoked');
      return readReferralDocument(
        trx,
        referral,
        {
          actor: `partner:${partner.id}`,
          action:
            format === 'json' ? 'partner.read' : format === 'csv' ? 'export.case_csv' : 'export.case_pdf',
        },
        now,
      );
    });
  };

  app.get('/referrals/:id', async (c) => {
    const document = await readDocument(c, 'json');
    c.header('cache-control', 'no-store');
    return c.json(document);
  });

  app.get('/referrals/:id/document.csv', async (c) => {
    const document = await readDocument(c, 'csv');
    return c.body(caseDocumentCsv(document), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${document.case.suar_Reference}.csv"`,
      'cache-control': 'no-store',
    });
  });

  app.get('/referrals/:id/letter.pdf', async (c) => {
    const document = await readDocument(c, 'pdf');
    const pdf = await referralLetterPdf(document);
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="rujukan-${document.case.suar_Reference}.pdf"`,
      'cache-control': 'no-store',
    });
  });

  app.post(
    '/referrals/:id/status',
    bodyLimit({
      maxSize: BODY_LIMIT,
      onError: () => {
        throw new HttpProblem(413, `a status update has at most ${BODY_LIMIT} bytes`);
      },
    }),
    async (c) => {
      needScope(c, 'referrals:update');
      const partner = c.get('partner');
      const now = ctx.clock();
      const raw = await c.req.text();
      // Signed first: an unsigned, stale or tampered post is refused before its body is even read as JSON.
      const problem = partner.signing_secret
        ? checkPartnerSignature(
            partner.signing_secret,
            c.req.header(TIMESTAMP_HEADER),
            c.req.header(SIGNATURE_HEADER),
            raw,
            now,
            ctx.replayWindowSeconds,
          )
        : 'missing';
      if (problem) throw new HttpProblem(401, `signature ${problem}: sign the body with your partner secret`);
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new HttpProblem(400, 'the body is not JSON');
      }
      const parsed = statusUpdate.safeParse(json);
      if (!parsed.success) {
        throw new HttpProblem(
          400,
          parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
        );
      }
      if (parsed.data.status === 'rejected' && !parsed.data.reason)
        throw new HttpProblem(400, 'reason: a rejection needs a reason');
      let result: { told: string; status: string; id: string };
      try {
        result = await ctx.db.transaction().execute(async (trx) => {
          const signature = c.req.header(SIGNATURE_HEADER)!.trim();
          // A signature seen before is a replay: refused, and nothing is stored.
          const fresh = await trx
            .insertInto('partner_request_nonces')
            .values({ partner_id: partner.id, signature, seen_at: now })
            .onConflict((oc) => oc.doNothing())
            .returning('signature')
            .executeTakeFirst();
          if (!fresh) throw new HttpProblem(401, 'this signed request was already received (replay)');
          const referral = await lockReferral(trx, c.req.param('id'), { partnerId: partner.id });
          if (!referral) throw new HttpProblem(404, 'no such referral');
          const { told } = await applyPartnerStatus(
            trx,
            { partner, staffId: null, origin: requestOrigin(c, ctx.clientIp) },
            referral,
            {
              status: parsed.data.status,
              reason: parsed.data.reason ?? null,
              note: parsed.data.note ?? null,
            },
            ctx.content,
            now,
          );
          return { told, status: parsed.data.status, id: referral.id };
        });
      } catch (error) {
        if (error instanceof CaseworkError)
          throw new HttpProblem(error.code === 'conflict' ? 409 : 400, error.message);
        throw error;
      }
      ctx.onQueued();
      return c.json({ id: result.id, status: result.status, person_told: result.told });
    },
  );

  app.get('/statistics', async (c) => {
    needScope(c, 'statistics:read');
    const asked = parseStatisticsQuery(c.req.query());
    if (typeof asked === 'string') throw new HttpProblem(400, asked);
    const { dimensions } = asked;
    const stats = await jointStatistics(ctx.db, dimensions, asked.period);
    await recordProcessing(ctx.db, {
      actor: `partner:${c.get('partner').id}`,
      action: 'export.statistics',
      partnerId: c.get('partner').id,
      fields: dimensions,
      purpose: 'joint_statistics',
    });
    if (c.req.query('format') === 'csv') {
      return c.body(jointStatisticsCsv(stats), 200, { 'content-type': 'text/csv; charset=utf-8' });
    }
    return c.json(stats);
  });

  // Mounted like any other sub-app (its own typed variables stay inside).
  return new Hono().route('/', app);
}
