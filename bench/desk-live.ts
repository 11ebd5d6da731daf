// `npm run bench:desk-live`: how long a change takes to reach an open desk. A second process (this script
// with --writer) changes tickets on the real PostgreSQL — a new ticket event in its own transaction, as a
// desk action or an inbound message does — while this process runs the live hub that desks connect to.
// Measures commit → the hub telling a connected desk, across processes. Prints a last line of JSON.
import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { pino } from 'pino';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { startDeskLive } from '../src/desk/live/desk-live.ts';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = 'bench_desk_live';
const changes = Number(process.env.BENCH_CHANGES ?? 200);

if (process.argv.includes('--writer')) {
  // The writer: one ticket event per transaction, each stamped with its commit time on stdout.
  const database = await openDatabase({ url, searchPath: schema, poolSize: 2 });
  const tickets = await database.db.selectFrom('tickets').select('id').limit(50).execute();
  for (let i = 0; i < changes; i++) {
    const ticket = tickets[i % tickets.length]!;
    await database.db
      .insertInto('ticket_events')
      .values({ ticket_id: ticket.id, type: 'note_added', actor: 'system', data: '{}' })
      .execute();
    process.stdout.write(`${ticket.id} ${Date.now()}\n`);
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
  }
  await database.close();
  process.exit(0);
}

const admin = await openDatabase({ url, poolSize: 1, timeouts: null });
await sql.raw(`drop schema if exists ${schema} cascade; create schema ${schema}`).execute(admin.db);
await admin.close();
const database = await openDatabase({ url, searchPath: schema, poolSize: 4 });
await migrateToLatest(database.db, schema);
await sql`
  insert into contacts (channel, address) select 'webchat', 'live-' || g from generate_series(1, 50) g;
  insert into tickets (ref, contact_id, priority, priority_reason, channel, language, sla_due_at)
  select 'SUAR-LIVE-' || lpad(row_number() over ()::text, 4, '0'), id, 'P3', 'bench', 'webchat', 'id', now() + interval '1 day'
  from contacts;
`.execute(database.db);

const live = await startDeskLive({
  db: database.db,
  listen: database.listen,
  logger: pino({ level: 'silent' }),
  clock: () => new Date(),
});
const heard = new Map<string, number[]>();
live.connect({
  staff: { id: 'bench', missionId: null },
  send: (event) => {
    if (event.type !== 'tickets' || !event.ids) return;
    for (const id of event.ids) (heard.get(id) ?? heard.set(id, []).get(id)!).push(Date.now());
  },
});

const committed: { id: string; at: number }[] = [];
const writer = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--writer'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
});
let buffer = '';
writer.stdout.on('data', (chunk: Buffer) => {
  buffer += chunk.toString();
  const lines = buffer.split('\n');
  buffer = lines.pop() ?? '';
  for (const line of lines) {
    const [id, at] = line.split(' ');
    if (id && at) committed.push({ id, at: Number(at) });
  }
});
await new Promise<void>((resolve) => writer.on('exit', () => resolve()));
await new Promise((resolve) => setTimeout(resolve, 1000));

// Each commit is matched with the first notification of its ticket at or after it.
const latencies: number[] = [];
let missed = 0;
for (const { id, at } of committed) {
  const times = heard.get(id) ?? [];
  const index = times.findIndex((t) => t >= at - 5);
  if (index < 0) {
    missed++;
    continue;
  }
  latencies.push(times[index]! - at);
  times.splice(index, 1);
}
latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? null;
await live.stop();
await database.close();
console.log(
  JSON.stringify({
    changes: committed.length,
    missed,
    p50_ms: q(0.5),
    p95_ms: q(0.95),
    max_ms: latencies.at(-1) ?? null,
    gather_ms: 150,
  }),
);
