import type { Kysely } from 'kysely';
import type { ChannelName, InboundMessage, OutboundMessage } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';

/** Writes a person's message to the log; returns its id. */
export async function logInbound(
  db: Kysely<DB>,
  contactId: string,
  message: InboundMessage,
  now: Date,
): Promise<string> {
  const payload: Record<string, unknown> = {};
  if (message.location) payload.location = message.location;
  if (message.phone) payload.phone = message.phone;
  if (message.attachments?.length) payload.attachments = message.attachments;
  if (message.edited) payload.edited = true;
  if (message.startPayload) payload.startPayload = message.startPayload;
  const row = await db
    .insertInto('messages')
    .values({
      contact_id: contactId,
      direction: 'in',
      channel: message.channel,
      external_id: message.externalId,
      body: message.text ?? null,
      payload: JSON.stringify(payload),
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes a message to the person to the log; returns its id. */
export async function logOutbound(
  db: Kysely<DB>,
  contactId: string,
  channel: ChannelName,
  message: OutboundMessage,
  ticketId: string | null,
  now: Date,
): Promise<string> {
  const { text, ...rest } = message;
  const row = await db
    .insertInto('messages')
    .values({
      contact_id: contactId,
      ticket_id: ticketId,
      direction: 'out',
      channel,
      body: text,
      payload: JSON.stringify(rest),
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The person's texts since a time, oldest first (what triage reads). */
export async function inboundTextsSince(db: Kysely<DB>, contactId: string, since: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('messages')
    .select('body')
    .where('contact_id', '=', contactId)
    .where('direction', '=', 'in')
    .where('created_at', '>=', since)
    .where('body', 'is not', null)
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => r.body!).reverse();
}

/** Links a contact's unlinked log rows to their ticket, so staff see the whole conversation. */
export async function linkMessagesToTicket(
  db: Kysely<DB>,
  contactId: string,
  ticketId: string,
  since: Date,
): Promise<void> {
  await db
    .updateTable('messages')
    .set({ ticket_id: ticketId })
    .where('contact_id', '=', contactId)
    .where('ticket_id', 'is', null)
    .where('created_at', '>=', since)
    .execute();
}
