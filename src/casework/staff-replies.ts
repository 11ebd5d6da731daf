import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit-log.ts';
import type { ChannelName, OutboundMessage } from '../channels/inbound-message.ts';
import type { DB, Ticket } from '../db/schema.ts';
import { type Actor, addTicketEvent } from '../intake/tickets.ts';
import { logAndEnqueueReplies, type Recipient } from '../outbox/enqueue-outbound.ts';
import { personTimeZone } from '../safe-contact/person-time-zone.ts';
import { type Delivery, deliveryFor, safeTimeOf } from '../safe-contact/safe-window.ts';
import { type Act, CaseworkError, MAX_NOTE_LENGTH } from './ticket-actions.ts';

/** Longest reply staff can write (Telegram's limit; longer texts are split by the adapters anyway). */
export const MAX_REPLY_LENGTH = 4096;

/** What became of a staff reply. */
export type ReplyOutcome =
  | { type: 'queued'; messageIds: string[] }
  | { type: 'held'; delivery: Exclude<Delivery, { type: 'now' }>; heldId: string };

function pinOf(ticket: Ticket): { latitude: number; longitude: number } | null {
  const location = ticket.location as { latitude?: unknown; longitude?: unknown } | null;
  return location && typeof location.latitude === 'number' && typeof location.longitude === 'number'
    ? { latitude: location.latitude, longitude: location.longitude }
    : null;
}

/** When a reply to this ticket's person may go out now (their safe-contact answer, in their local time). */
export function deliveryForTicket(ticket: Ticket, now: Date): Delivery {
  const zone = personTimeZone(ticket.country, pinOf(ticket), now);
  return deliveryFor(safeTimeOf(ticket.safe_time), zone?.timeZone ?? null, now);
}

/** What became of a message Suar itself sends a ticket's person outside the flow. */
export type SuarMessageOutcome =
  | { type: 'now'; messageIds: string[] }
  | { type: 'held'; heldId: string; until: string };

/**
 * Sends Suar's own message (not a staff member's, not the flow's) to a ticket's person, or holds it for their
 * safe window exactly as a staff reply would be held (`reply_held` on the timeline). In the caller's
 * transaction; the caller records what the message was about.
 */
export async function sendOrHoldSuarMessage(
  trx: Kysely<DB>,
  ticket: Ticket,
  body: string,
  now: Date,
  about: Record<string, unknown>,
): Promise<SuarMessageOutcome> {
  const delivery = deliveryForTicket(ticket, now);
  if (delivery.type !== 'now') {
    const held = await trx
      .insertInto('held_replies')
      .values({
        ticket_id: ticket.id,
        contact_id: ticket.contact_id,
        staff_id: null,
        body,
        release_at: delivery.type === 'at' ? delivery.at : null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const until = delivery.type === 'at' ? delivery.at.toISOString() : 'when_they_write';
    await addTicketEvent(trx, ticket.id, 'reply_held', 'system', { held_id: held.id, until, ...about });
    return { type: 'held', heldId: held.id, until };
  }
  const to = await recipientOf(trx, ticket);
  const messageIds = await logAndEnqueueReplies(trx, to, [staffMessage(body, null)], ticket.id, now);
  return { type: 'now', messageIds };
}

/** The person a ticket's replies go to: the chat their report came from. */
export async function recipientOf(trx: Kysely<DB>, ticket: Ticket): Promise<Recipient> {
  const contact = await trx
    .selectFrom('contacts')
    .select(['id', 'channel', 'address'])
    .where('id', '=', ticket.contact_id)
    .executeTakeFirstOrThrow();
  return { contactId: contact.id, channel: contact.channel as ChannelName, address: contact.address };
}

function staffMessage(text: string, staffId: string | null): OutboundMessage {
  // A held message without a staff member is Suar's own (a partner's news told to the person).
  return staffId
    ? { text, options: [], expects: null, fromStaff: staffId }
    : { text, options: [], expects: null };
}

/**
 * Replies to the person through their own chat, via the outbox (the same path as the flow's replies: per-chat
 * order, retries, failures shown on the ticket). Outside the person's safe window the reply is held and goes
 * when the window opens or when they next write — unless staff override with a reason, which is recorded.
 * The first reply (held or not) is the ticket's first response.
 */
export async function replyToPerson(
  trx: Kysely<DB>,
  act: Act,
  ticket: Ticket,
  text: string,
  override: string | null,
): Promise<ReplyOutcome> {
  const body = text.trim();
  if (!body) throw new CaseworkError('invalid', 'the reply is empty');
  if (body.length > MAX_REPLY_LENGTH)
    throw new CaseworkError('invalid', `a reply has at most ${MAX_REPLY_LENGTH} characters`);
  const reason = override?.trim() ?? '';
  if (reason.length > MAX_NOTE_LENGTH)
    throw new CaseworkError('invalid', `a reason has at most ${MAX_NOTE_LENGTH} characters`);
  const delivery = deliveryForTicket(ticket, act.now);
  const firstResponse = ticket.first_response_at === null ? { first_response_at: act.now } : {};
  await trx
    .updateTable('tickets')
    .set({ ...firstResponse, updated_at: act.now })
    .where('id', '=', ticket.id)
    .execute();

  if (delivery.type !== 'now' && !reason) {
    const held = await trx
      .insertInto('held_replies')
      .values({
        ticket_id: ticket.id,
        contact_id: ticket.contact_id,
        staff_id: act.staff.id,
        body,
        release_at: delivery.type === 'at' ? delivery.at : null,
        created_at: act.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const data = {
      held_id: held.id,
      until: delivery.type === 'at' ? delivery.at.toISOString() : 'when_they_write',
    };
    await addTicketEvent(trx, ticket.id, 'reply_held', `staff:${act.staff.id}`, data);
    await recordAudit(trx, {
      staffId: act.staff.id,
      action: 'ticket.reply',
      ticketId: ticket.id,
      detail: { held: true, length: body.length },
      origin: act.origin,
    });
    return { type: 'held', delivery, heldId: held.id };
  }

  const to = await recipientOf(trx, ticket);
  const messageIds = await logAndEnqueueReplies(
    trx,
    to,
    [staffMessage(body, act.staff.id)],
    ticket.id,
    act.now,
  );
  const outsideWindow = delivery.type !== 'now';
  const data = { message_ids: messageIds, ...(outsideWindow ? { override: reason } : {}) };
  await addTicketEvent(trx, ticket.id, 'reply_sent', `staff:${act.staff.id}`, data);
  await recordAudit(trx, {
    staffId: act.staff.id,
    action: outsideWindow ? 'ticket.reply_override' : 'ticket.reply',
    ticketId: ticket.id,
    detail: { length: body.length, ...(outsideWindow ? { override: reason } : {}) },
    origin: act.origin,
  });
  return { type: 'queued', messageIds };
}

/** Releases held replies into the outbox, oldest first; returns how many. Runs in the caller's transaction. */
async function release(
  trx: Kysely<DB>,
  rows: { id: string; ticket_id: string; contact_id: string; staff_id: string | null; body: string }[],
  now: Date,
  why: 'window_opened' | 'person_wrote' | 'sent_now',
  by: Actor = 'system',
): Promise<number> {
  for (const row of rows) {
    const ticket = await trx
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', row.ticket_id)
      .executeTakeFirstOrThrow();
    const to = await recipientOf(trx, ticket);
    const [messageId] = await logAndEnqueueReplies(
      trx,
      to,
      [staffMessage(row.body, row.staff_id)],
      ticket.id,
      now,
    );
    await trx
      .updateTable('held_replies')
      .set({ released_at: now, message_id: messageId ?? null })
      .where('id', '=', row.id)
      .execute();
    await addTicketEvent(trx, ticket.id, 'reply_released', by, {
      held_id: row.id,
      why,
      message_id: messageId,
    });
  }
  return rows.length;
}

const pendingColumns = ['id', 'ticket_id', 'contact_id', 'staff_id', 'body'] as const;

/**
 * The person wrote: every reply held for them goes now, before the bot answers this message (their
 * writing shows they can read now). Call inside the inbound message's transaction, after its contact lock.
 */
export async function releaseHeldRepliesFor(trx: Kysely<DB>, contactId: string, now: Date): Promise<number> {
  const rows = await trx
    .selectFrom('held_replies')
    .select(pendingColumns)
    .where('contact_id', '=', contactId)
    .where('released_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .orderBy('id')
    .forUpdate()
    .execute();
  return release(trx, rows, now, 'person_wrote');
}

/**
 * Releases replies whose safe window has opened; returns how many. Several Suar processes may run this
 * at once: rows another holds are skipped.
 */
export async function releaseDueHeldReplies(db: Kysely<DB>, now: Date, limit = 50): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('held_replies')
      .select(pendingColumns)
      .where('release_at', '<=', now)
      .where('released_at', 'is', null)
      .where('cancelled_at', 'is', null)
      .orderBy('release_at')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    return release(trx, rows, now, 'window_opened');
  });
}

/** Finds a pending held reply of a ticket, locked. */
async function lockPendingHeld(trx: Kysely<DB>, ticket: Ticket, heldId: string) {
  const row = await trx
    .selectFrom('held_replies')
    .select([...pendingColumns, 'released_at', 'cancelled_at'])
    .where('id', '=', heldId)
    .where('ticket_id', '=', ticket.id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new CaseworkError('invalid', 'no such held reply on this ticket');
  if (row.released_at || row.cancelled_at)
    throw new CaseworkError('conflict', 'that reply was already sent or cancelled');
  return row;
}

/** Withdraws a held reply before it goes. */
export async function cancelHeldReply(
  trx: Kysely<DB>,
  act: Act,
  ticket: Ticket,
  heldId: string,
): Promise<void> {
  await lockPendingHeld(trx, ticket, heldId);
  await trx
    .updateTable('held_replies')
    .set({ cancelled_at: act.now, cancelled_by: act.staff.id })
    .where('id', '=', heldId)
    .execute();
  await addTicketEvent(trx, ticket.id, 'reply_cancelled', `staff:${act.staff.id}`, { held_id: heldId });
  await recordAudit(trx, {
    staffId: act.staff.id,
    action: 'ticket.reply_cancel',
    ticketId: ticket.id,
    subject: heldId,
    origin: act.origin,
  });
}

/** Sends a held reply now, outside the safe window, with the reason recorded. */
export async function sendHeldReplyNow(
  trx: Kysely<DB>,
  act: Act,
  ticket: Ticket,
  heldId: string,
  reason: string,
): Promise<void> {
  const why = reason.trim();
  if (!why) throw new CaseworkError('invalid', 'sending outside the safe window needs a reason');
  if (why.length > MAX_NOTE_LENGTH)
    throw new CaseworkError('invalid', `a reason has at most ${MAX_NOTE_LENGTH} characters`);
  const row = await lockPendingHeld(trx, ticket, heldId);
  await release(trx, [row], act.now, 'sent_now', `staff:${act.staff.id}`);
  await addTicketEvent(trx, ticket.id, 'reply_override', `staff:${act.staff.id}`, {
    held_id: heldId,
    reason: why,
  });
  await recordAudit(trx, {
    staffId: act.staff.id,
    action: 'ticket.reply_override',
    ticketId: ticket.id,
    subject: heldId,
    detail: { override: why },
    origin: act.origin,
  });
}
