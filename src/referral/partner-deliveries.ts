import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import { addTicketEvent } from '../intake/tickets.ts';
import { startDrainLoop } from '../outbox/drain-loop.ts';
import { retryDelayMs } from '../outbox/outbox-worker.ts';
import type { CaseDocument } from './case-document-schema.ts';
import { SIGNATURE_HEADER, signPartnerBody, TIMESTAMP_HEADER } from './partner-signature.ts';
import { recordReferralChange } from './record-referral-change.ts';
import { documentFieldNames } from './referrals.ts';

// The partners' outbox: webhook calls queued in the transaction of the referral they announce, sent by this
// worker with at-least-once delivery. Claims are leased (a crashed worker's rows come back); every try is
// signed afresh over the same bytes with the same Idempotency-Key, so a partner can drop a repeat.

/** One claimed delivery. */
interface ClaimedDelivery {
  id: string;
  referral_id: string;
  partner_id: string;
  event: string;
  idempotency_key: string;
  body: string | null;
  attempts: number;
}

/** What the delivery worker needs. */
export interface PartnerDeliveryOptions {
  db: Kysely<DB>;
  logger: Logger;
  clock?: () => Date;
  /** Sends HTTP (tests and the fault tests pass their own). */
  fetch?: typeof fetch;
  leaseMs?: number;
  batchSize?: number;
  /** Tries before a transient failure becomes permanent. */
  maxAttempts?: number;
  /** How long a partner may take to answer. */
  timeoutMs?: number;
}

/** How one try went. */
type Outcome =
  | { type: 'sent' }
  | { type: 'retry'; reason: string; afterMs?: number }
  | { type: 'permanent'; reason: string };

/** Claims due deliveries in one statement: locked, leased and returned together. */
async function claimDueDeliveries(db: Kysely<DB>, now: Date, leaseMs: number, limit: number) {
  const { rows } = await sql<ClaimedDelivery>`
    with due as (
      select id from referral_deliveries
      where status = 'pending' and next_attempt_at <= ${now}
      order by id
      limit ${limit}
      for update skip locked
    )
    update referral_deliveries d
    set next_attempt_at = ${new Date(now.getTime() + leaseMs)}, attempts = d.attempts + 1
    from due where d.id = due.id
    returning d.id, d.referral_id, d.partner_id, d.event, d.idempotency_key, d.body, d.attempts
  `.execute(db);
  return rows;
}

/** Classifies a partner's answer: 2xx delivered; 408, 429 and 5xx worth retrying; other 4xx will not work. */
export function classifyPartnerAnswer(status: number, retryAfter: string | null): Outcome {
  if (status >= 200 && status < 300) return { type: 'sent' };
  if (status === 408 || status === 429 || status >= 500) {
    const seconds = retryAfter && /^\d{1,6}$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
    return seconds === undefined
      ? { type: 'retry', reason: `HTTP ${status}` }
      : { type: 'retry', reason: `HTTP ${status}`, afterMs: Math.min(seconds, 3_600_000) };
  }
  return { type: 'permanent', reason: `HTTP ${status}` };
}

async function attempt(options: PartnerDeliveryOptions, row: ClaimedDelivery, now: Date): Promise<Outcome> {
  const partner = await options.db
    .selectFrom('partners')
    .select(['webhook_url', 'signing_secret', 'active', 'delivery'])
    .where('id', '=', row.partner_id)
    .executeTakeFirstOrThrow();
  if (row.body === null) return { type: 'permanent', reason: 'nothing to send' };
  if (!partner.active) return { type: 'permanent', reason: 'partner is not active' };
  if (partner.delivery !== 'webhook' || !partner.webhook_url)
    return { type: 'permanent', reason: 'partner has no webhook' };
  if (!partner.signing_secret) return { type: 'retry', reason: 'partner has no signing secret yet' };
  const timestamp = Math.floor(now.getTime() / 1000);
  try {
    const response = await (options.fetch ?? fetch)(partner.webhook_url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': row.idempotency_key,
        'suar-event': row.event,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signPartnerBody(partner.signing_secret, timestamp, row.body),
      },
      body: row.body,
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    // The answer's body is not read beyond draining it: nothing a partner says is stored.
    await response.arrayBuffer().catch(() => undefined);
    return classifyPartnerAnswer(response.status, response.headers.get('retry-after'));
  } catch (error) {
    const name = (error as Error).name;
    return { type: 'retry', reason: name === 'TimeoutError' ? 'timed out' : 'network error' };
  }
}

/** Sends one batch of due deliveries; returns how many it handled. */
export async function drainPartnerDeliveriesOnce(options: PartnerDeliveryOptions): Promise<number> {
  const clock = options.clock ?? (() => new Date());
  const rows = await claimDueDeliveries(
    options.db,
    clock(),
    options.leaseMs ?? 60_000,
    options.batchSize ?? 20,
  );
  await Promise.all(
    rows.map(async (row) => {
      const outcome = await attempt(options, row, clock());
      await settle(options, row, outcome, clock());
    }),
  );
  return rows.length;
}

async function settle(options: PartnerDeliveryOptions, row: ClaimedDelivery, outcome: Outcome, now: Date) {
  const { db, logger } = options;
  if (outcome.type === 'sent') {
    // Delivered: the body (personal data) goes; its hash stays as proof of what was sent.
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('referral_deliveries')
        .set({ status: 'sent', sent_at: now, body: null, last_error: null })
        .where('id', '=', row.id)
        .execute();
      const referral = await trx
        .selectFrom('referrals')
        .select(['id', 'ticket_id', 'partner_id', 'purpose', 'basis'])
        .where('id', '=', row.referral_id)
        .executeTakeFirstOrThrow();
      const parsed = row.body ? (JSON.parse(row.body) as { document?: CaseDocument }) : {};
      await recordReferralChange(trx, referral, {
        event: {
          type: 'referral_delivered',
          actor: 'system',
          data: { referral_id: row.referral_id, event: row.event },
        },
        audit: null,
        processing: {
          actor: 'system',
          action: 'referral.deliver',
          fields: parsed.document ? documentFieldNames(parsed.document) : ['referral_id'],
        },
        at: now,
      });
    });
    return;
  }
  const retrying = outcome.type === 'retry' && row.attempts < (options.maxAttempts ?? 12);
  if (outcome.type === 'retry' && retrying) {
    logger.warn({
      event: 'partner_delivery_retry',
      id: row.id,
      attempts: row.attempts,
      reason: outcome.reason,
    });
    await db
      .updateTable('referral_deliveries')
      .set({
        next_attempt_at: new Date(now.getTime() + (outcome.afterMs ?? retryDelayMs(row.attempts))),
        last_error: outcome.reason,
      })
      .where('id', '=', row.id)
      .execute();
    return;
  }
  logger.error({ event: 'partner_delivery_failed', id: row.id, reason: outcome.reason });
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('referral_deliveries')
      .set({ status: 'failed', body: null, last_error: outcome.reason })
      .where('id', '=', row.id)
      .execute();
    const referral = await trx
      .selectFrom('referrals')
      .select('ticket_id')
      .where('id', '=', row.referral_id)
      .executeTakeFirstOrThrow();
    // On the ticket, so staff know the partner never got it and can reach them another way.
    await addTicketEvent(trx, referral.ticket_id, 'referral_delivery_failed', 'system', {
      referral_id: row.referral_id,
      event: row.event,
      reason: outcome.reason,
      attempts: row.attempts,
    });
  });
}

/** Runs the delivery worker until stopped (woken after each referral, and polling as a fallback). */
export function startPartnerDeliveryWorker(options: PartnerDeliveryOptions & { pollMs: number }) {
  return startDrainLoop({
    drainOnce: () => drainPartnerDeliveriesOnce(options),
    pollMs: options.pollMs,
    logger: options.logger,
    errorEvent: 'partner_delivery_worker_error',
  });
}
