import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { StaffMember } from '../../staff/staff-roles.ts';
import type { Priority } from '../../triage/index.ts';
import type { TicketStatus } from '../case-vocabulary.ts';

/** What the queue can be narrowed to. */
export interface QueueFilters {
  /** 'active' (every status but closed, the default) or one status. */
  status: 'active' | TicketStatus;
  priority: Priority | null;
  category: string | null;
  /** ISO2. */
  country: string | null;
  /** A mission id, or 'central' for tickets routed to no mission. */
  mission: string | null;
  assigned: 'me' | 'unassigned' | null;
  emergency: boolean;
  /** A reference, a name or a phone number. */
  q: string | null;
  page: number;
}

/** The unfiltered queue. */
export const NO_FILTERS: QueueFilters = {
  status: 'active',
  priority: null,
  category: null,
  country: null,
  mission: null,
  assigned: null,
  emergency: false,
  q: null,
  page: 1,
};

/** Rows per page. */
export const QUEUE_PAGE_SIZE = 50;

/** Unread counts stop at this (a badge of "99+" tells enough, and counting further costs time). */
export const UNREAD_CAP = 99;

/** One row of the queue. */
export interface QueueRow {
  id: string;
  ref: string;
  priority: Priority;
  priorityReason: string;
  category: string | null;
  country: string | null;
  missionId: string | null;
  missionName: string | null;
  reporter: string;
  language: string;
  writtenLanguage: string | null;
  status: TicketStatus;
  emergency: boolean;
  createdAt: Date;
  slaDueAt: Date;
  firstResponseAt: Date | null;
  assigneeId: string | null;
  assigneeName: string | null;
  /**
   * Messages from the person since the report was filed (the intake's answers are the report itself) that
   * this staff member has not seen on the ticket page, up to UNREAD_CAP.
   */
  unread: number;
}

/** How the search box reads what staff typed. */
export type SearchKind =
  | { type: 'ref'; value: string }
  | { type: 'phone'; digits: string }
  | { type: 'name'; value: string };

/** Reads a search: a report reference (whole or a part), a phone number (local or international), or a name. */
export function searchKindOf(q: string): SearchKind {
  const text = q.trim();
  const upper = text.toUpperCase();
  // Half a reference without a digit looks like a name ("DEWA"): such a half is searched with "SUAR-".
  if (
    /^SUAR-[2-9A-HJ-NP-Z]{1,4}(-[2-9A-HJ-NP-Z]{0,4})?$/.test(upper) ||
    (/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4})?$/.test(upper) && /\d/.test(upper))
  ) {
    return { type: 'ref', value: upper.replace(/^SUAR-/, '') };
  }
  const digits = text.replace(/[\s\-().]/g, '');
  if (/^\+?\d{6,15}$/.test(digits)) {
    // A local number ("0812…") is matched on what follows its trunk zero: stored numbers are E.164.
    return { type: 'phone', digits: digits.replace(/^\+/, '').replace(/^0+/, '') };
  }
  return { type: 'name', value: text };
}

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One page of the queue a staff member may see: open tickets by priority, then due time. Mission staff see
 * their mission's tickets only. Fetches one row more than a page to tell whether a next page exists.
 */
export async function listQueue(
  db: Kysely<DB>,
  staff: StaffMember,
  filters: QueueFilters,
): Promise<{ rows: QueueRow[]; hasMore: boolean }> {
  let query = db
    .selectFrom('tickets as t')
    .leftJoin('staff as a', 'a.id', 't.assignee_id')
    .select([
      't.id',
      't.ref',
      't.priority',
      't.priority_reason',
      't.category',
      't.country',
      't.mission_id',
      't.mission',
      't.reporter',
      't.language',
      't.written_language',
      't.status',
      't.emergency',
      't.created_at',
      't.sla_due_at',
      't.first_response_at',
      't.assignee_id',
      'a.name as assignee_name',
      sql<number>`(
        select count(*) from (
          select 1 from messages m
          where m.ticket_id = t.id and m.direction = 'in'
            and m.created_at > coalesce(t.submitted_at, t.created_at)
            and m.id > coalesce(
              (select r.last_message_id from ticket_reads r where r.staff_id = ${staff.id} and r.ticket_id = t.id), 0)
          limit ${UNREAD_CAP}
        ) unread
      )`.as('unread'),
    ]);
  if (staff.missionId !== null) query = query.where('t.mission_id', '=', staff.missionId);
  query =
    filters.status === 'active'
      ? query.where('t.status', '<>', 'closed')
      : query.where('t.status', '=', filters.status);
  if (filters.priority) query = query.where('t.priority', '=', filters.priority);
  if (filters.category) query = query.where('t.category', '=', filters.category);
  if (filters.country) query = query.where('t.country', '=', filters.country);
  if (filters.mission === 'central') query = query.where('t.mission_id', 'is', null);
  else if (filters.mission) query = query.where('t.mission_id', '=', filters.mission);
  if (filters.assigned === 'me') query = query.where('t.assignee_id', '=', staff.id);
  if (filters.assigned === 'unassigned') query = query.where('t.assignee_id', 'is', null);
  if (filters.emergency) query = query.where('t.emergency', '=', true);
  if (filters.q) {
    const search = searchKindOf(filters.q);
    if (search.type === 'ref') {
      query =
        search.value.length === 9
          ? query.where('t.ref', '=', `SUAR-${search.value}`)
          : query.where('t.ref', 'like', `%${likeEscaped(search.value)}%`);
    } else if (search.type === 'phone') {
      // The number's last digits, read through the index on the reversed number (migration 0009).
      const reversed = [...search.digits].reverse().join('');
      query = query.where(sql<string>`reverse(t.contact_phone)`, 'like', `${likeEscaped(reversed)}%`);
    } else {
      // Every word as the beginning of a word of the subject's or the reporter's name ("siti ami" finds
      // "Siti Aminah"), through the full-text index of migration 0009.
      const words = search.value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length === 0) query = query.where(sql<boolean>`false`);
      else {
        const tsquery = words.map((w) => `${w}:*`).join(' & ');
        query = query.where(
          sql<boolean>`to_tsvector('simple', coalesce(t.subject_name, '') || ' ' || coalesce(t.reporter_name, '')) @@ to_tsquery('simple', ${tsquery})`,
        );
      }
    }
  }
  const rows = await query
    .orderBy('t.priority')
    .orderBy('t.sla_due_at')
    .orderBy('t.id')
    .limit(QUEUE_PAGE_SIZE + 1)
    .offset((filters.page - 1) * QUEUE_PAGE_SIZE)
    .execute();
  return {
    hasMore: rows.length > QUEUE_PAGE_SIZE,
    rows: rows.slice(0, QUEUE_PAGE_SIZE).map((r) => ({
      id: r.id,
      ref: r.ref,
      priority: r.priority,
      priorityReason: r.priority_reason,
      category: r.category,
      country: r.country,
      missionId: r.mission_id,
      missionName: r.mission,
      reporter: r.reporter,
      language: r.language,
      writtenLanguage: r.written_language,
      status: r.status,
      emergency: r.emergency,
      createdAt: r.created_at,
      slaDueAt: r.sla_due_at,
      firstResponseAt: r.first_response_at,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
      unread: Number(r.unread),
    })),
  };
}
