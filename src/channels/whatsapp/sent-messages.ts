import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addTicketEvent } from '../../intake/tickets.ts';
import type { OutboundMessage } from '../inbound-message.ts';
import { withWhatsapp } from './whatsapp-schema.ts';

/** One message Suar sent on WhatsApp, as the sent-message log keeps it (ids and times, never text). */
export interface SentWhatsappMessage {
  transport: 'baileys' | 'cloud';
  contactId: string;
  outboxId: string | null;
  waMessageId: string;
  /** Baileys' message key, for delete-for-everyone. */
  messageKey?: unknown;
  /** Marks a Cloud API template sent because the 24-hour window was closed. */
  template?: string;
  sentAt: Date;
}

/** Records a sent message; a repeat of the same id is ignored. */
export async function recordSentMessage(db: Kysely<DB>, sent: SentWhatsappMessage): Promise<void> {
  const key = sent.messageKey ?? (sent.template ? { template: sent.template } : null);
  await withWhatsapp(db)
    .insertInto('whatsapp_sent_messages')
    .values({
      transport: sent.transport,
      contact_id: sent.contactId,
      outbox_id: sent.outboxId,
      wa_message_id: sent.waMessageId,
      message_key: key === null ? null : JSON.stringify(key),
      sent_at: sent.sentAt,
    })
    .onConflict((oc) => oc.columns(['transport', 'wa_message_id']).doNothing())
    .execute();
}

/** Message keys Suar sent in a chat since a time and not yet deleted, newest first. */
export async function listDeletableMessages(
  db: Kysely<DB>,
  contactId: string,
  since: Date,
): Promise<{ id: string; key: unknown }[]> {
  const rows = await withWhatsapp(db)
    .selectFrom('whatsapp_sent_messages')
    .select(['id', 'message_key'])
    .where('transport', '=', 'baileys')
    .where('contact_id', '=', contactId)
    .where('sent_at', '>=', since)
    .where('deleted_at', 'is', null)
    .orderBy('sent_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({ id: r.id, key: r.message_key }));
}

/** Marks sent messages as deleted for everyone. */
export async function markMessagesDeleted(db: Kysely<DB>, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await withWhatsapp(db)
    .updateTable('whatsapp_sent_messages')
    .set({ deleted_at: at })
    .where('id', 'in', ids)
    .execute();
}

/** True when a template was sent to the contact after a time (so a closed window gets one template, not one per reply). */
export async function templateSentSince(db: Kysely<DB>, contactId: string, since: Date): Promise<boolean> {
  const row = await withWhatsapp(db)
    .selectFrom('whatsapp_sent_messages')
    .select('id')
    .where('contact_id', '=', contactId)
    .where('sent_at', '>=', since)
    .where(sql<boolean>`message_key ? 'template'`)
    .executeTakeFirst();
  return row !== undefined;
}

const STATUS_RANK: Record<string, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

/**
 * Records a delivery status for a sent message. Statuses can arrive out of order, so a status never
 * replaces a later one ("delivered" after "read" is kept as "read"); a failure always wins and shows on the
 * contact's latest ticket. Unknown message ids (sent before this table existed, or by someone else) are skipped.
 */
export async function recordDeliveryStatus(
  db: Kysely<DB>,
  transport: 'baileys' | 'cloud',
  update: { waMessageId: string; status: string; at: Date | null; error: string | null },
  now: Date,
): Promise<void> {
  const wdb = withWhatsapp(db);
  const row = await wdb
    .selectFrom('whatsapp_sent_messages')
    .select(['id', 'status', 'contact_id', 'outbox_id'])
    .where('transport', '=', transport)
    .where('wa_message_id', '=', update.waMessageId)
    .executeTakeFirst();
  if (!row) return;
  if ((STATUS_RANK[update.status] ?? 0) <= (STATUS_RANK[row.status] ?? 0)) return;
  await wdb
    .updateTable('whatsapp_sent_messages')
    .set({ status: update.status, status_at: update.at ?? now, error: update.error })
    .where('id', '=', row.id)
    .execute();
  if (update.status !== 'failed') return;
  const ticket = await db
    .selectFrom('tickets')
    .select('id')
    .where('contact_id', '=', row.contact_id)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (ticket) {
    await addTicketEvent(db, ticket.id, 'delivery_failed', 'system', {
      outbox_id: row.outbox_id,
      reason: `WhatsApp reported the message failed: ${update.error ?? 'no reason given'}`,
      at: now.toISOString(),
    });
  }
}

/** When the person last wrote (the WhatsApp customer-service window runs 24 hours from it), or null. */
export async function lastInboundAt(db: Kysely<DB>, contactId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('messages')
    .select('created_at')
    .where('contact_id', '=', contactId)
    .where('direction', '=', 'in')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at ?? null;
}

/**
 * What Suar sent as a WhatsApp message, for Baileys' `getMessage` (a phone that could not decrypt a message
 * asks for it again): the outbox row's message, or undefined when it is not Suar's or no longer known.
 */
export async function findSentMessage(
  db: Kysely<DB>,
  waMessageId: string,
): Promise<OutboundMessage | undefined> {
  const row = await withWhatsapp(db)
    .selectFrom('whatsapp_sent_messages as s')
    .innerJoin('outbox as o', 'o.id', 's.outbox_id')
    .select(['o.payload', 'o.kind'])
    .where('s.transport', '=', 'baileys')
    .where('s.wa_message_id', '=', waMessageId)
    .executeTakeFirst();
  if (row?.kind !== 'message') return undefined;
  return row.payload as unknown as OutboundMessage;
}
