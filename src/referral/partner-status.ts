import type { Kysely } from 'kysely';
import type { RequestOrigin } from '../audit/audit-log.ts';
import { sendOrHoldSuarMessage } from '../casework/staff-replies.ts';
import { CaseworkError } from '../casework/ticket-actions.ts';
import { listConsents } from '../consent/consent-records.ts';
import { consentInForce } from '../consent/consent-scope.ts';
import type { DB } from '../db/schema.ts';
import type { Content } from '../engine/index.ts';
import { addTicketEvent } from '../intake/tickets.ts';
import type { Partner } from '../partners/partner-store.ts';
import { recordReferralChange } from './record-referral-change.ts';
import { type PartnerStatus, partnerMayMove, type Referral } from './referrals.ts';

/** The text keys of the news told to the person, per status (locales/; discreet: no agency is named). */
export const NEWS_TEXT_KEYS: Record<PartnerStatus, string> = {
  accepted: 'referral.news.accepted',
  rejected: 'referral.news.rejected',
  in_progress: 'referral.news.in_progress',
  repatriated: 'referral.news.repatriated',
  investigation_opened: 'referral.news.investigation_opened',
  service_provided: 'referral.news.service_provided',
  done: 'referral.news.done',
};

/** A partner's status update. */
export interface PartnerStatusUpdate {
  status: PartnerStatus;
  /** Required for a rejection; shown to staff, never to the person. */
  reason: string | null;
  note: string | null;
}

/** Who reports for the partner: its API token, or one of its desk accounts. */
export interface PartnerReporter {
  partner: Partner;
  /** A partner desk account; null for the API. */
  staffId: string | null;
  /** Where the request came from, as the audit log records it. */
  origin: RequestOrigin;
}

/**
 * Applies a partner's status update to a referral it holds: the referral changes, the ticket's timeline
 * shows it, the audit log (by the desk account, or else the partner agency) and the processing log record
 * it, and — where the person's consent asked to be told — a plain,
 * discreet message goes to their chat (held for their safe window like a staff reply). One transaction.
 */
export async function applyPartnerStatus(
  trx: Kysely<DB>,
  by: PartnerReporter,
  referral: Referral,
  update: PartnerStatusUpdate,
  content: Content,
  now: Date,
): Promise<{ told: 'now' | 'held' | 'no' }> {
  if (referral.status === 'revoked') throw new CaseworkError('conflict', 'the referral was revoked');
  if (!partnerMayMove(referral.status, update.status)) {
    throw new CaseworkError('conflict', `a ${referral.status} referral cannot become ${update.status}`);
  }
  if (update.status === 'rejected' && !update.reason?.trim())
    throw new CaseworkError('invalid', 'a rejection needs a reason');
  await trx
    .updateTable('referrals')
    .set({ status: update.status, status_reason: update.reason, status_changed_at: now })
    .where('id', '=', referral.id)
    .execute();
  const actor = `partner:${by.partner.id}` as const;
  await recordReferralChange(trx, referral, {
    event: {
      type: 'referral_status',
      actor,
      data: {
        referral_id: referral.id,
        partner: by.partner.name,
        from: referral.status,
        to: update.status,
        ...(update.reason ? { reason: update.reason } : {}),
        ...(update.note ? { note: update.note } : {}),
      },
    },
    audit: {
      staffId: by.staffId,
      // Through the API no staff member acts: the agency itself is who the audit log names.
      ...(by.staffId ? {} : { actor }),
      origin: by.origin,
      action: 'partner.status',
      subject: referral.id,
      detail: { status: update.status },
    },
    processing: {
      actor: by.staffId ? `staff:${by.staffId}` : actor,
      action: 'partner.status',
      fields: ['status', ...(update.reason ? ['reason'] : []), ...(update.note ? ['note'] : [])],
    },
    at: now,
  });
  await trx.updateTable('tickets').set({ updated_at: now }).where('id', '=', referral.ticket_id).execute();
  return { told: await tellThePerson(trx, referral, update.status, content, now) };
}

/** Tells the person a partner's news, when their consent in force asked for it. */
async function tellThePerson(
  trx: Kysely<DB>,
  referral: Referral,
  status: PartnerStatus,
  content: Content,
  now: Date,
): Promise<'now' | 'held' | 'no'> {
  const latest = (await listConsents(trx, referral.ticket_id))[0];
  if (!latest?.notifyPerson || !consentInForce(latest, now)) return 'no';
  const ticket = await trx
    .selectFrom('tickets')
    .selectAll()
    .where('id', '=', referral.ticket_id)
    .executeTakeFirstOrThrow();
  const key = NEWS_TEXT_KEYS[status];
  const language = ticket.language as keyof Content['texts'];
  const template = content.texts[language]?.[key] ?? content.texts.id[key] ?? key;
  const body = template.replaceAll('{ref}', ticket.ref);
  // Outside the person's safe window the news waits, exactly as a staff reply would.
  const outcome = await sendOrHoldSuarMessage(trx, ticket, body, now, { news: status });
  if (outcome.type === 'held') return 'held';
  const messageIds = outcome.messageIds;
  await addTicketEvent(trx, ticket.id, 'person_told', 'system', { message_ids: messageIds, news: status });
  return 'now';
}
