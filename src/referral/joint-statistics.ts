import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { csvCell } from './case-document-csv.ts';

// Counts of reports for the ministries' joint reports, without people in them: no field about a person
// leaves, only counts, and a count below k (11, as the CTDC publishes) is suppressed — together with a
// second cell wherever one suppressed cell could be worked out from a total (complementary suppression).

/** The smallest count published. */
export const K_ANONYMITY = 11;

/** What counts can be broken down by. */
export const DIMENSIONS = [
  'month',
  'country',
  'category',
  'indicator',
  'sex',
  'age_band',
  'reporter',
  'outcome',
] as const;

/** One breakdown. */
export type Dimension = (typeof DIMENSIONS)[number];

/** One cell: the value of each dimension asked for, and its count (null when suppressed). */
export interface StatisticsCell {
  values: Partial<Record<Dimension, string>>;
  count: number | null;
}

/** The export: counts by the dimensions asked for, with small cells suppressed. */
export interface JointStatistics {
  k: number;
  dimensions: Dimension[];
  period: { from: string | null; to: string | null };
  /** Reports in the period (null when below k). */
  total: number | null;
  cells: StatisticsCell[];
}

const AGE_BAND = sql<string>`case
  when t.subject_age is null then 'unknown'
  when t.subject_age < 12 then '0-11' when t.subject_age < 18 then '12-17'
  when t.subject_age < 25 then '18-24' when t.subject_age < 35 then '25-34'
  when t.subject_age < 45 then '35-44' when t.subject_age < 60 then '45-59' else '60+' end`;

// The furthest a case got with any partner (a revoked referral does not count).
const OUTCOME = sql<string>`coalesce((
  select r.status from referrals r
  where r.ticket_id = t.id and r.status <> 'revoked'
  order by case r.status
    when 'repatriated' then 8 when 'service_provided' then 7 when 'investigation_opened' then 6
    when 'done' then 5 when 'in_progress' then 4 when 'accepted' then 3 when 'pending' then 2 else 1 end desc
  limit 1), 'not_referred')`;

const EXPRESSIONS: Record<Dimension, RawBuilder<string>> = {
  month: sql<string>`to_char(coalesce(t.submitted_at, t.created_at) at time zone 'UTC', 'YYYY-MM')`,
  country: sql<string>`coalesce(t.country, 'unknown')`,
  category: sql<string>`coalesce(t.category, 'unknown')`,
  indicator: sql<string>`coalesce(i.indicator, 'none')`,
  sex: sql<string>`case when t.subject_gender in ('female', 'male', 'other') then t.subject_gender else 'unknown' end`,
  age_band: sql<string>`coalesce(t.age_band, ${AGE_BAND})`,
  reporter: sql<string>`case when t.reporter in ('self', 'relative', 'friend') then t.reporter else 'unknown' end`,
  outcome: OUTCOME,
};

/** Reads the dimensions asked for ("month,category"): known ones only, each once, one to three. */
export function parseDimensions(value: string | undefined): Dimension[] | string {
  const asked = (value ?? 'month')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const unknown = asked.filter((d) => !DIMENSIONS.includes(d as Dimension));
  if (unknown.length > 0) return `unknown dimension ${unknown.join(', ')}; use ${DIMENSIONS.join(', ')}`;
  const unique = [...new Set(asked)] as Dimension[];
  if (unique.length === 0 || unique.length > 3) return 'ask for one to three dimensions';
  return unique;
}

/** Reads `by`, `from` and `to` of a statistics request; a string says what is wrong. */
export function parseStatisticsQuery(query: {
  by?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): { dimensions: Dimension[]; period: { from: string | null; to: string | null } } | string {
  const dimensions = parseDimensions(query.by);
  if (typeof dimensions === 'string') return dimensions;
  const from = query.from || null;
  const to = query.to || null;
  const month = /^\d{4}-\d{2}$/;
  if ((from && !month.test(from)) || (to && !month.test(to))) return 'from and to are months like 2025-01';
  return { dimensions, period: { from, to } };
}

/**
 * Primary suppression (count < k) then complementary suppression: wherever a group of cells that differ in
 * one dimension has exactly one suppressed cell, its smallest published neighbour is suppressed too, so the
 * hidden count cannot be worked out from the group's total. Pure.
 */
export function suppressSmallCells(
  cells: { values: Partial<Record<Dimension, string>>; count: number }[],
  dimensions: Dimension[],
  k: number,
): StatisticsCell[] {
  const out = cells.map((c) => ({ values: c.values, count: c.count, hidden: c.count < k }));
  let changed = true;
  while (changed) {
    changed = false;
    for (const free of dimensions) {
      const groups = new Map<string, typeof out>();
      for (const cell of out) {
        const key = dimensions
          .filter((d) => d !== free)
          .map((d) => cell.values[d])
          .join('\u0000');
        groups.set(key, [...(groups.get(key) ?? []), cell]);
      }
      for (const group of groups.values()) {
        const hidden = group.filter((c) => c.hidden);
        const shown = group.filter((c) => !c.hidden).sort((a, b) => a.count - b.count);
        if (hidden.length === 1 && shown.length > 0) {
          shown[0]!.hidden = true;
          changed = true;
        }
      }
    }
  }
  return out.map((c) => ({ values: c.values, count: c.hidden ? null : c.count }));
}

/** Counts reports (merged duplicates not counted twice) by the dimensions, in a period of months. */
export async function jointStatistics(
  db: Kysely<DB>,
  dimensions: Dimension[],
  period: { from: string | null; to: string | null } = { from: null, to: null },
  k = K_ANONYMITY,
): Promise<JointStatistics> {
  const month = EXPRESSIONS.month;
  const inPeriod = sql`t.merged_into is null
    ${period.from ? sql`and ${month} >= ${period.from}` : sql``}
    ${period.to ? sql`and ${month} <= ${period.to}` : sql``}`;
  const selected = dimensions.map((d) => sql`${EXPRESSIONS[d]} as ${sql.ref(d)}`);
  const indicators = dimensions.includes('indicator')
    ? sql`left join lateral jsonb_array_elements_text(t.indicators) as i(indicator) on true`
    : sql``;
  const { rows } = await sql<Record<string, string>>`
    select ${sql.join(selected)}, count(distinct t.id)::int as n
    from tickets t ${indicators}
    where ${inPeriod}
    group by ${sql.join(dimensions.map((_, i) => sql.raw(String(i + 1))))}
    order by ${sql.join(dimensions.map((_, i) => sql.raw(String(i + 1))))}
  `.execute(db);
  const total = await sql<{ n: number }>`select count(*)::int as n from tickets t where ${inPeriod}`.execute(
    db,
  );
  const n = Number(total.rows[0]?.n ?? 0);
  const cells = rows.map((r) => ({
    values: Object.fromEntries(dimensions.map((d) => [d, String(r[d])])) as Partial<
      Record<Dimension, string>
    >,
    count: Number(r.n),
  }));
  return {
    k,
    dimensions,
    period,
    total: n >= k ? n : null,
    cells: suppressSmallCells(cells, dimensions, k),
  };
}

/** The export as CSV: one row per cell, `<11` where a count is suppressed, and the total last. */
export function jointStatisticsCsv(stats: JointStatistics): string {
  const hidden = `<${stats.k}`;
  const lines = [
    [...stats.dimensions, 'count'].join(','),
    ...stats.cells.map((c) =>
      [
        ...stats.dimensions.map((d) => csvCell(c.values[d] ?? '')),
        c.count === null ? hidden : String(c.count),
      ].join(','),
    ),
    [
      ...stats.dimensions.map((_, i) => (i === 0 ? 'total' : '')),
      stats.total === null ? hidden : String(stats.total),
    ].join(','),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
