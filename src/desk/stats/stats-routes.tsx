import { Hono } from 'hono';
import { z } from 'zod';
import { HttpProblem } from '../../http/http-problem.ts';
import { countryName } from '../../places/index.ts';
import { type Category, PRIORITIES, type Priority } from '../../triage/index.ts';
import { CATEGORY_WORDS, PRIORITY_WORDS } from '../case-vocabulary.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { type DeskLanguage, defineTexts } from '../desk-texts.ts';
import { formatSpan } from '../format-time.ts';
import { Page } from '../layout.tsx';
import { can } from '../permissions.ts';
import { daysOf, type StatsPeriod, statsPeriod } from './stats-period.ts';
import { BarChart, type ChartBar, ColumnChart } from './svg-charts.tsx';
import { readTicketStats, type TicketStats } from './ticket-stats.ts';

/** Texts of the statistics page. */
export const statsTexts = defineTexts({
  id: {
    title: 'Statistik',
    from: 'Dari tanggal',
    to: 'Sampai tanggal',
    mission: 'Perwakilan',
    allMissions: 'Semua',
    show: 'Tampilkan',
    period: (from: string, to: string, total: string) => `${total} laporan masuk, ${from} – ${to} (WIB).`,
    yourMission: (name: string) => `Hanya laporan untuk ${name}.`,
    asTable: 'Lihat sebagai tabel',
    noTickets: 'Tidak ada laporan pada periode ini.',
    noOpen: 'Tidak ada laporan terbuka.',
    perDay: 'Laporan per hari, menurut prioritas',
    perDaySummary: (total: string, days: string, busiest: string) =>
      `${total} laporan dalam ${days} hari. Hari tersibuk: ${busiest}.`,
    day: 'Tanggal',
    byCategory: 'Laporan menurut kategori',
    byCountry: 'Laporan menurut negara',
    listSummary: (first: string) => `Terbanyak: ${first}.`,
    category: 'Kategori',
    country: 'Negara',
    notTriaged: 'Belum ditriase',
    unknownCountry: 'Tidak diketahui',
    otherCountries: (n: string) => `${n} negara lain`,
    median: 'Median waktu sampai balasan pertama petugas',
    medianSummary: 'Median per prioritas; garis putus-putus adalah target SLA.',
    priority: 'Prioritas',
    target: 'Target SLA',
    noneAnswered: 'belum ada',
    sla: 'Ketepatan SLA balasan pertama',
    slaSummary: (late: string, overdue: string) =>
      `${late} dibalas terlambat, ${overdue} belum dibalas padahal sudah lewat batas waktu.`,
    onTime: 'Tepat waktu',
    late: 'Terlambat',
    overdue: 'Belum dibalas, lewat batas',
    waiting: 'Belum dibalas, masih dalam batas',
    openByMission: 'Laporan terbuka sekarang, per perwakilan',
    openByAgent: 'Laporan terbuka sekarang, per petugas',
    central: 'Pusat (belum ke perwakilan)',
    unassigned: 'Belum ada petugas',
    person: 'Petugas',
    open: 'Terbuka',
    reports: 'Laporan',
  },
  en: {
    title: 'Statistics',
    from: 'From',
    to: 'To',
    mission: 'Mission',
    allMissions: 'All',
    show: 'Show',
    period: (from: string, to: string, total: string) => `${total} reports received, ${from} – ${to} (WIB).`,
    yourMission: (name: string) => `Only reports for ${name}.`,
    asTable: 'Show as a table',
    noTickets: 'No reports in this period.',
    noOpen: 'No open reports.',
    perDay: 'Reports per day, by priority',
    perDaySummary: (total: string, days: string, busiest: string) =>
      `${total} reports over ${days} days. Busiest day: ${busiest}.`,
    day: 'Date',
    byCategory: 'Reports by category',
    byCountry: 'Reports by country',
    listSummary: (first: string) => `Most: ${first}.`,
    category: 'Category',
    country: 'Country',
    notTriaged: 'Not triaged yet',
    unknownCountry: 'Unknown',
    otherCountries: (n: string) => `${n} other countries`,
    median: 'Median time to the first staff reply',
    medianSummary: 'Median per priority; the dashed line is the SLA target.',
    priority: 'Priority',
    target: 'SLA target',
    noneAnswered: 'none yet',
    sla: 'First-reply SLA',
    slaSummary: (late: string, overdue: string) =>
      `${late} answered late, ${overdue} not answered although past their due time.`,
    onTime: 'On time',
    late: 'Late',
    overdue: 'Unanswered, overdue',
    waiting: 'Unanswered, within time',
    openByMission: 'Open reports now, per mission',
    openByAgent: 'Open reports now, per staff member',
    central: 'Central desk (no mission yet)',
    unassigned: 'Not assigned',
    person: 'Staff member',
    open: 'Open',
    reports: 'Reports',
  },
});

/** Countries shown one by one; the rest are summed into one bar. */
const TOP_COUNTRIES = 15;

const statsQuery = z.object({
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  mission: z.string().max(100).optional(),
});

function categoryName(code: string, lang: DeskLanguage): string {
  return CATEGORY_WORDS[lang][code as Category] ?? code;
}

const DAY_STYLES = {
  short: { day: 'numeric', month: 'short' },
  year: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'short', year: 'numeric', weekday: 'long' },
} as const;

// Building an Intl formatter costs far more than using one: one per language and style, made on first use.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day as staff read it: "2 Mar", "2 Mar 2026", "Senin, 2 Mar 2026". */
function dayLabel(day: string, lang: DeskLanguage, style: keyof typeof DAY_STYLES): string {
  const key = `${lang}:${style}`;
  let format = dayFormats.get(key);
  if (!format) {
    // The day is already a Jakarta date: format it as the calendar date it is (UTC midnight, UTC zone).
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      timeZone: 'UTC',
      ...DAY_STYLES[style],
    });
    dayFormats.set(key, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

function Charts(props: {
  stats: TicketStats;
  period: StatsPeriod;
  lang: DeskLanguage;
  missionName: (id: string | null) => string;
  slaMinutes: Record<Priority, number>;
}) {
  const { stats, lang } = props;
  const t = statsTexts[lang];
  const n = new Intl.NumberFormat(lang);
  const count = (v: number) => n.format(v);
  const span = (seconds: number) => formatSpan(seconds * 1000, lang);
  const common = { tableLabel: t.asTable, emptyText: t.noTickets, format: count };
  const prioritySeries = PRIORITIES.map((p) => ({ label: PRIORITY_WORDS[lang][p], tone: p }));

  const days = daysOf(props.period);
  const dayBars: ChartBar[] = days.map((day) => {
    const counts = stats.perDay.get(day);
    return {
      label: dayLabel(day, lang, 'short'),
      fullLabel: dayLabel(day, lang, 'long'),
      values: PRIORITIES.map((p) => counts?.[p] ?? 0),
    };
  });
  const busiest = dayBars.reduce<ChartBar | undefined>(
    (best, bar) =>
      !best || bar.values.reduce((a, b) => a + b, 0) > best.values.reduce((a, b) => a + b, 0) ? bar : best,
    undefined,
  );

  const categoryBars: ChartBar[] = stats.byCategory.map((c) => ({
    label: c.key ? categoryName(c.key, lang) : t.notTriaged,
    values: [c.count],
  }));
  const countryBars: ChartBar[] = stats.byCountry.slice(0, TOP_COUNTRIES).map((c) => {
    const name = c.key ? countryName(c.key, lang) : t.unknownCountry;
    return { label: name, fullLabel: c.key ? `${name} (${c.key})` : name, values: [c.count] };
  });
  const rest = stats.byCountry.slice(TOP_COUNTRIES);
  if (rest.length > 0) {
    countryBars.push({
      label: t.otherCountries(count(rest.length)),
      values: [rest.reduce((a, c) => a + c.count, 0)],
    });
  }

  const medianBars: ChartBar[] = stats.response.map((r) => ({
    label: PRIORITY_WORDS[lang][r.priority],
    values: [r.medianSeconds ?? 0],
    mark: props.slaMinutes[r.priority] * 60,
    ...(r.medianSeconds === null ? { valueText: t.noneAnswered } : {}),
  }));
  const slaBars: ChartBar[] = stats.response.map((r) => {
    const onTime = r.responded - r.late;
    const waiting = r.tickets - r.responded - r.unansweredOverdue;
    return {
      label: PRIORITY_WORDS[lang][r.priority],
      values: [onTime, r.late, r.unansweredOverdue, waiting],
    };
  });
  const late = stats.response.reduce((a, r) => a + r.late, 0);
  const overdue = stats.response.reduce((a, r) => a + r.unansweredOverdue, 0);

  const missionBars: ChartBar[] = stats.openByMission.map((m) => ({
    label: props.missionName(m.key),
    values: [m.count],
  }));
  const agentBars: ChartBar[] = stats.openByAssignee.map((a) => ({
    label: a.key ? (a.name ?? '?') : t.unassigned,
    values: [a.count],
  }));
  const first = (bars: ChartBar[]) =>
    bars[0] ? t.listSummary(`${bars[0].fullLabel ?? bars[0].label}, ${count(bars[0].values[0] ?? 0)}`) : '';

  return (
    <>
      <div class="card">
        <ColumnChart
          {...common}
          id="per-day"
          caption={t.perDay}
          summary={t.perDaySummary(
            count(stats.total),
            count(days.length),
            busiest ? `${busiest.fullLabel}, ${count(busiest.values.reduce((a, b) => a + b, 0))}` : '—',
          )}
          series={prioritySeries}
          bars={dayBars}
          labelHeading={t.day}
        />
      </div>
      <div class="stats-grid">
        <div class="card">
          <BarChart
            {...common}
            id="by-category"
            caption={t.byCategory}
            summary={first(categoryBars)}
            series={[{ label: t.reports, tone: 'bar' }]}
            bars={categoryBars}
            labelHeading={t.category}
          />
        </div>
        <div class="card">
          <BarChart
            {...common}
            id="by-country"
            caption={t.byCountry}
            summary={first(countryBars)}
            series={[{ label: t.reports, tone: 'bar' }]}
            bars={countryBars}
            labelHeading={t.country}
          />
        </div>
        <div class="card">
          <BarChart
            {...common}
            id="median-response"
            caption={t.median}
            summary={t.medianSummary}
            series={[{ label: t.median, tone: 'bar' }]}
            bars={medianBars}
            format={span}
            labelHeading={t.priority}
            markHeading={t.target}
          />
        </div>
        <div class="card">
          <BarChart
            {...common}
            id="sla"
            caption={t.sla}
            summary={t.slaSummary(count(late), count(overdue))}
            series={[
              { label: t.onTime, tone: 'ok' },
              { label: t.late, tone: 'late' },
              { label: t.overdue, tone: 'overdue' },
              { label: t.waiting, tone: 'waiting' },
            ]}
            bars={slaBars}
            labelHeading={t.priority}
          />
        </div>
        <div class="card">
          <BarChart
            {...common}
            emptyText={t.noOpen}
            id="open-by-mission"
            caption={t.openByMission}
            summary={first(missionBars)}
            series={[{ label: t.open, tone: 'bar' }]}
            bars={missionBars}
            labelHeading={t.mission}
          />
        </div>
        <div class="card">
          <BarChart
            {...common}
            emptyText={t.noOpen}
            id="open-by-agent"
            caption={t.openByAgent}
            summary={first(agentBars)}
            series={[{ label: t.open, tone: 'bar' }]}
            bars={agentBars}
            labelHeading={t.person}
          />
        </div>
      </div>
    </>
  );
}

/**
 * `/desk/stats`: supervisors and admins. Central staff see every mission (or pick one); mission staff see
 * only their own mission's tickets.
 */
export function statsRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  app.get('/stats', async (c) => {
    const staff = c.get('staff');
    if (can(staff, 'stats.view') !== 'allowed') throw new HttpProblem(403, 'supervisors and admins only');
    const parsed = statsQuery.safeParse(c.req.query());
    if (!parsed.success) throw new HttpProblem(400, 'the period could not be read');
    const asked = parsed.data;
    const now = ctx.clock();
    const period = statsPeriod({ from: asked.from, to: asked.to }, now);
    if ('problem' in period) throw new HttpProblem(400, period.problem);
    let missionId: string | null = asked.mission || null;
    if (staff.missionId !== null) {
      if (missionId !== null && missionId !== staff.missionId)
        throw new HttpProblem(403, "only your own mission's statistics");
      missionId = staff.missionId;
    } else if (missionId !== null && !ctx.missions.missions.some((m) => m.id === missionId)) {
      throw new HttpProblem(400, 'mission: unknown');
    }
    const stats = await readTicketStats(ctx.db, { start: period.start, end: period.end, missionId, now });

    const lang = c.get('lang');
    const t = statsTexts[lang];
    const missionName = (id: string | null) =>
      id === null ? t.central : (ctx.missions.missions.find((m) => m.id === id)?.name ?? id);
    const query = new URLSearchParams({ from: period.from, to: period.to });
    if (staff.missionId === null && missionId) query.set('mission', missionId);
    return c.html(
      <Page
        title={t.title}
        lang={lang}
        staff={staff}
        csrfToken={c.get('session').csrfToken}
        section="stats"
        path={`/desk/stats?${query}`}
      >
        <form method="get" action="/desk/stats" class="card filters">
          <div>
            <label for="from">{t.from}</label>
            <input id="from" name="from" type="date" value={period.from} required />
          </div>
          <div>
            <label for="to">{t.to}</label>
            <input id="to" name="to" type="date" value={period.to} required />
          </div>
          {staff.missionId === null ? (
            <div>
              <label for="mission">{t.mission}</label>
              <select id="mission" name="mission">
                <option value="">{t.allMissions}</option>
                {ctx.missions.missions.map((m) => (
                  <option value={m.id} selected={m.id === missionId}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div>
            <button type="submit">{t.show}</button>
          </div>
        </form>
        <p>
          {t.period(
            dayLabel(period.from, lang, 'year'),
            dayLabel(period.to, lang, 'year'),
            new Intl.NumberFormat(lang).format(stats.total),
          )}{' '}
          {missionId ? t.yourMission(missionName(missionId)) : null}
        </p>
        <Charts
          stats={stats}
          period={period}
          lang={lang}
          missionName={missionName}
          slaMinutes={ctx.slaMinutes}
        />
      </Page>,
    );
  });
  return app;
}
