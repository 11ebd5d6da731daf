import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, startOfJakartaDay } from '../desk-days.ts';

/** Which audit entries an admin asked for; every part optional. */
export interface AuditFilter {
  staffId?: string | undefined;
  /** An action (`staff.disabled`), or a family of them (`staff` matches every `staff.…`). */
  action?: string | undefined;
  /** A ticket's reference (SUAR-XXXX-XXXX). */
  ticketRef?: string | undefined;
  /** First Jakarta day, YYYY-MM-DD. */
  from?: string | undefined;
  /** Last Jakarta day (included), YYYY-MM-DD. */
  to?: string | undefined;
}

/** One audit entry as the admin pages and the CSV show it. */
export interface AuditRow {
  id: string;
  at: Date;
  staff_id: string | null;
  staff_email: string | null;
  staff_name: string | null;
  /** Who acted (`staff:…`, `partner:…`, `contact:<channel>`, `system`); null on entries before migration 0019. */
  actor: string | null;
  /** The partner agency that acted, when one did. */
  partner_name: string | null;
  action: string;
  ticket_ref: string | null;
  subject: string | null;
  /** The staff account the entry is about, when its subject is one. */
  subject_email: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
  user_agent: string | null;
}

/**
 * Audit entries matching a filter, newest first, `limit` of them older than the entry `before` (keyset
 * paging: a page costs the same however deep it is, on the id and staff/ticket indexes of audit_log).
 */
export async function findAuditEntries(
  db: Kysely<DB>,
  filter: AuditFilter,
  page: { before?: string | undefined; limit: number },
): Promise<AuditRow[]> {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('staff as s', 's.id', 'a.staff_id')
    .leftJoin('tickets as t', 't.id', 'a.ticket_id')
    .leftJoin('partners as p', (join) => join.on(sql`'partner:' || p.id::text`, '=', sql.ref('a.actor')))
    // Subjects are text: a staff id among them is matched as text, never cast (other subjects are not uuids).
    .leftJoin('staff as subject_staff', (join) =>
      join.on(sql`subject_staff.id::text`, '=', sql.ref('a.subject')),
    )
    .select([
      'a.id',
      'a.at',
      'a.staff_id',
      's.email as staff_email',
      's.name as staff_name',
      'a.actor',
      'p.name as partner_name',
      'a.action',
      't.ref as ticket_ref',
      'a.subject',
      'subject_staff.email as subject_email',
      'a.detail',
      'a.ip',
      'a.user_agent',
    ]);
  if (filter.staffId) query = query.where('a.staff_id', '=', filter.staffId);
  if (filter.action) {
    // LIKE's own wildcard characters in the name are taken literally.
    const family = `${filter.action.replace(/[\\%_]/g, '\\$&')}.%`;
    query = query.where((eb) => eb.or([eb('a.action', '=', filter.action!), eb('a.action', 'like', family)]));
  }
  if (filter.ticketRef) {
    query = query.where('a.ticket_id', '=', (eb) =>
      eb.selectFrom('tickets').select('id').where('ref', '=', filter.ticketRef!),
    );
  }
  if (filter.from) query = query.where('a.at', '>=', startOfJakartaDay(filter.from));
  if (filter.to) query = query.where('a.at', '<', startOfJakartaDay(addDays(filter.to, 1)));
  if (page.before) query = query.where('a.id', '<', page.before);
  return query.orderBy('a.id', 'desc').limit(page.limit).execute();
}
