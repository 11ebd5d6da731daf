// `npm run bench:desk`: the desk's queue (with its filters and searches) and a ticket page, on the real
// PostgreSQL with 100,000 tickets and their events and messages. Requests go through the whole HTTP app
// (sign-in cookie, permissions, audit entries for ticket views) in process, so the figures are Suar's and
// PostgreSQL's, not the network's. Prints a table and a last line of JSON; the bar is p95 under 150 ms.
//
// The seeded schema (bench_desk) is kept between runs; BENCH_RESEED=1 builds it again.
import { sql } from 'kysely';
import { pino } from 'pino';
import { loadContent } from '../src/content/load-content.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createDeskApp } from '../src/desk/desk-app.tsx';
import { DESK_AREAS } from '../src/desk/desk-areas.ts';
import { createApp } from '../src/http/app.ts';
import { clientIpReader } from '../src/http/client-ip.ts';
import { loadMissionDirectory } from '../src/missions/mission-directory-store.ts';
import { hashPassword } from '../src/staff/passwords.ts';
import { DEFAULT_SLA_MINUTES } from '../src/triage/index.ts';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const tickets = Number(process.env.BENCH_TICKETS ?? 100_000);
const samples = Number(process.env.BENCH_SAMPLES ?? 60);
const schema = 'bench_desk';
const password = 'bench password for the desk';

// Seeding rewrites big tables: no statement timeout there. The measured app keeps the defaults.
const admin = await openDatabase({ url, poolSize: 1, timeouts: null });
const found = await sql<{ n: string }>`
  select count(*) as n from information_schema.tables where table_schema = ${schema} and table_name = 'tickets'
`.execute(admin.db);
let seeded = false;
if (Number(found.rows[0]?.n ?? 0) > 0 && process.env.BENCH_RESEED !== '1') {
  const count = await sql<{ n: string }>`select count(*) as n from ${sql.raw(schema)}.tickets`.execute(
    admin.db,
  );
  seeded = Number(count.rows[0]?.n ?? 0) >= tickets;
}
if (!seeded) {
  await sql.raw(`drop schema if exists ${schema} cascade`).execute(admin.db);
  await sql.raw(`create schema ${schema}`).execute(admin.db);
}
await admin.close();

const database = await openDatabase({ url, searchPath: schema, poolSize: 10 });
const db = database.db;

async function seed(): Promise<void> {
  const started = performance.now();
  const seeding = await openDatabase({ url, searchPath: schema, poolSize: 1, timeouts: null });
  const db = seeding.db;
  await migrateToLatest(db, schema);
  const passwordHash = await hashPassword(password);
  // 40 staff: central and mission agents and supervisors.
  await sql`
    insert into staff (email, name, role, mission_id, password_hash, must_change_password)
    select 'staff' || g || '@bench.test', 'Petugas ' || g,
           case when g % 5 = 0 then 'supervisor' else 'agent' end,
           case when g <= 10 then null else (select id from missions order by id offset (g % 20) limit 1) end,
           ${passwordHash}, false
    from generate_series(1, 40) g
  `.execute(db);
  await sql`
    insert into contacts (channel, address, created_at, last_seen_at)
    select (array['webchat','telegram','whatsapp'])[1 + g % 3], 'bench-' || g, now() - (g % 90) * interval '1 day', now()
    from generate_series(1, ${tickets}) g
  `.execute(db);
  // References in Suar's alphabet, derived from the row number; countries where most reports come from.
  await sql`
    with alphabet as (select '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'::text as a),
    rows as (
      select c.id as contact_id, row_number() over (order by c.address) as n, c.created_at
      from contacts c where c.address like 'bench-%'
    ),
    shaped as (
      select r.*, (array['MY','MY','MY','SA','KH','KH','MM','TW','HK','AE','SG','JP','KR','TH'])[1 + (n * 7) % 14] as country,
             (array['P1','P2','P2','P3','P3','P3','P3','P4','P4','P2'])[1 + (n * 3) % 10] as priority,
             (array['new','open','open','waiting','referred','closed','closed','closed','closed','closed'])[1 + (n * 11) % 10] as status,
             (array['online_scam_compound','domestic_servitude','forced_labour','fishing_vessel','labour_dispute','missing_person','sexual_exploitation','information_request'])[1 + (n * 13) % 8] as category
      from rows r
    )
    insert into tickets (ref, contact_id, status, complete, priority, priority_reason, category, emergency, channel,
      language, reporter, subject_name, subject_age, country, mission_id, mission, contact_phone, safe_time, narrative,
      indicators, flags, triage, answers, sla_due_at, first_response_at, assignee_id, created_at, updated_at, submitted_at)
    select
      'SUAR-' || (select string_agg(substr(a, 1 + ((s.n >> (5 * k)) & 31)::int, 1), '' order by k desc) from alphabet, generate_series(4, 7) k)
        || '-' || (select string_agg(substr(a, 1 + ((s.n >> (5 * k)) & 31)::int, 1), '' order by k desc) from alphabet, generate_series(0, 3) k),
      s.contact_id, s.status, s.n % 4 <> 0, s.priority,
      'text: "' || (array['paspor ditahan','gaji tidak dibayar','dikurung','tidak bisa pulang'])[1 + s.n % 4] || '"',
      s.category, s.priority = 'P1', 'webchat', 'id', (array['self','relative','friend'])[1 + s.n % 3],
      (array['Sari','Dewi','Wati','Siti Aminah','Rina','Budi','Agus','Joko'])[1 + s.n % 8] || ' ' || s.n, 18 + s.n % 30,
      s.country, (select mc.mission_id from mission_coverage mc where mc.country = s.country order by mc.area nulls first limit 1),
      null, '+60' || (100000000 + s.n)::text, (array['any','evening','morning','reply_only'])[1 + s.n % 4],
      'Cerita contoh nomor ' || s.n || ': kerja tanpa gaji, paspor dipegang agen.',
      '["retention_of_documents","withholding_of_wages"]', '[]',
      '{"priority":"P2","category":"forced_labour","indicators":[],"flags":[],"reporter":"self","country":null,"reasons":[]}',
      '{}', s.created_at + interval '4 hours',
      case when s.n % 5 < 3 then s.created_at + interval '2 hours' end,
      case when s.n % 2 = 0 then (select id from staff order by email offset (s.n % 40) limit 1) end,
      s.created_at, s.created_at, s.created_at
    from shaped s
  `.execute(db);
  await sql`update tickets t set mission = m.name from missions m where m.id = t.mission_id`.execute(db);
  // Ten messages a ticket (a million), every other from the person, and four events a ticket.
  await sql`
    insert into messages (contact_id, ticket_id, direction, channel, body, payload, created_at)
    select t.contact_id, t.id, case when k % 2 = 0 then 'in' else 'out' end, 'webchat',
           'pesan ' || k || ' dari percakapan contoh', '{}', t.created_at + k * interval '1 minute'
    from tickets t, generate_series(1, 10) k
  `.execute(db);
  await sql`
    insert into ticket_events (ticket_id, type, actor, data, created_at)
    select t.id, (array['ticket_created','report_submitted','info_added','status_changed'])[k], 'system', '{}',
           t.created_at + k * interval '5 minutes'
    from tickets t, generate_series(1, 4) k
  `.execute(db);
  await sql`analyze`.execute(db);
  await seeding.close();
  console.log(`seeded ${tickets} tickets in ${Math.round((performance.now() - started) / 1000)} s`);
}

if (!seeded) await seed();
else {
  // New migrations (indexes) on 100,000 tickets may take longer than the app's statement timeout.
  const migrating = await openDatabase({ url, searchPath: schema, poolSize: 1, timeouts: null });
  await migrateToLatest(migrating.db, schema);
  await migrating.close();
}

const logger = pino({ level: 'silent' });
const missions = await loadMissionDirectory(db);
const clock = () => new Date();
const desk = createDeskApp(
  {
    db,
    clock,
    logger,
    config: { publicUrl: undefined, secureCookies: false, idleMinutes: 600, sessionHours: 12 },
    content: loadContent(),
    missions,
    reloadMissions: async () => {},
    evidence: null,
    channels: { telegram: null, whatsapp: { baileys: null, cloud: false } },
    slaMinutes: { ...DEFAULT_SLA_MINUTES },
    listen: database.listen,
    onQueued: () => {},
    live: null,
    clientIp: clientIpReader(),
  },
  DESK_AREAS,
);
const app = createApp({
  host: {
    db,
    relaxed: database.relaxed,
    content: loadContent(),
    clock,
    logger,
    sessionTimeoutMs: 1_800_000,
    slaMinutes: { ...DEFAULT_SLA_MINUTES },
    missions,
  },
  logger,
  desk,
});

async function cookieFor(email: string): Promise<string> {
  const response = await app.request('/desk/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
    body: new URLSearchParams({ email, password }).toString(),
  });
  const cookie = /^([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

const central = await cookieFor('staff1@bench.test');
const missionStaff = await cookieFor('staff15@bench.test');
const some = await db
  .selectFrom('tickets')
  .select(['ref', 'contact_phone', 'subject_name'])
  .where('status', '<>', 'closed')
  .orderBy(sql`random()`)
  .limit(samples)
  .execute();

async function measure(
  name: string,
  cookie: string,
  paths: () => string,
): Promise<{ name: string; p50: number; p95: number; max: number }> {
  for (let i = 0; i < 3; i++) await (await app.request(paths(), { headers: { cookie } })).text(); // warm
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const path = paths();
    const started = performance.now();
    const response = await app.request(path, { headers: { cookie } });
    await response.text();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
  return { name, p50: at(0.5), p95: at(0.95), max: Math.round(times.at(-1)! * 10) / 10 };
}

let i = 0;
const next = () => some[i++ % some.length]!;
// BENCH_ONLY=<words> runs the scenarios whose name contains them (e.g. BENCH_ONLY="ticket page").
const scenarios: [string, string, () => string][] = [
  ['queue (central, no filter)', central, () => '/desk'],
  ['queue page 20', central, () => '/desk?page=20'],
  ['queue P1', central, () => '/desk?priority=P1'],
  ['queue category + country', central, () => '/desk?category=domestic_servitude&country=SA'],
  ['queue mission filter', central, () => `/desk?mission=${missions.missions[0]!.id}`],
  ['queue assigned to me', central, () => '/desk?assigned=me'],
  ['queue unassigned emergencies', central, () => '/desk?assigned=unassigned&emergency=1'],
  ['queue closed', central, () => '/desk?status=closed'],
  ['queue (mission staff)', missionStaff, () => '/desk'],
  ['search by phone', central, () => `/desk?q=${encodeURIComponent(`0${next().contact_phone!.slice(3)}`)}`],
  ['search by name', central, () => `/desk?q=${encodeURIComponent(next().subject_name!)}`],
  ['search by reference', central, () => `/desk?q=${next().ref}`],
  ['live queue fragment', central, () => '/desk/api/queue?priority=P2'],
  ['ticket page', central, () => `/desk/tickets/${next().ref}`],
];
const only = process.env.BENCH_ONLY;
const results: Awaited<ReturnType<typeof measure>>[] = [];
for (const [name, cookie, paths] of scenarios) {
  if (!only || name.includes(only)) results.push(await measure(name, cookie, paths));
}
console.log('scenario'.padEnd(34), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'max ms'.padStart(8));
for (const r of results)
  console.log(
    r.name.padEnd(34),
    String(r.p50).padStart(8),
    String(r.p95).padStart(8),
    String(r.max).padStart(8),
  );
const worst = Math.max(...results.map((r) => r.p95));
console.log(
  JSON.stringify({ tickets, samples, worst_p95_ms: worst, bar_ms: 150, met: worst < 150, results }),
);
await database.close();
