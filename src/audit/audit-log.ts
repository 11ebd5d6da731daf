import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ProcessingActor } from './processing-log.ts';

/** Where a request came from, as the audit log records it. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Who an audit entry names when no staff member acted: a partner agency through the partner API (its id),
 * the person through their chat (the channel's name: never their address or number), or Suar itself.
 */
export type OtherAuditActor = `partner:${string}` | `contact:${string}` | 'system';

/**
 * Who made a change to a ticket, for each of its records: the timeline and the processing log name `actor`;
 * the audit log names the staff member, or — when none acted — `auditActor`. `origin` is where the request
 * came from (null when there was none, as for a chat message).
 */
export interface ChangeMadeBy {
  actor: ProcessingActor;
  staffId: string | null;
  auditActor?: OtherAuditActor | undefined;
  origin: RequestOrigin | null;
}

/** One audit entry: who (a staff id, or another actor, or neither for an unknown person), did what, to what. */
export interface AuditEntry {
  staffId: string | null;
  /** Who acted when no staff member did (only with a null staffId: a staff member's entry names them). */
  actor?: OtherAuditActor | undefined;
  /** A dotted name: `ticket.view`, `ticket.status`, `staff.sign_in_failed`, `audit.export`… */
  action: string;
  ticketId?: string | null;
  /** What else it was about: a staff account, a canned reply, a mission. */
  subject?: string | null;
  detail?: Record<string, unknown>;
  origin: RequestOrigin;
  /** When it happened, from the caller's clock; the database's time when absent. */
  at?: Date;
}

/**
 * Appends to the audit log. Call it inside the transaction of the change it records, so a change and its
 * entry are committed together or not at all. The table refuses UPDATE and DELETE (migration 0007).
 */
export async function recordAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  if (entry.staffId && entry.actor)
    throw new Error('an audit entry names one actor: a staff member or another');
  await db
    .insertInto('audit_log')
    .values({
      ...(entry.at ? { at: entry.at } : {}),
      staff_id: entry.staffId,
      actor: entry.staffId ? `staff:${entry.staffId}` : (entry.actor ?? null),
      action: entry.action,
      ticket_id: entry.ticketId ?? null,
      subject: entry.subject ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      ip: entry.origin.ip?.slice(0, 100) ?? null,
      user_agent: entry.origin.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}
