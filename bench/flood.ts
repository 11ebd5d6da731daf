// One conversation floods the web chat with 16 posts in flight at all times; everyone else writes at a steady
// pace. Measures the others' reply time (a web-chat reply is ready when its POST is answered) without and
// with the flood, in three set-ups: the fairness of a running Suar (a lane per contact and the rate limits),
// lanes alone (limits out of the way), and neither (how Suar was before). Real PostgreSQL, real HTTP; the
// load generator runs in its own thread. Prints one JSON line last.
// Needs PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { pino } from 'pino';
import { loadContent } from '../src/content/load-content.ts';
import type { Host } from '../src/conversations/host.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import {
  createFairness,
  DEFAULT_FAIRNESS_LIMITS,
  type FairnessLimits,
} from '../src/fairness/inbound-fairness.ts';
import { createApp } from '../src/http/app.ts';
import { clientIpReader } from '../src/http/client-ip.ts';
import { loadMissionDirectory } from '../src/missions/mission-directory-store.ts';
import { DEFAULT_SLA_MINUTES } from '../src/triage/index.ts';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const OTHERS = Number(process.env.BENCH_OTHERS ?? 200);
const RATE = Number(process.env.BENCH_RATE ?? 40);
const FLOOD = Number(process.env.BENCH_FLOOD ?? 16);
const POOL = Number(process.env.BENCH_POOL ?? 10);

interface Conversation {
  id: string;
  token: string;
  ip: string;
}

interface PhaseResult {
  latencies: number[];
  statuses: Record<string, number>;
  flood: Record<string, number>;
}

// Others post at a steady rate round-robin (open loop); the flood keeps FLOOD posts in flight. Each person
// answers with short texts the flow reads as answers or free text.
const GENERATOR = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { url, others, flooder, seconds, rate, flood } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const target = new URL(url);
const TEXTS = ['ya', 'saya sendiri', 'tidak', 'malaysia', 'johor bahru', 'Sari', '23', 'lewati'];
let n = 0;
function post(conv, text) {
  const body = JSON.stringify({ id: 'm' + (n++), text });
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request({ host: target.hostname, port: target.port, method: 'POST', agent,
      path: '/api/webchat/conversations/' + conv.id + '/messages',
      headers: { authorization: 'Bearer ' + conv.token, 'x-forwarded-for': conv.ip,
        'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ms: performance.now() - started, status: res.statusCode }));
    });
    req.on('error', () => resolve({ ms: performance.now() - started, status: 0 }));
    req.end(body);
  });
}
(async () => {
  const latencies = [];
  const statuses = {};
  const floodStatuses = {};
  const started = performance.now();
  const until = started + seconds * 1000;
  const floods = flooder ? Array.from({ length: flood }, async (_, k) => {
    let i = 0;
    while (performance.now() < until) {
      const r = await post(flooder, 'banjir ' + k + ' ' + (i++));
      floodStatuses[r.status] = (floodStatuses[r.status] || 0) + 1;
    }
  }) : [];
  const pending = [];
  for (let i = 0; performance.now() < until; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const conv = others[i % others.length];
    pending.push(post(conv, TEXTS[Math.floor(i / others.length) % TEXTS.length]).then((r) => {
      latencies.push(r.ms);
      statuses[r.status] = (statuses[r.status] || 0) + 1;
    }));
  }
  await Promise.all([...pending, ...floods]);
  parentPort.postMessage({ latencies, statuses, flood: floodStatuses });
})();
`;

function runPhase(
  url: string,
  others: Conversation[],
  flooder: Conversation | null,
  seconds = SECONDS,
): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(GENERATOR, {
      eval: true,
      workerData: { url, others, flooder, seconds, rate: RATE, flood: FLOOD },
    });
    worker.once('message', (result: PhaseResult) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (ms: number) => Math.round(ms * 10) / 10;

const schema = `bench_${randomBytes(5).toString('hex')}`;
const admin = await openDatabase({ url: DATABASE_URL, poolSize: 1 });
await sql.raw(`create schema ${schema}`).execute(admin.db);
const database = await openDatabase({ url: DATABASE_URL, searchPath: schema, poolSize: POOL });
let ipCounter = 0;
const nextIp = () => `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

try {
  await migrateToLatest(database.db, schema);
  const host: Host = {
    db: database.db,
    relaxed: database.relaxed,
    content: loadContent(),
    clock: () => new Date(),
    logger: pino({ level: 'silent' }),
    sessionTimeoutMs: 30 * 60_000,
    slaMinutes: { ...DEFAULT_SLA_MINUTES },
    missions: await loadMissionDirectory(database.db),
  };
  // Lanes alone: every limit far out of the way.
  const wide: FairnessLimits = {
    perContact: { burst: 1e9, perMinute: 1e9 },
    perIp: { burst: 1e9, perMinute: 1e9 },
    conversationsPerIp: { burst: 1e9, perMinute: 1e9 },
    messagesPerHour: 1e9,
  };
  const modes: { name: string; fairness: () => Host['fairness'] }[] = [
    { name: 'lanes_and_limits', fairness: () => createFairness(DEFAULT_FAIRNESS_LIMITS) },
    { name: 'lanes_only', fairness: () => createFairness(wide) },
    { name: 'neither', fairness: () => undefined },
  ];
  const app = createApp({ host, logger: host.logger, clientIp: clientIpReader(1) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function conversations(count: number): Promise<Conversation[]> {
    const made: Conversation[] = [];
    for (let i = 0; i < count; i++) {
      const ip = nextIp();
      const res = await app.request('/api/webchat/conversations', {
        method: 'POST',
        headers: { 'x-forwarded-for': ip },
      });
      made.push({ ...((await res.json()) as { id: string; token: string }), ip });
    }
    return made;
  }

  // Warm-up (JIT, connections, caches), not measured.
  host.fairness = modes[0]!.fairness();
  await runPhase(url, await conversations(OTHERS), null, 3);

  const results: Record<string, unknown> = {};
  for (const mode of modes) {
    host.fairness = mode.fairness();
    const quiet = await runPhase(url, await conversations(OTHERS), null);
    host.fairness = mode.fairness();
    const [flooder] = await conversations(1);
    const flooded = await runPhase(url, await conversations(OTHERS), flooder!);
    const p95 = { quiet: percentile(quiet.latencies, 95), flood: percentile(flooded.latencies, 95) };
    results[mode.name] = {
      p50_quiet_ms: round(percentile(quiet.latencies, 50)),
      p95_quiet_ms: round(p95.quiet),
      p50_flood_ms: round(percentile(flooded.latencies, 50)),
      p95_flood_ms: round(p95.flood),
      ratio: Math.round((p95.flood / p95.quiet) * 100) / 100,
      others_statuses: flooded.statuses,
      flood_statuses: flooded.flood,
    };
    log(`${mode.name}: ${JSON.stringify(results[mode.name])}`);
  }
  server.close();
  process.stdout.write(`${JSON.stringify(results)}\n`);
} finally {
  await database.close();
  await sql.raw(`drop schema ${schema} cascade`).execute(admin.db);
  await admin.close();
}
