import { type Kysely, sql } from 'kysely';
import { recordProcessing } from '../audit/processing-log.ts';
import type { DB } from '../db/schema.ts';
import {
  linkEvidenceToTickets,
  markTicketEvidenceDeleted,
  markUnlinkedContactEvidenceDeleted,
} from '../evidence/evidence-store.ts';

// Retention (UU 27/2022: personal data is deleted when its purpose and term end). A closed case keeps each
// class of data for its configured time after closing, then that class is purged; what the joint statistics
// count (month, country, category, indicators, sex, age band, reporter type, outcome) always stays.

/** Days after closing that each class of a case's data is kept. */
export interface RetentionSettings {
  /** The conversation: every message to and from the person about the case. */
  transcriptDays: number;
  /** How to reach the person: phone, place and map pin, safe time; and, once no case of theirs keeps it, the chat address itself. */
  contactDays: number;
  /** Who they are: names, exact age (the age band stays), who gave consent on their behalf. */
  identityDays: number;
  /** What happened in their words: the story, employer or agency, notes, answers, the phrases triage quoted. */
  reportDays: number;
}

/** One class of retention. */
export type RetentionClass = 'transcript' | 'contact' | 'identity' | 'report';

/** Deletes a ticket's evidence files; called when the report class goes. */
export type DeleteTicketFiles = (trx: Kysely<DB>, ticketId: string) => Promise<void>;

/**
 * The evidence store's deletion: rows marked deleted in the purge's transaction (what identifies the person
 * goes at once); the blobs leave storage after commit (the evidence worker), so a rollback loses nothing.
 */
const deleteEvidenceOfTicket =
  (now: Date): DeleteTicketFiles =>
  async (trx, ticketId) => {
    await markTicketEvidenceDeleted(trx, ticketId, now);
  };

const AGE_BAND = sql<string | null>`case
  when subject_age is null then age_band
  when subject_age < 12 then '0-11' when subject_age < 18 then '12-17'
  when subject_age < 25 then '18-24' when subject_age < 35 then '25-34'
  when subject_age < 45 then '35-44' when subject_age < 60 then '45-59' else '60+' end`;

/** Closed tickets past a class's time that still hold it, oldest first. */
async function due(db: Kysely<DB>, cls: RetentionClass, days: number, now: Date, limit: number) {
  const before = new Date(now.getTime() - days * 86_400_000);
  return db
    .selectFrom('tickets')
    .select(['id', 'contact_id'])
    .where('status', '=', 'closed')
    .where('status_changed_at', '<', before)
    .where(sql<boolean>`not (${cls} = any(purged))`)
    .orderBy('status_changed_at')
    .limit(limit)
    .execute();
}

const FIELDS: Record<RetentionClass, string[]> = {
  transcript: ['messages'],
  contact: ['contact_phone', 'location', 'safe_time', 'calls_safe', 'triage.reasons(phone,pin)'],
  identity: ['subject_name', 'reporter_name', 'subject_age', 'consents.giver_description', 'contact.address'],
  report: [
    'narrative',
    'employer',
    'departure',
    'answers',
    'triage.reasons',
    'notes',
    'referral notes',
    'files',
  ],
};

async function purgeOne(
  trx: Kysely<DB>,
  cls: RetentionClass,
  ticket: { id: string; contact_id: string },
  now: Date,
  deleteFiles: DeleteTicketFiles,
  contactDays: number,
): Promise<void> {
  const id = ticket.id;
  if (cls === 'transcript') {
    // Files stay until the report class goes: keep their link to the ticket once the messages are gone.
    await linkEvidenceToTickets(trx, ticket.contact_id);
    await trx.deleteFrom('held_replies').where('ticket_id', '=', id).execute();
    await trx
      .deleteFrom('outbox')
      .where('status', '<>', 'pending')
      .where('message_id', 'in', (eb) => eb.selectFrom('messages').select('id').where('ticket_id', '=', id))
      .execute();
    await trx.deleteFrom('messages').where('ticket_id', '=', id).execute();
  } else if (cls === 'contact') {
    await sql`update tickets set contact_phone = null, location = null, safe_time = null, calls_safe = null,
      triage = case when triage ? 'reasons' then jsonb_set(triage, '{reasons}', coalesce((
        select jsonb_agg(r) from jsonb_array_elements(triage->'reasons') r
        where r->>'source' not in ('phone', 'pin')), '[]'::jsonb)) else triage end
      where id = ${id}`.execute(trx);
  } else if (cls === 'identity') {
    await sql`update tickets set subject_name = null, reporter_name = null, age_band = ${AGE_BAND},
      subject_age = null where id = ${id}`.execute(trx);
    await trx.updateTable('consents').set({ giver_description: null }).where('ticket_id', '=', id).execute();
    await forgetContactIfDone(trx, ticket, now, contactDays);
  } else {
    await sql`update tickets set narrative = null, employer = null, departure = null, answers = '{}'::jsonb,
      triage = case when triage ? 'reasons' then jsonb_set(triage, '{reasons}', '[]'::jsonb) else triage end
      where id = ${id}`.execute(trx);
    // Notes and free text on the timeline go; who did what, when, stays.
    await sql`update ticket_events set data = data - 'text' - 'note' - 'reason' where ticket_id = ${id}
      and (data ? 'text' or data ? 'note' or data ? 'reason')`.execute(trx);
    await trx
      .updateTable('referrals')
      .set({ note: null, status_reason: null, revoke_reason: null, basis_reason: null })
      .where('ticket_id', '=', id)
      .execute();
    await deleteFiles(trx, id);
  }
  await sql`update tickets set purged = array_append(purged, ${cls}::text),
    anonymised_at = case when ${cls} in ('contact', 'identity')
      and array_append(purged, ${cls}::text) @> array['contact', 'identity']::text[] then ${now}::timestamptz
      else anonymised_at end
    where id = ${id}`.execute(trx);
  await recordProcessing(trx, {
    actor: 'system',
    action: cls === 'identity' || cls === 'contact' ? 'retention.anonymise' : 'retention.purge',
    ticketId: id,
    fields: FIELDS[cls],
    purpose: 'retention',
    at: now,
  });
}

/**
 * Once none of a person's cases keeps who they are and they have been quiet for the contact time, their
 * chat address itself is forgotten: the contact row stays (closed cases point at it) with a meaningless
 * address, and their sessions and remaining messages go. If they write again, they start afresh.
 */
async function forgetContactIfDone(
  trx: Kysely<DB>,
  ticket: { id: string; contact_id: string },
  now: Date,
  contactDays: number,
) {
  const kept = await trx
    .selectFrom('tickets')
    .select('id')
    .where('contact_id', '=', ticket.contact_id)
    .where('id', '<>', ticket.id)
    .where((eb) => eb.or([eb('status', '<>', 'closed'), sql<boolean>`not ('identity' = any(purged))`]))
    .limit(1)
    .executeTakeFirst();
  if (kept) return;
  const contactId = ticket.contact_id;
  const contact = await trx
    .selectFrom('contacts')
    .select(['channel', 'address', 'last_seen_at'])
    .where('id', '=', contactId)
    .forUpdate()
    .executeTakeFirst();
  if (!contact || contact.address.startsWith('forgotten:')) return;
  if (contact.last_seen_at.getTime() > now.getTime() - contactDays * 86_400_000) return;
  if (contact.channel === 'telegram') {
    await sql`delete from telegram_messages where chat_id = ${contact.address}`.execute(trx);
  }
  await trx.deleteFrom('sessions').where('contact_id', '=', contactId).execute();
  await trx.deleteFrom('webchat_conversations').where('contact_id', '=', contactId).execute();
  await trx.deleteFrom('inbound_receipts').where('contact_id', '=', contactId).execute();
  await trx
    .deleteFrom('outbox')
    .where('contact_id', '=', contactId)
    .where('status', '<>', 'pending')
    .execute();
  // Files that belong to no case of theirs go with the address; a case's files go with its report data.
  await markUnlinkedContactEvidenceDeleted(trx, contactId, now);
  await trx.deleteFrom('messages').where('contact_id', '=', contactId).execute();
  await trx
    .updateTable('contacts')
    .set({ address: `forgotten:${contactId}` })
    .where('id', '=', contactId)
    .execute();
}

/**
 * Applies retention once: for each class, up to `limit` closed tickets past its time lose that class, each
 * in its own transaction with its processing-log entry. Returns how many tickets each class touched.
 */
export async function applyRetention(
  db: Kysely<DB>,
  settings: RetentionSettings,
  now: Date,
  options: { limit?: number; deleteTicketFiles?: DeleteTicketFiles } = {},
): Promise<Record<RetentionClass, number>> {
  const days: Record<RetentionClass, number> = {
    transcript: settings.transcriptDays,
    contact: settings.contactDays,
    identity: settings.identityDays,
    report: settings.reportDays,
  };
  const counts: Record<RetentionClass, number> = { transcript: 0, contact: 0, identity: 0, report: 0 };
  for (const cls of ['transcript', 'contact', 'identity', 'report'] as const) {
    for (const ticket of await due(db, cls, days[cls], now, options.limit ?? 100)) {
      await db.transaction().execute(async (trx) => {
        await purgeOne(
          trx,
          cls,
          ticket,
          now,
          options.deleteTicketFiles ?? deleteEvidenceOfTicket(now),
          settings.contactDays,
        );
      });
      counts[cls] += 1;
    }
  }
  return counts;
}
