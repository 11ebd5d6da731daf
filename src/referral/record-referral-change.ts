import type { Kysely } from 'kysely';
import { type RequestOrigin, recordAudit } from '../audit/audit-log.ts';
import { type ProcessingAction, type ProcessingActor, recordProcessing } from '../audit/processing-log.ts';
import type { DB } from '../db/schema.ts';
import { type Actor, addTicketEvent } from '../intake/tickets.ts';
import type { Referral } from './referrals.ts';

/** One change to a referral, as the ticket's timeline, the audit log and the processing log record it. */
export interface ReferralChange {
  /** The timeline event: its type, who the timeline shows, and what it says. */
  event: { type: string; actor: Actor; data: Record<string, unknown> };
  /**
   * The audit entry. Written only when a staff member made the change from the desk: a partner's API call,
   * the person in the chat or Suar itself leave none (the processing log still names them).
   */
  audit: {
    staffId: string | null;
    origin: RequestOrigin | null;
    action: string;
    subject: string;
    detail: Record<string, unknown>;
  } | null;
  /** The processing-log entry: who processed the data, how, and which fields (names, never values). */
  processing: { actor: ProcessingActor; action: ProcessingAction; fields?: readonly string[] };
  at: Date;
}

/**
 * Writes a referral change's timeline event, audit entry and processing-log entry, in the caller's
 * transaction (`trx`), so the change and its three records are committed together or not at all. The
 * processing entry rests on the referral's own purpose and basis.
 */
export async function recordReferralChange(
  trx: Kysely<DB>,
  referral: Pick<Referral, 'id' | 'ticket_id' | 'partner_id' | 'purpose' | 'basis'>,
  change: ReferralChange,
): Promise<void> {
  const { event, audit, processing } = change;
  await addTicketEvent(trx, referral.ticket_id, event.type, event.actor, event.data);
  if (audit?.staffId && audit.origin) {
    await recordAudit(trx, {
      staffId: audit.staffId,
      action: audit.action,
      ticketId: referral.ticket_id,
      subject: audit.subject,
      detail: audit.detail,
      origin: audit.origin,
    });
  }
  await recordProcessing(trx, {
    actor: processing.actor,
    action: processing.action,
    ticketId: referral.ticket_id,
    partnerId: referral.partner_id,
    referralId: referral.id,
    ...(processing.fields ? { fields: processing.fields } : {}),
    purpose: referral.purpose,
    basis: referral.basis,
    at: change.at,
  });
}
