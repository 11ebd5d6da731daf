import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { ChangeMadeBy, RequestOrigin } from '../audit/audit-log.ts';
import { type ProcessingAction, type ProcessingActor, recordProcessing } from '../audit/processing-log.ts';
import { CaseworkError, STATUS_TRANSITIONS } from '../casework/ticket-actions.ts';
import { listConsents, type StoredConsent } from '../consent/consent-records.ts';
import {
  type ConsentGroup,
  type ConsentRefusal,
  DATA_CLASSES,
  type DataClass,
  decideOnConsent,
  GROUP_PURPOSE,
  type LegalBasis,
} from '../consent/consent-scope.ts';
import type { DB, ReferralsTable, Ticket } from '../db/schema.ts';
import { addTicketEvent } from '../intake/tickets.ts';
import type { Partner } from '../partners/partner-store.ts';
import type { StaffMember } from '../staff/staff-roles.ts';
import { buildCaseDocument } from './case-document.ts';
import { CASE_DOCUMENT_VERSION, type CaseDocument } from './case-document-schema.ts';
import { recordReferralChange } from './record-referral-change.ts';

// Referring a ticket to partner agencies, revoking a referral, and the partners' status updates. Each is one
// transaction in the caller's hands: the referral, its timeline event, its audit entry, its processing-log
// entry (recordReferralChange) and — for a webhook partner — its delivery row are committed together or not
// at all.

/** A referral row as read. */
export type Referral = Selectable<ReferralsTable>;

/** A referral's status: pending until the partner answers; revoked by Suar. */
export type ReferralStatus =
  | 'pending'
  | 'accepted'
  | 'rejected'
  | 'in_progress'
  | 'repatriated'
  | 'investigation_opened'
  | 'service_provided'
  | 'done'
  | 'revoked';

/** What a partner can tell Suar about a referral. */
export const PARTNER_STATUSES = [
  'accepted',
  'rejected',
  'in_progress',
  'repatriated',
  'investigation_opened',
  'service_provided',
  'done',
] as const;

/** A status a partner can post. */
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** Statuses after which nothing changes (a rejected or finished referral is a new referral if needed again). */
export const FINAL_STATUSES: readonly ReferralStatus[] = ['rejected', 'done', 'revoked'];

/** HTCDS's reasons for an outgoing referral. */
export const REFERRAL_REASONS = [
  'AdditionalServicesRequired',
  'MigrationOrChangeOfLocation',
  'Other',
] as const;

/** How urgent a referral is for the partner. */
export const URGENCIES = ['routine', 'urgent', 'emergency'] as const;

/** Longest note or reason on a referral. */
export const MAX_REFERRAL_TEXT = 2000;

/** Who acts on the desk. */
export interface DeskActor {
  staff: StaffMember;
  origin: RequestOrigin;
  now: Date;
}

/** What staff ask for. */
export interface ReferralRequest {
  partnerIds: string[];
  reason: (typeof REFERRAL_REASONS)[number];
  urgency: (typeof URGENCIES)[number];
  note: string | null;
  /** The data classes to share: the minimum the partner needs. The report is always among them. */
  fields: DataClass[];
  /** A supervisor's override of the consent: a UU 27/2022 Pasal 20 basis and a reason, both recorded. */
  override: { basis: Exclude<LegalBasis, 'consent'>; reason: string } | null;
}

/** Why a refusal happened, in words staff read on the desk. */
export const REFUSAL_TEXT: Record<ConsentRefusal, string> = {
  no_consent: 'there is no consent on record for sharing this report',
  withdrawn: 'the person withdrew their consent',
  expired: 'the consent on record has expired',
  guardian_needed: "the person is a child: a parent's or guardian's consent is still needed",
  group_not_covered: 'the consent on record does not cover this kind of agency',
  fields_not_covered: 'the consent on record does not cover all the data chosen',
};

/** A referral refused by the consent rule; names the reason and what consent would allow. */
export class ReferralRefused extends CaseworkError {
  constructor(
    readonly partner: string,
    readonly refusal: ConsentRefusal,
    readonly allowedFields: DataClass[],
  ) {
    super(
      'invalid',
      `referral to ${partner} refused: ${REFUSAL_TEXT[refusal]}${
        allowedFields.length > 0 ? ` (consent covers: ${allowedFields.join(', ')})` : ''
      }; a supervisor may refer on another legal basis with a reason`,
    );
    this.name = 'ReferralRefused';
  }
}

/** The leaf names of a document's fields (for the processing log: which fields, never their values). */
export function documentFieldNames(document: CaseDocument): string[] {
  const names = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (value === undefined) return;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    } else if (Array.isArray(value) && value.some((v) => v && typeof v === 'object')) {
      for (const v of value) walk(v, key);
    } else {
      names.add(key);
    }
  };
  walk(
    { person: document.person, victim: document.victim, events: document.events, suar: document.suar },
    '',
  );
  return [...names].sort();
}

/** Everything a referral's document is built from, read in the caller's transaction. */
export async function loadDocumentInput(
  db: Kysely<DB>,
  referral: Referral,
  now: Date,
): Promise<{ document: CaseDocument; ticket: Ticket; partner: Partner }> {
  const ticket = await db
    .selectFrom('tickets')
    .selectAll()
    .where('id', '=', referral.ticket_id)
    .executeTakeFirstOrThrow();
  const partner = await db
    .selectFrom('partners')
    .selectAll()
    .where('id', '=', referral.partner_id)
    .executeTakeFirstOrThrow();
  const contact = await db
    .selectFrom('contacts')
    .select('channel')
    .where('id', '=', ticket.contact_id)
    .executeTakeFirstOrThrow();
  const consent = referral.consent_id
    ? ((await listConsents(db, ticket.id)).find((c) => c.id === referral.consent_id) ?? null)
    : null;
  const document = buildCaseDocument({
    referral: {
      id: referral.id,
      reason: referral.reason,
      urgency: referral.urgency,
      note: referral.note,
      purpose: referral.purpose,
      basis: referral.basis,
      basisReason: referral.basis_reason,
      fields: DATA_CLASSES.filter((d) => referral.fields.includes(d)),
      createdAt: referral.created_at,
    },
    ticket,
    channel: contact.channel,
    partner,
    consent,
    now,
  });
  return { document, ticket, partner };
}

/**
 * A referral's document for someone reading or exporting it, with the read in the processing log (which
 * fields, for the referral's purpose, on its basis), in the caller's transaction.
 */
export async function readReferralDocument(
  trx: Kysely<DB>,
  referral: Referral,
  reader: { actor: ProcessingActor; action: ProcessingAction },
  now: Date,
): Promise<CaseDocument> {
  const { document } = await loadDocumentInput(trx, referral, now);
  await recordProcessing(trx, {
    actor: reader.actor,
    action: reader.action,
    ticketId: referral.ticket_id,
    partnerId: referral.partner_id,
    referralId: referral.id,
    fields: documentFieldNames(document),
    purpose: referral.purpose,
    basis: referral.basis,
    at: now,
  });
  return document;
}

/** Queues a webhook call to a partner in the caller's transaction (the partners' outbox). */
export async function enqueuePartnerDelivery(
  trx: Kysely<DB>,
  referralId: string,
  partnerId: string,
  event: 'referral.created' | 'referral.revoked',
  body: unknown,
  now: Date,
): Promise<void> {
  const text = JSON.stringify(body);
  await trx
    .insertInto('referral_deliveries')
    .values({
      referral_id: referralId,
      partner_id: partnerId,
      event,
      body: text,
      body_sha256: createHash('sha256').update(text).digest('hex'),
      created_at: now,
      next_attempt_at: now,
    })
    .execute();
}

/** The webhook body announcing a referral: the event, its idempotent id, and the case document. */
export function referralCreatedBody(document: CaseDocument) {
  return { event: 'referral.created', referral_id: document.document.id, document };
}

const actorOf = (staff: StaffMember) => `staff:${staff.id}` as const;

/**
 * Refers a ticket to one or more partners. For each partner the recorded consent must cover its group and
 * every data class chosen — or a supervisor overrides with a UU 27/2022 Pasal 20 basis and a reason. The
 * whole request is refused (nothing stored) when any partner is refused. Returns the referral ids.
 */
export async function referTicket(
  trx: Kysely<DB>,
  act: DeskActor,
  ticket: Ticket,
  request: ReferralRequest,
): Promise<string[]> {
  if (request.partnerIds.length === 0) throw new CaseworkError('invalid', 'choose at least one partner');
  if (!request.fields.includes('report'))
    throw new CaseworkError('invalid', 'a referral always carries the report itself');
  if (request.override && !request.override.reason.trim())
    throw new CaseworkError('invalid', 'an override needs a reason');
  if (ticket.merged_into) throw new CaseworkError('invalid', 'refer the ticket this one was merged into');
  const partners = await trx
    .selectFrom('partners')
    .selectAll()
    .where('id', 'in', request.partnerIds)
    .where('active', '=', true)
    .execute();
  if (partners.length !== new Set(request.partnerIds).size)
    throw new CaseworkError('invalid', 'no such active partner');
  const open = await trx
    .selectFrom('referrals')
    .select('partner_id')
    .where('ticket_id', '=', ticket.id)
    .where('partner_id', 'in', request.partnerIds)
    .where('status', 'not in', FINAL_STATUSES as ReferralStatus[])
    .execute();
  if (open.length > 0) throw new CaseworkError('conflict', 'the ticket is already referred to that partner');
  const consents = await listConsents(trx, ticket.id);
  const fields = DATA_CLASSES.filter((d) => request.fields.includes(d));

  const plans: { partner: Partner; basis: LegalBasis; consent: StoredConsent | null; purpose: string }[] = [];
  for (const partner of partners) {
    const group = partner.consent_group as ConsentGroup;
    const decision = decideOnConsent(consents, group, fields, act.now);
    if (decision.type === 'allowed') {
      plans.push({
        partner,
        basis: 'consent',
        consent: consents.find((c) => c.id === decision.consentId) ?? null,
        purpose: decision.purpose,
      });
    } else if (request.override) {
      plans.push({ partner, basis: request.override.basis, consent: null, purpose: GROUP_PURPOSE[group] });
    } else {
      throw new ReferralRefused(partner.name, decision.reason, decision.allowedFields);
    }
  }

  const ids: string[] = [];
  for (const plan of plans) {
    const referral = await trx
      .insertInto('referrals')
      .values({
        ticket_id: ticket.id,
        partner_id: plan.partner.id,
        reason: request.reason,
        urgency: request.urgency,
        note: request.note,
        purpose: plan.purpose,
        basis: plan.basis,
        basis_reason: plan.basis === 'consent' ? null : (request.override?.reason.trim() ?? null),
        consent_id: plan.consent?.id ?? null,
        approved_by: plan.basis === 'consent' ? null : act.staff.id,
        fields,
        document_version: CASE_DOCUMENT_VERSION,
        created_by: act.staff.id,
        created_at: act.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    ids.push(referral.id);
    // Built (and validated against the schema) inside the transaction: a document that cannot be made
    // leaves no referral behind.
    const { document } = await loadDocumentInput(trx, referral, act.now);
    if (plan.partner.delivery === 'webhook') {
      await enqueuePartnerDelivery(
        trx,
        referral.id,
        plan.partner.id,
        'referral.created',
        referralCreatedBody(document),
        act.now,
      );
    }
    await recordReferralChange(trx, referral, {
      event: {
        type: 'referred',
        actor: actorOf(act.staff),
        data: {
          referral_id: referral.id,
          partner: plan.partner.name,
          basis: plan.basis,
          fields,
          urgency: request.urgency,
          ...(plan.basis !== 'consent' ? { reason: request.override?.reason.trim() } : {}),
        },
      },
      audit: {
        staffId: act.staff.id,
        origin: act.origin,
        action: plan.basis === 'consent' ? 'ticket.refer' : 'ticket.refer_override',
        subject: plan.partner.id,
        detail: { referral_id: referral.id, basis: plan.basis, fields },
      },
      processing: {
        actor: actorOf(act.staff),
        action: 'referral.create',
        fields: documentFieldNames(document),
      },
      at: act.now,
    });
  }
  if (ticket.status !== 'referred' && STATUS_TRANSITIONS[ticket.status].includes('referred')) {
    await trx
      .updateTable('tickets')
      .set({ status: 'referred', status_changed_at: act.now, updated_at: act.now })
      .where('id', '=', ticket.id)
      .execute();
    await addTicketEvent(trx, ticket.id, 'status_changed', actorOf(act.staff), {
      from: ticket.status,
      to: 'referred',
    });
  }
  return ids;
}

/** Finds a referral of a ticket, locked until the transaction ends. */
export async function lockReferral(
  trx: Kysely<DB>,
  id: string,
  where: { ticketId?: string; partnerId?: string },
): Promise<Referral | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  let query = trx.selectFrom('referrals').selectAll().where('id', '=', id);
  if (where.ticketId) query = query.where('ticket_id', '=', where.ticketId);
  if (where.partnerId) query = query.where('partner_id', '=', where.partnerId);
  return query.forUpdate().executeTakeFirst();
}

/**
 * Revokes a referral: the partner is told (webhook partners get a `referral.revoked` call; pull partners no
 * longer get the document), the timeline and both logs say who and why.
 */
export async function revokeReferral(
  trx: Kysely<DB>,
  by: ChangeMadeBy,
  referral: Referral,
  reason: string,
  now: Date,
): Promise<void> {
  if (FINAL_STATUSES.includes(referral.status as ReferralStatus) && referral.status !== 'done')
    throw new CaseworkError('conflict', `the referral is already ${referral.status}`);
  await trx
    .updateTable('referrals')
    .set({
      status: 'revoked',
      status_changed_at: now,
      revoked_at: now,
      revoked_by: by.staffId,
      revoke_reason: reason,
    })
    .where('id', '=', referral.id)
    .execute();
  const partner = await trx
    .selectFrom('partners')
    .select(['id', 'name', 'delivery'])
    .where('id', '=', referral.partner_id)
    .executeTakeFirstOrThrow();
  if (partner.delivery === 'webhook') {
    // Only what the partner needs to stop: no reason (it may describe the person), no document.
    await enqueuePartnerDelivery(
      trx,
      referral.id,
      partner.id,
      'referral.revoked',
      { event: 'referral.revoked', referral_id: referral.id, revoked_at: now.toISOString() },
      now,
    );
  }
  await recordReferralChange(trx, referral, {
    event: {
      type: 'referral_revoked',
      actor: by.actor,
      data: { referral_id: referral.id, partner: partner.name, reason },
    },
    audit: {
      staffId: by.staffId,
      actor: by.auditActor,
      origin: by.origin,
      action: 'ticket.referral_revoke',
      subject: partner.id,
      detail: { referral_id: referral.id },
    },
    processing: { actor: by.actor, action: 'referral.revoke' },
    at: now,
  });
}

/** Revokes every live referral that rested on these consents (after a withdrawal); returns how many. */
export async function revokeReferralsOnConsents(
  trx: Kysely<DB>,
  consentIds: string[],
  by: ChangeMadeBy,
  now: Date,
): Promise<number> {
  if (consentIds.length === 0) return 0;
  const live = await trx
    .selectFrom('referrals')
    .selectAll()
    .where('consent_id', 'in', consentIds)
    .where('basis', '=', 'consent')
    // A finished referral loses its document too: the partner's use of the data rested on that consent.
    .where('status', 'not in', ['rejected', 'revoked'])
    .orderBy('created_at')
    .forUpdate()
    .execute();
  for (const referral of live) await revokeReferral(trx, by, referral, 'consent withdrawn', now);
  return live.length;
}

/** Where each status may go when a partner reports (a final status goes nowhere). */
export function partnerMayMove(from: string, to: PartnerStatus): boolean {
  if (FINAL_STATUSES.includes(from as ReferralStatus)) return false;
  if (from === to) return false;
  // Accepting comes first or not at all: an accepted referral cannot be rejected afterwards (it is "done").
  if (to === 'rejected') return from === 'pending';
  if (to === 'accepted') return from === 'pending';
  return true;
}
