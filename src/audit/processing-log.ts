import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Who processed personal data: a staff member, a partner (its API token), or Suar itself. */
export type ProcessingActor = `staff:${string}` | `partner:${string}` | 'system' | 'contact';

/** What the processing log records (UU 27/2022): every export, referral, partner read and status update. */
export type ProcessingAction =
  | 'consent.record'
  | 'consent.withdraw'
  | 'referral.create'
  | 'referral.revoke'
  | 'referral.deliver'
  | 'partner.list'
  | 'partner.read'
  | 'partner.status'
  | 'export.case_json'
  | 'export.case_csv'
  | 'export.case_pdf'
  | 'export.statistics'
  /** A file the person sent, downloaded from the desk (the original, or its display copy). */
  | 'export.evidence'
  | 'retention.anonymise'
  | 'retention.purge';

/** One processing-log entry: who, did what, to which case, with which fields, for what purpose, on what basis. */
export interface ProcessingEntry {
  actor: ProcessingActor;
  action: ProcessingAction;
  ticketId?: string | null;
  partnerId?: string | null;
  referralId?: string | null;
  /** Field names or data classes — never their values. */
  fields?: readonly string[];
  purpose: string;
  basis?: string | null;
  at?: Date;
}

/**
 * Appends to the processing log, in the caller's transaction (the processing and its record are committed
 * together). The table refuses UPDATE and DELETE.
 */
export async function recordProcessing(db: Kysely<DB>, entry: ProcessingEntry): Promise<void> {
  await db
    .insertInto('processing_log')
    .values({
      actor: entry.actor,
      action: entry.action,
      ticket_id: entry.ticketId ?? null,
      partner_id: entry.partnerId ?? null,
      referral_id: entry.referralId ?? null,
      fields: [...(entry.fields ?? [])],
      purpose: entry.purpose,
      basis: entry.basis ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    })
    .execute();
}
