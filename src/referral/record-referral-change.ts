import type { Kysely } from 'kysely';
import { type OtherAuditActor, type RequestOrigin, recordAudit } from '../audit/audit-log.ts';
import { type ProcessingAction, type ProcessingActor, recordProcessing } from '../audit/processing-log.ts';
import type { DB } from '../db/schema.ts';
import { type Actor, addTicketEvent } from '../intake/tickets.ts';
import type { Referral } from './referrals.ts';

/** One change to a referral, as the ticket's timeline, the audit log and the processing log record it. */
export interface ReferralChange {
  /** The timeline event: its type, who the timeline shows, and what it says. */
  event: { type: string; actor: Actor; data: Record<string, unknown> };
  /**
   * The audit entry: by the staff member who made the change, or — when none did — by `actor` (a partner
   * agency through the partner API, the person in their chat). Null only for what Suar does by itself on a
   * change already audited (a delivery to the partner's webhook).
   */
  audit: {
    staffId: string | null;
    actor?: OtherAuditActor | undefined;
    /** Where the request came from; null when there was none (a chat message). */
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
  if (audit) {
    // Why refuse rather than skip: skipping an entry that named no one is how changes went unaudited.
    if (!audit.staffId && !audit.actor) throw new Error(`${audit.action}: an audited change needs its actor`);
    await recordAudit(trx, {
      staffId: audit.staffId,
      ...(audit.staffId ? {} : { actor: audit.actor }),
      action: audit.action,
      ticketId: referral.ticket_id,
      subject: audit.subject,
      detail: audit.detail,
      origin: audit.origin ?? { ip: null, userAgent: null },
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
