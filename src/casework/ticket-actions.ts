import { type Kysely, sql } from 'kysely';
import { type RequestOrigin, recordAudit } from '../audit/audit-log.ts';
import type { DB, Ticket } from '../db/schema.ts';
import { addTicketEvent } from '../intake/tickets.ts';
import type { StaffMember } from '../staff/staff-roles.ts';
import { type Priority, slaDueAt } from '../triage/index.ts';

// What staff do to a ticket. Each action changes the ticket, writes its timeline event and its audit entry
// in the caller's transaction, so the three are committed together or not at all (DESIGN: desk actions are
// events). Who may do it is the desk's permissions table; whether it makes sense is checked here.

/** Who acts, from where, and when. */
export interface Act {
  staff: StaffMember;
  origin: RequestOrigin;
  now: Date;
}

/** A desk action that does not make sense for this ticket now; the message says why. */
export class CaseworkError extends Error {
  constructor(
    readonly code: 'invalid' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'CaseworkError';
  }
}

/** A ticket's status. */
export type TicketStatus = Ticket['status'];

/** Where each status may go next (closed only back to open: a reopen). */
export const STATUS_TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'waiting', 'referred', 'closed'],
  open: ['waiting', 'referred', 'closed'],
  waiting: ['open', 'referred', 'closed'],
  referred: ['open', 'waiting', 'closed'],
  closed: ['open'],
};

/** Longest reason or note staff can write. */
export const MAX_NOTE_LENGTH = 4000;

const actor = (act: Act) => `staff:${act.staff.id}` as const;

/** Finds a ticket by reference and locks it until the transaction ends (two staff acting at once take turns). */
export async function lockTicketByRef(trx: Kysely<DB>, ref: string): Promise<Ticket | undefined> {
  return trx.selectFrom('tickets').selectAll().where('ref', '=', ref).forUpdate().executeTakeFirst();
}

/** Moves a ticket to another status, with an optional reason; reopening is closed → open. */
export async function changeStatus(
  trx: Kysely<DB>,
  act: Act,
  ticket: Ticket,
  to: TicketStatus,
  reason: string | null,
): Promise<void> {
  if (ticket.status === to) throw new CaseworkError('conflict', `the ticket is already ${to}`);
  if (!STATUS_TRANSITIONS[ticket.status].includes(to)) {
    throw new CaseworkError('invalid', `a ${ticket.status} ticket cannot become ${to}`);
  }
  await trx
    .updateTable('tickets')
    .set({ status: to, status_changed_at: act.now, updated_at: act.now })
    .where('id', '=', ticket.id)
    .execute();
  const data = { from: ticket.status, to, ...(reason ? { reason } : {}) };
  await addTicketEvent(
    trx,
    ticket.id,
    ticket.status === 'closed' ? 'reopened' : 'status_changed',
    actor(act),
    data,
  );
  await recordAudit(trx, {
    staffId: act.staff.id,
    action: 'ticket.status',
    ticketId: ticket.id,
    detail: data,
    origin: act.origin,
  });
}

/**
 * Changes the priority, up or down, with a required reason. The first-response target follows: raising it
 * brings the due time closer (never later), lowering it gives the time the new priority allows from arrival.
 */
export async function changePriority(
  trx: Kysely<DB>,
  act: Act,
  ticket: Ticket,
  to: Priority,
  reason: string,
  slaMinutes: Record<Priority, number>,
): Promise<void> {
  if (!reason.trim()) throw new CaseworkError('invalid', 'a priority change needs a reason');
  if (ticket.priority === to) throw new CaseworkError('conflict', `the ticket is already ${to}`);
  const raising = to < ticket.priority;
  const due = raising
    ? new Date(Math.min(ticket.sla_due_at.getTime(), slaDueAt(to, act.now, slaMinutes).getTime()))
    : new Date(Math.max(ticket.sla_due_at.getTime(), slaDueAt(to, ticket.created_at, slaMinutes).getTime()));
  await trx
    .updateTable('tickets')
    .set({
      priority: to,
      priority_reason: `${act.staff.name}: ${reason}`,
      sla_due_at: due,
      updated_at: act.now,
    })
    .where('id', '=', ticket.id)
    .execute();
  const data = { from: ticket.priority, to, reason };
  await addTicketEvent(trx, ticket.id, 'priority_changed', actor(act), data);
  await recordAudit(trx, {
    staffId: act.staff.id,
    action: 'ticket.priority',
    ticketId: ticket.id,
    detail: data,
    origin: act.origin,
  });
}

/**
 * Assigns a ticket to a staff member (or nobody). The assignee must be active and able to see the ticket.
 * A new ticket becomes open when someone takes it.
 */
export async function assignTicket(
  trx: Kysely<DB>,
  act: Act,
  ticket: Ticket,
  assigneeId: string | null,
  reason: string | null,
  how: 'assigned' | 'took' = 'assigned',
): Promise<void> {
  if (ticket.assignee_id === assigneeId)
    throw new CaseworkError('conflict', 'the ticket already has that assignee');
  if (assigneeId) {
    const assignee = await trx
      .selectFrom('staff')
      .select(['id', 'mission_id', 'disabled_at'])
      .where('id', '=', assigneeId)
      .executeTakeFirst();
    if (!assignee || assignee.disabled_at)
      throw new CaseworkError('invalid', 'no active staff member with that id');
    if (assignee.mission_id !== null && assignee.mission_id !== ticket.mission_id) {
      throw new CaseworkError('invalid', "that staff member's mission cannot see this ticket");
    }
  }
  const opens = assigneeId !== null && ticket.status === 'new';
  await trx
    .updateTable('tickets')
    .set({
      assignee_id: assigneeId,
      updated_at: act.now,
      ...(opens ? { status: 'open' as const, status_changed_at: act.now } : {}),
    })
    .where('id', '=', ticket.id)
    .execute();
  const data = {
    from: ticket.assignee_id,
    to: assigneeId,
    ...(reason ? { reason } : {}),
    ...(how === 'took' ? { took: true } : {}),
  };
  await addTicketEvent(trx, ticket.id, assigneeId ? 'assigned' : 'unassigned', actor(act), data);
  if (opens) await addTicketEvent(trx, ticket.id, 'status_changed', actor(act), { from: 'new', to: 'open' });
  await recordAudit(trx, {
    staffId: act.staff.id,
    action: how === 'took' ? 'ticket.take' : 'ticket.assign',
    ticketId: ticket.id,
    detail: data,
    origin: act.origin,
  });
}

/**
 * "Take next": assigns the most urgent unassigned open ticket the staff member may see to them. Two staff
 * pressing it at once never get the same ticket: the row is claimed with FOR UPDATE SKIP LOCKED.
 */
export async function takeNextTicket(trx: Kysely<DB>, act: Act): Promise<Ticket | undefined> {
  let query = trx
    .selectFrom('tickets')
    .selectAll()
    .where('status', 'in', ['new', 'open', 'waiting'])
    .where('assignee_id', 'is', null)
    .where('merged_into', 'is', null);
  if (act.staff.missionId !== null) query = query.where('mission_id', '=', act.staff.missionId);
  const ticket = await query
    .orderBy('priority')
    .orderBy('sla_due_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  if (!ticket) return undefined;
  await assignTicket(trx, act, ticket, act.staff.id, null, 'took');
  return ticket;
}

/** Adds an internal note: on the timeline for staff, never sent to the person. */
export async function addNote(trx: Kysely<DB>, act: Act, ticket: Ticket, text: string): Promise<void> {
  const note = text.trim();
  if (!note) throw new CaseworkError('invalid', 'the note is empty');
  if (note.length > MAX_NOTE_LENGTH)
    throw new CaseworkError('invalid', `a note has at most ${MAX_NOTE_LENGTH} characters`);
  await addTicketEvent(trx, ticket.id, 'note_added', actor(act), { text: note });
  await trx.updateTable('tickets').set({ updated_at: act.now }).where('id', '=', ticket.id).execute();
  // The audit says a note was written, not what it says: the timeline keeps the text.
  await recordAudit(trx, {
    staffId: act.staff.id,
    action: 'ticket.note',
    ticketId: ticket.id,
    detail: { length: note.length },
    origin: act.origin,
  });
}

/** Records that two tickets are duplicates or related (both timelines show it). */
export async function linkTickets(
  trx: Kysely<DB>,
  act: Act,
  ticket: Ticket,
  other: Ticket,
  kind: 'duplicate' | 'related',
): Promise<void> {
  if (ticket.id === other.id) throw new CaseworkError('invalid', 'a ticket cannot be linked to itself');
  const existing = await trx
    .selectFrom('ticket_links')
    .select('kind')
    .where((eb) =>
      eb.or([
        eb.and([eb('ticket_id', '=', ticket.id), eb('linked_id', '=', other.id)]),
        eb.and([eb('ticket_id', '=', other.id), eb('linked_id', '=', ticket.id)]),
      ]),
    )
    .executeTakeFirst();
  if (existing) throw new CaseworkError('conflict', 'the tickets are already linked');
  await trx
    .insertInto('ticket_links')
    .values({ ticket_id: ticket.id, linked_id: other.id, kind, created_by: act.staff.id })
    .execute();
  await addTicketEvent(trx, ticket.id, 'linked', actor(act), { ref: other.ref, kind });
  await addTicketEvent(trx, other.id, 'linked', actor(act), { ref: ticket.ref, kind });
  await recordAudit(trx, {
    staffId: act.staff.id,
    action: 'ticket.link',
    ticketId: ticket.id,
    subject: other.id,
    detail: { kind },
    origin: act.origin,
  });
}

/**
 * Merges a duplicate into the ticket that carries the case on: the duplicate is closed and points at it;
 * both timelines say so. Its transcript and answers stay where they are, readable from either ticket.
 */
export async function mergeTicket(trx: Kysely<DB>, act: Act, duplicate: Ticket, into: Ticket): Promise<void> {
  if (duplicate.id === into.id) throw new CaseworkError('invalid', 'a ticket cannot be merged into itself');
  if (into.merged_into)
    throw new CaseworkError(
      'invalid',
      `${into.ref} was itself merged; merge into the ticket it was merged into`,
    );
  if (duplicate.merged_into) throw new CaseworkError('conflict', `${duplicate.ref} is already merged`);
  await trx
    .updateTable('tickets')
    .set({ merged_into: into.id, status: 'closed', status_changed_at: act.now, updated_at: act.now })
    .where('id', '=', duplicate.id)
    .execute();
  // Tickets merged into the duplicate earlier follow it, so nothing points at a closed duplicate.
  await trx
    .updateTable('tickets')
    .set({ merged_into: into.id })
    .where('merged_into', '=', duplicate.id)
    .execute();
  await trx
    .insertInto('ticket_links')
    .values({ ticket_id: duplicate.id, linked_id: into.id, kind: 'duplicate', created_by: act.staff.id })
    .onConflict((oc) => oc.columns(['ticket_id', 'linked_id']).doUpdateSet({ kind: 'duplicate' }))
    .execute();
  await addTicketEvent(trx, duplicate.id, 'merged_into', actor(act), {
    ref: into.ref,
    from_status: duplicate.status,
  });
  await addTicketEvent(trx, into.id, 'merged_from', actor(act), { ref: duplicate.ref });
  // The merged ticket's priority carries over when it was the more urgent.
  if (duplicate.priority < into.priority) {
    await trx
      .updateTable('tickets')
      .set({
        priority: duplicate.priority,
        priority_reason: `${duplicate.ref}: ${duplicate.priority_reason}`,
        sla_due_at: new Date(Math.min(duplicate.sla_due_at.getTime(), into.sla_due_at.getTime())),
        emergency: sql<boolean>`emergency or ${duplicate.emergency}`,
      })
      .where('id', '=', into.id)
      .execute();
    await addTicketEvent(trx, into.id, 'priority_changed', actor(act), {
      from: into.priority,
      to: duplicate.priority,
      reason: `merged ${duplicate.ref}`,
    });
  }
  await recordAudit(trx, {
    staffId: act.staff.id,
    action: 'ticket.merge',
    ticketId: duplicate.id,
    subject: into.id,
    origin: act.origin,
  });
}
