import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';

/** A referral as the desk lists it: with its partner and how its last webhook call went. */
export interface ReferralListItem {
  id: string;
  partnerId: string;
  partnerName: string;
  reason: string;
  urgency: string;
  basis: string;
  basisReason: string | null;
  fields: string[];
  status: string;
  statusReason: string | null;
  createdAt: Date;
  createdByName: string | null;
  delivery: { status: string; lastError: string | null; attempts: number } | null;
}

/** A ticket's referrals, oldest first. */
export async function listReferralsOfTicket(db: Kysely<DB>, ticketId: string): Promise<ReferralListItem[]> {
  const rows = await db
    .selectFrom('referrals as r')
    .innerJoin('partners as p', 'p.id', 'r.partner_id')
    .leftJoin('staff as s', 's.id', 'r.created_by')
    .select([
      'r.id',
      'r.partner_id',
      'p.name as partner_name',
      'r.reason',
      'r.urgency',
      'r.basis',
      'r.basis_reason',
      'r.fields',
      'r.status',
      'r.status_reason',
      'r.created_at',
      's.name as created_by_name',
      sql<{ status: string; last_error: string | null; attempts: number } | null>`(
        select json_build_object('status', d.status, 'last_error', d.last_error, 'attempts', d.attempts)
        from referral_deliveries d where d.referral_id = r.id order by d.id desc limit 1)`.as('delivery'),
    ])
    .where('r.ticket_id', '=', ticketId)
    .orderBy('r.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    reason: r.reason,
    urgency: r.urgency,
    basis: r.basis,
    basisReason: r.basis_reason,
    fields: r.fields,
    status: r.status,
    statusReason: r.status_reason,
    createdAt: r.created_at,
    createdByName: r.created_by_name ?? null,
    delivery: r.delivery
      ? { status: r.delivery.status, lastError: r.delivery.last_error, attempts: r.delivery.attempts }
      : null,
  }));
}

/** The referrals made to a partner, newest first, with the ticket reference. */
export async function listReferralsToPartner(db: Kysely<DB>, partnerId: string, limit = 200) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('tickets as t', 't.id', 'r.ticket_id')
    .select(['r.id', 't.ref', 'r.status', 'r.urgency', 'r.reason', 'r.created_at'])
    .where('r.partner_id', '=', partnerId)
    .orderBy('r.created_at', 'desc')
    .limit(limit)
    .execute();
}
