import type { Kysely } from 'kysely';
import { type ChangeMadeBy, recordAudit } from '../audit/audit-log.ts';
import { recordProcessing } from '../audit/processing-log.ts';
import type { DB } from '../db/schema.ts';
import { type Actor, addTicketEvent } from '../intake/tickets.ts';
import { type ConsentRecord, type ConsentScope, parseScopes } from './consent-scope.ts';

/** The version of the script staff read when they take consent by phone (shown on the desk). */
export const PHONE_CONSENT_WORDING = 'phone-consent-1';

/** How long a consent lasts when the words say "until the case ends, two years at most". */
export const CONSENT_MONTHS = 24;

/** A consent to record. */
export interface NewConsent {
  ticketId: string;
  givenBy: 'subject' | 'relative' | 'guardian';
  method: 'chat' | 'phone' | 'in_person';
  /** The chat it was given in (telegram, whatsapp, webchat), or null when taken by phone / in person. */
  channel: string | null;
  wordingVersion: string;
  language: string;
  scopes: ConsentScope[];
  notifyPerson: boolean;
  guardianRequired: boolean;
  givenAt: Date;
  expiresAt: Date | null;
  /** Staff who recorded consent given by phone or in person. */
  recordedBy: string | null;
  /** Who gave it, as staff wrote it ("ibu korban, Ibu S."); null for the chat. */
  giverDescription: string | null;
}

/** A consent record with everything the desk shows about it. */
export interface StoredConsent extends ConsentRecord {
  method: 'chat' | 'phone' | 'in_person';
  channel: string | null;
  wordingVersion: string;
  language: string;
  notifyPerson: boolean;
  recordedByName: string | null;
  giverDescription: string | null;
  withdrawnVia: 'chat' | 'phone' | 'desk' | null;
}

/** The date `months` after `from` (the end of a consent's term). */
export function monthsAfter(from: Date, months: number): Date {
  const end = new Date(from);
  end.setUTCMonth(end.getUTCMonth() + months);
  return end;
}

/** Records a consent, its timeline event and its processing-log entry, in the caller's transaction. */
export async function recordConsent(trx: Kysely<DB>, consent: NewConsent, actor: Actor): Promise<string> {
  const row = await trx
    .insertInto('consents')
    .values({
      ticket_id: consent.ticketId,
      given_by: consent.givenBy,
      method: consent.method,
      channel: consent.channel,
      wording_version: consent.wordingVersion,
      language: consent.language,
      scopes: JSON.stringify(consent.scopes),
      notify_person: consent.notifyPerson,
      guardian_required: consent.guardianRequired,
      given_at: consent.givenAt,
      expires_at: consent.expiresAt,
      recorded_by: consent.recordedBy,
      giver_description: consent.giverDescription,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addTicketEvent(trx, consent.ticketId, 'consent_recorded', actor, {
    consent_id: row.id,
    given_by: consent.givenBy,
    method: consent.method,
    groups: consent.scopes.filter((s) => s.data.length > 0).map((s) => s.group),
    ...(consent.guardianRequired ? { guardian_required: true } : {}),
  });
  await recordProcessing(trx, {
    actor,
    action: 'consent.record',
    ticketId: consent.ticketId,
    purpose: 'consent',
    basis: 'consent',
    at: consent.givenAt,
  });
  return row.id;
}

/** A ticket's consent records, newest first. */
export async function listConsents(db: Kysely<DB>, ticketId: string): Promise<StoredConsent[]> {
  const rows = await db
    .selectFrom('consents as c')
    .leftJoin('staff as s', 's.id', 'c.recorded_by')
    .selectAll('c')
    .select('s.name as recorded_by_name')
    .where('c.ticket_id', '=', ticketId)
    .orderBy('c.given_at', 'desc')
    .orderBy('c.created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    givenBy: r.given_by,
    scopes: parseScopes(r.scopes),
    guardianRequired: r.guardian_required,
    givenAt: r.given_at,
    expiresAt: r.expires_at,
    withdrawnAt: r.withdrawn_at,
    method: r.method,
    channel: r.channel,
    wordingVersion: r.wording_version,
    language: r.language,
    notifyPerson: r.notify_person,
    recordedByName: r.recorded_by_name ?? null,
    giverDescription: r.giver_description,
    withdrawnVia: r.withdrawn_via,
  }));
}

/**
 * Withdraws every consent of these tickets still in force; returns the ids withdrawn. Each ticket's
 * timeline, the audit log (one entry per ticket: by the staff member who recorded it, or the person through
 * their chat) and the processing log say so, in the caller's transaction.
 */
export async function withdrawConsents(
  trx: Kysely<DB>,
  ticketIds: string[],
  via: 'chat' | 'phone' | 'desk',
  by: ChangeMadeBy,
  now: Date,
): Promise<{ id: string; ticketId: string }[]> {
  if (ticketIds.length === 0) return [];
  const rows = await trx
    .updateTable('consents')
    .set({ withdrawn_at: now, withdrawn_via: via, withdrawn_recorded_by: by.staffId })
    .where('ticket_id', 'in', ticketIds)
    .where('withdrawn_at', 'is', null)
    .returning(['id', 'ticket_id'])
    .execute();
  for (const ticketId of new Set(rows.map((r) => r.ticket_id))) {
    const ids = rows.filter((r) => r.ticket_id === ticketId).map((r) => r.id);
    await addTicketEvent(trx, ticketId, 'consent_withdrawn', by.actor, { consent_ids: ids, via });
    // How many, never what the person wrote: the timeline keeps which consents.
    await recordAudit(trx, {
      staffId: by.staffId,
      ...(by.staffId ? {} : { actor: by.auditActor }),
      action: 'ticket.consent_withdraw',
      ticketId,
      detail: { consents: ids.length },
      origin: by.origin ?? { ip: null, userAgent: null },
    });
    await recordProcessing(trx, {
      actor: by.actor,
      action: 'consent.withdraw',
      ticketId,
      purpose: 'consent',
      basis: 'consent',
      at: now,
    });
  }
  return rows.map((r) => ({ id: r.id, ticketId: r.ticket_id }));
}
