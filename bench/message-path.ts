// `npm run bench:core`: the core message path alone (handleInbound: one transaction per message) on the real
// PostgreSQL, with many people mid-conversation at once and no channel in front. Separates what the host
// costs from what a channel adds (compare `npm run bench`). Prints a last line of JSON.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { pino } from 'pino';
import { loadContent } from '../src/content/load-content.ts';
import { handleInbound } from '../src/conversations/handle-inbound.ts';
import type { Host } from '../src/conversations/host.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadMissionDirectory } from '../src/missions/mission-directory-store.ts';
import { DEFAULT_SLA_MINUTES } from '../src/triage/index.ts';
import { cpuSplit, tagConnections } from './cpu-split.ts';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
// Each person answers the intake flow's first questions, then a new person starts.
const answers = ['halo', 'ya', 'saya sendiri', 'tidak', 'malaysia', 'johor bahru', 'Sari', '23'];

const applicationName = tagConnections();
const schema = `bench_${randomBytes(4).toString('hex')}`;
const admin = await openDatabase({ url, poolSize: 1 });
await sql.raw(`create schema ${schema}`).execute(admin.db);
const database = await openDatabase({ url, searchPath: schema, poolSize: 20 });
try {
  await migrateToLatest(database.db, schema);
  const host: Host = {
    db: database.db,
    content: loadContent(),
    clock: () => new Date(),
    logger: pino({ level: 'silent' }),
    sessionTimeoutMs: 30 * 60_000,
    slaMinutes: { ...DEFAULT_SLA_MINUTES },
    missions: await loadMissionDirectory(database.db),
    relaxed: database.relaxed,
  };
  const latencies: number[] = [];
  let sent = 0;
  const cpu = cpuSplit(admin.db, applicationName);
  await cpu.start();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let person = 0; performance.now() - started < seconds * 1000; person++) {
        for (const text of answers) {
          const t0 = performance.now();
          await handleInbound(host, {
            channel: 'webchat',
            externalId: `${worker}-${person}-${++sent}`,
            address: `${worker}-${person}`,
            text,
          });
          latencies.push(performance.now() - t0);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const split = await cpu.stop();
  const perMessage = (ms: number) => Number((ms / latencies.length).toFixed(3));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Number(latencies[Math.floor(q * (latencies.length - 1))]!.toFixed(1));
  console.log(
    JSON.stringify({
      messages_per_s: Math.round(latencies.length / elapsed),
      p50_ms: at(0.5),
      p99_ms: at(0.99),
      concurrency,
      messages: latencies.length,
      cpu_ms_per_message: {
        node: perMessage(split.node_ms),
        postgres: perMessage(split.postgres_ms),
        postgres_background: perMessage(split.postgres_background_ms),
      },
    }),
  );
} finally {
  await sql.raw(`drop schema if exists ${schema} cascade`).execute(admin.db);
  await database.close();
  await admin.close();
}
