// `npm run bench:stats`: the desk's statistics page on PostgreSQL with 100,000 tickets over a year (a fifth
// of them open, across 20 missions and 50 staff). Times whole page requests through the desk app (queries
// and SVG), per case: the default 30 days and a whole year, for central staff and for one mission.
// Needs PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); works in a schema
// of its own and drops it. Prints a line per case and a last line of JSON.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { type StatsPeriod, statsPeriod } from '../src/desk/stats/stats-period.ts';
import { statsRoutes } from '../src/desk/stats/stats-routes.tsx';
import { readTicketStats } from '../src/desk/stats/ticket-stats.ts';
import { hashPassword } from '../src/staff/passwords.ts';
import { insertStaff } from '../src/staff/staff-store.ts';
import { DEFAULT_SLA_MINUTES } from '../src/triage/index.ts';
import { deskTestApp } from '../test/support/desk.ts';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const schema = `bench_${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
const admin = await openDatabase({ url, poolSize: 1 });
await admin.db.schema.createSchema(schema).execute();
await admin.close();
// No statement timeout: seeding 100,000 tickets is one long statement.
const database = await openDatabase({ url, searchPath: schema, timeouts: null });

try {
  await migrateToLatest(database.db, schema);
  const db = database.db;
  const seedStarted = performance.now();
  const passwordHash = await hashPassword('bench password 1');
  const staffIds: string[] = [];
  for (let i = 0; i < 50; i++) {
    const row = await insertStaff(db, {
      email: `agent${i}@bench.test`,
      name: `Agent ${i}`,
      role: 'agent',
      missionId: null,
      passwordHash,
      mustChangePassword: false,
    });
    staffIds.push(row.id);
  }
  const missions = (await db.selectFrom('missions').select('id').orderBy('id').limit(20).execute()).map(
    (m) => m.id,
  );
  await sql`select setseed(0.42)`.execute(db);
  await sql`insert into contacts (channel, address)
    select 'webchat', 'bench-' || g from generate_series(1, ${TICKETS}::int) g`.execute(db);
  // Created over the last year; closed four times in five; a first response for two in three; four in five
  // assigned. Every random figure is a column of its own row (a subquery without one would be drawn once).
  await sql`
    with drawn as (
      select row_number() over (order by id) as n, id as contact_id,
        random() as r_priority, random() as r_category, random() as r_country, random() as r_mission,
        random() as r_status, random() as r_open, random() as r_created, random() as r_answered,
        random() as r_answer, random() as r_assigned, random() as r_assignee
      from contacts where address like 'bench-%'
    ), shaped as (
      select *, (array['P1','P2','P3','P4'])[1 + floor(r_priority * 4)::int] as priority,
        now() - r_created * interval '365 days' as created,
        case when r_status < 0.8 then 'closed'
             else (array['new','open','waiting','referred'])[1 + floor(r_open * 4)::int] end as status
      from drawn
    ), timed as (
      select *, case priority when 'P1' then ${DEFAULT_SLA_MINUTES.P1}::int when 'P2' then ${DEFAULT_SLA_MINUTES.P2}::int
                  when 'P3' then ${DEFAULT_SLA_MINUTES.P3}::int else ${DEFAULT_SLA_MINUTES.P4}::int end as sla
      from shaped
    )
    insert into tickets (ref, contact_id, priority, priority_reason, category, country, mission_id, channel,
      language, status, created_at, sla_due_at, first_response_at, assignee_id, status_changed_at)
    select 'SUAR-B' || lpad(n::text, 7, '0'), contact_id, priority, 'bench',
      (array['online_scam_compound','domestic_servitude','labour_dispute','forced_labour','fishing_vessel',
             'missing_person','other'])[1 + floor(r_category * 7)::int],
      (array['MY','KH','SA','TW','AE','MM','HK','JP','SG','QA'])[1 + floor(r_country * 10)::int],
      (${missions}::text[])[floor(r_mission * ${missions.length + 1})::int],
      'webchat', 'id', status, created, created + make_interval(mins => sla),
      case when r_answered < 0.66 then created + make_interval(mins => floor(r_answer * sla * 1.5)::int) end,
      case when r_assigned < 0.8 then (${staffIds}::uuid[])[1 + floor(r_assignee * ${staffIds.length})::int] end,
      case when status = 'closed' then created + interval '3 days' end
    from timed
  `.execute(db);
  await sql`analyze tickets`.execute(db);
  const seedMs = performance.now() - seedStarted;

  // The desk as the tests build it, on this database, with the real clock.
  const { app } = deskTestApp(database, [statsRoutes], { start: new Date().toISOString() });
  // Signed in through the sign-in form, as a browser would.
  const cookieOf = async (missionId: string | null) => {
    const email = `supervisor-${missionId ?? 'central'}@bench.test`;
    await insertStaff(db, {
      email,
      name: 'Supervisor',
      role: 'supervisor',
      missionId,
      passwordHash,
      mustChangePassword: false,
    });
    const response = await app.request('/desk/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: new URLSearchParams({ email, password: 'bench password 1' }).toString(),
    });
    const cookie = /^([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    if (!cookie) throw new Error(`sign-in failed with ${response.status}`);
    return cookie;
  };
  const central = await cookieOf(null);
  const mission = await cookieOf(missions[0]!);
  const today = new Date();
  const yearAgo = new Date(today.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
  const month = statsPeriod({}, today) as StatsPeriod;
  const year = statsPeriod({ from: yearAgo }, today) as StatsPeriod;
  const cases = [
    { name: 'central, 30 days', path: '/desk/stats', cookie: central, period: month, missionId: null },
    {
      name: 'central, 366 days',
      path: `/desk/stats?from=${yearAgo}`,
      cookie: central,
      period: year,
      missionId: null,
    },
    {
      name: 'one mission, 30 days',
      path: '/desk/stats',
      cookie: mission,
      period: month,
      missionId: missions[0]!,
    },
    {
      name: 'one mission, 366 days',
      path: `/desk/stats?from=${yearAgo}`,
      cookie: mission,
      period: year,
      missionId: missions[0]!,
    },
  ];
  /** p50 and p95 of RUNS timed calls, after three untimed ones. */
  const timed = async (work: () => Promise<void>) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const started = performance.now();
      await work();
      if (i >= 3) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) =>
      Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]! * 10) / 10;
    return { p50_ms: at(0.5), p95_ms: at(0.95) };
  };
  const results: Record<string, { page: { p50_ms: number; p95_ms: number }; queries: { p50_ms: number } }> =
    {};
  for (const c of cases) {
    const page = await timed(async () => {
      const response = await app.request(c.path, { headers: { cookie: c.cookie } });
      await response.text();
      if (response.status !== 200) throw new Error(`${c.name}: ${response.status}`);
    });
    // The same figures without HTTP and rendering: what the database costs.
    const queries = await timed(async () => {
      await readTicketStats(db, {
        start: c.period.start,
        end: c.period.end,
        missionId: c.missionId,
        now: today,
      });
    });
    results[c.name] = { page, queries: { p50_ms: queries.p50_ms } };
    console.log(
      `${c.name}: page p50 ${page.p50_ms} ms, p95 ${page.p95_ms} ms; queries p50 ${queries.p50_ms} ms`,
    );
  }
  console.log(
    JSON.stringify({ tickets: TICKETS, runs: RUNS, seed_s: Math.round(seedMs / 100) / 10, results }),
  );
} finally {
  await database.db.schema.dropSchema(schema).cascade().execute();
  await database.close();
}
