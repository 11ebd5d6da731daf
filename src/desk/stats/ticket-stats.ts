import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { PRIORITIES, type Priority } from '../../triage/index.ts';
import { DESK_TIME_ZONE } from '../desk-days.ts';

// The statistics page's figures, each from one query over the period's tickets (the created_at index, or the
// mission_id + created_at index for a mission) or over the open tickets (their partial indexes).

/** Which tickets the figures count. */
export interface StatsQuery {
  /** Tickets created from this instant… */
  start: Date;
  /** …up to (not including) this one. */
  end: Date;
  /** Only this mission's tickets; null: every ticket. */
  missionId: string | null;
  /** The present: a ticket unanswered past its due time before now is a breach already. */
  now: Date;
}

/** A count per key. */
export interface Count<K> {
  key: K;
  count: number;
}

/** First response and SLA figures of one priority. */
export interface ResponseFigures {
  priority: Priority;
  /** Tickets of the period (merged ones excluded: their answer is on the ticket they joined). */
  tickets: number;
  /** Of which staff have answered. */
  responded: number;
  /** Median seconds from the ticket's creation to the first staff response; null when none responded. */
  medianSeconds: number | null;
  /** Answered after the due time. */
  late: number;
  /** Not answered, and the due time passed (before now, or before the ticket was closed). */
  unansweredOverdue: number;
}

/** Everything the statistics page shows. */
export interface TicketStats {
  /** Tickets created in the period. */
  total: number;
  /** Tickets per Jakarta day (YYYY-MM-DD) and priority; days without tickets are absent. */
  perDay: Map<string, Record<Priority, number>>;
  /** Tickets per category (null: not triaged yet), most first. */
  byCategory: Count<string | null>[];
  /** Tickets per country (ISO2; null: unknown), most first. */
  byCountry: Count<string | null>[];
  /** Per priority, most urgent first. */
  response: ResponseFigures[];
  /** Open tickets now (not closed, not merged) per mission (null: the central desk only), most first. */
  openByMission: Count<string | null>[];
  /** Open tickets now per assignee (null: unassigned), most first, with the assignee's name. */
  openByAssignee: (Count<string | null> & { name: string | null })[];
}

function zeroes(): Record<Priority, number> {
  return { P1: 0, P2: 0, P3: 0, P4: 0 };
}

function byCountThenKey<K>(a: Count<K>, b: Count<K>): number {
  return b.count - a.count || String(a.key ?? '~').localeCompare(String(b.key ?? '~'));
}

/** Reads the statistics for a period (and a mission). */
export async function readTicketStats(db: Kysely<DB>, query: StatsQuery): Promise<TicketStats> {
  const inPeriod = sql`created_at >= ${query.start} and created_at < ${query.end}${
    query.missionId === null ? sql`` : sql` and mission_id = ${query.missionId}`
  }`;
  const ofMission = query.missionId === null ? sql`` : sql` and mission_id = ${query.missionId}`;

  // One pass over the period for the three counts: grouping sets give (day, priority), (category) and
  // (country) rows; grouping() tells a null key from a row of another set.
  const counts = sql<{
    grp: number;
    day: string | null;
    priority: Priority | null;
    category: string | null;
    country: string | null;
    n: number;
  }>`
    select grouping(day, priority, category, country) as grp, day::text as day, priority, category, country,
      count(*)::int as n
    from (
      select (created_at at time zone ${DESK_TIME_ZONE})::date as day, priority, category, country
      from tickets where ${inPeriod}
    ) t
    group by grouping sets ((day, priority), (category), (country))
  `.execute(db);

  const response = sql<{
    priority: Priority;
    tickets: number;
    responded: number;
    median_seconds: number | null;
    late: number;
    unanswered_overdue: number;
  }>`
    select priority,
      count(*)::int as tickets,
      count(first_response_at)::int as responded,
      percentile_cont(0.5) within group (order by extract(epoch from first_response_at - created_at))
        as median_seconds,
      count(*) filter (where first_response_at > sla_due_at)::int as late,
      count(*) filter (
        where first_response_at is null
          -- A ticket closed unanswered breached only if it was still open at its due time.
          and sla_due_at < case when status = 'closed' then least(coalesce(status_changed_at, ${query.now}), ${query.now})
                                else ${query.now} end
      )::int as unanswered_overdue
    from tickets
    where ${inPeriod} and merged_into is null
    group by priority
  `.execute(db);

  const open = sql<{ grp: number; mission_id: string | null; assignee_id: string | null; n: number }>`
    select grouping(mission_id, assignee_id) as grp, mission_id, assignee_id, count(*)::int as n
    from tickets
    where status <> 'closed' and merged_into is null${ofMission}
    group by grouping sets ((mission_id), (assignee_id))
  `.execute(db);

  // Asked together: PostgreSQL answers them on separate connections (PGlite queues them on its one).
  const [{ rows: countRows }, { rows: responseRows }, { rows: openRows }] = await Promise.all([
    counts,
    response,
    open,
  ]);

  const perDay = new Map<string, Record<Priority, number>>();
  const byCategory: Count<string | null>[] = [];
  const byCountry: Count<string | null>[] = [];
  let total = 0;
  for (const row of countRows) {
    // grouping() sets a bit per column left out, first column highest: 0b0011 = (day, priority).
    if (row.grp === 0b0011 && row.day && row.priority) {
      const day = perDay.get(row.day) ?? zeroes();
      day[row.priority] += row.n;
      perDay.set(row.day, day);
      total += row.n;
    } else if (row.grp === 0b1101) byCategory.push({ key: row.category, count: row.n });
    else if (row.grp === 0b1110) byCountry.push({ key: row.country, count: row.n });
  }
  byCategory.sort(byCountThenKey);
  byCountry.sort(byCountThenKey);

  const responseOf = new Map(responseRows.map((r) => [r.priority, r]));
  const figures = PRIORITIES.map((priority): ResponseFigures => {
    const r = responseOf.get(priority);
    return {
      priority,
      tickets: r?.tickets ?? 0,
      responded: r?.responded ?? 0,
      medianSeconds: r?.median_seconds == null ? null : Number(r.median_seconds),
      late: r?.late ?? 0,
      unansweredOverdue: r?.unanswered_overdue ?? 0,
    };
  });

  const openByMission: Count<string | null>[] = [];
  const openByAssignee: Count<string | null>[] = [];
  for (const row of openRows) {
    if (row.grp === 0b01) openByMission.push({ key: row.mission_id, count: row.n });
    else if (row.grp === 0b10) openByAssignee.push({ key: row.assignee_id, count: row.n });
  }
  openByMission.sort(byCountThenKey);
  openByAssignee.sort(byCountThenKey);
  const ids = openByAssignee.flatMap((a) => (a.key ? [a.key] : []));
  const names = new Map(
    ids.length === 0
      ? []
      : (await db.selectFrom('staff').select(['id', 'name']).where('id', 'in', ids).execute()).map((s) => [
          s.id,
          s.name,
        ]),
  );

  return {
    total,
    perDay,
    byCategory,
    byCountry,
    response: figures,
    openByMission,
    openByAssignee: openByAssignee.map((a) => ({ ...a, name: a.key ? (names.get(a.key) ?? null) : null })),
  };
}
