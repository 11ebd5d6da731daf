// `npm run bench:wire`: what one inbound message costs on the wire to PostgreSQL — statements (= round trips),
// write calls, bytes out and in — for the ceiling transaction, the host alone (a whole self-report, message by
// message), and the Telegram path (webhook over HTTP, outbox worker, fake Bot API). Counts, not timings: they
// do not depend on how busy the machine is. Prints Markdown tables, then one JSON line.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { pino } from 'pino';
import { createTelegramChannel, TELEGRAM_WEBHOOK_PATH } from '../src/channels/telegram/telegram-channel.ts';
import { SECRET_HEADER } from '../src/channels/telegram/telegram-webhook-routes.ts';
import { loadContent } from '../src/content/load-content.ts';
import { handleInbound } from '../src/conversations/handle-inbound.ts';
import type { Host } from '../src/conversations/host.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createApp } from '../src/http/app.ts';
import { loadMissionDirectory } from '../src/missions/mission-directory-store.ts';
import { drainOutboxOnce } from '../src/outbox/outbox-worker.ts';
import { DEFAULT_SLA_MINUTES } from '../src/triage/index.ts';
import { FAKE_BOT_INFO, startFakeBotApi } from '../test/channels/telegram/fake-bot-api.ts';
import { SELF_REPORT_ANSWERS } from '../test/support/intake-answers.ts';
import { cpuSplit, tagConnections } from './cpu-split.ts';
import { installWireMeter, socketTo, type WireCounts } from './wire-meter.ts';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 20);
const SECRET = 'bench-secret-token-0123456789';
const meter = installWireMeter(socketTo(url));

/** Per-message figures from counts over `messages` messages. */
function perMessage(counts: WireCounts, messages: number) {
  const round = (n: number) => Number((n / messages).toFixed(2));
  return {
    statements: round(counts.statements),
    write_calls: round(counts.writeCalls),
    bytes_out: Math.round(counts.bytesOut / messages),
    bytes_in: Math.round(counts.bytesIn / messages),
  };
}

function kinds(counts: WireCounts, messages: number): string {
  return [...counts.byKind]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${(n / messages).toFixed(2)} × ${kind}`)
    .join('; ');
}

const applicationName = tagConnections();
const schema = `bench_${randomBytes(4).toString('hex')}`;
const admin = await openDatabase({ url, poolSize: 1 });
await sql.raw(`create schema ${schema}`).execute(admin.db);
const database = await openDatabase({ url, searchPath: schema, poolSize: 4 });
const results: Record<string, unknown> = {};
try {
  await migrateToLatest(database.db, schema);
  const logger = pino({ level: 'silent' });
  const host: Host = {
    db: database.db,
    relaxed: database.relaxed,
    content: loadContent(),
    clock: () => new Date(),
    logger,
    sessionTimeoutMs: 30 * 60_000,
    slaMinutes: { ...DEFAULT_SLA_MINUTES },
    missions: await loadMissionDirectory(database.db),
  };

  // --- the ceiling: lock one row, update it, insert two, in one transaction -------------------------------
  await sql`create table bench_rows (chat text primary key, n integer not null default 0)`.execute(
    database.db,
  );
  await sql`create table bench_log (id bigint generated always as identity primary key, chat text, body text)`.execute(
    database.db,
  );
  await sql`insert into bench_rows (chat) select g::text from generate_series(1, 200) g`.execute(database.db);
  const ceilingOnce = (chat: string) =>
    database.db.transaction().execute(async (trx) => {
      await sql`select n from bench_rows where chat = ${chat} for update`.execute(trx);
      await sql`update bench_rows set n = n + 1 where chat = ${chat}`.execute(trx);
      await sql`insert into bench_log (chat, body) values (${chat}, 'halo'), (${chat}, 'reply')`.execute(trx);
    });
  for (let i = 1; i <= 20; i++) await ceilingOnce(String(i)); // warm the pool's connections
  const cpu = cpuSplit(admin.db, applicationName);
  const cpuPer = (split: { node_ms: number; postgres_ms: number }, n: number) => ({
    node_cpu_ms: Number((split.node_ms / n).toFixed(3)),
    postgres_cpu_ms: Number((split.postgres_ms / n).toFixed(3)),
  });
  await cpu.start();
  meter.reset();
  for (let i = 1; i <= 1000; i++) await ceilingOnce(String(1 + (i % 200)));
  const ceiling = meter.read();
  results.ceiling = { ...perMessage(ceiling, 1000), ...cpuPer(await cpu.stop(), 1000) };

  // --- the host alone: whole self-reports, message by message ----------------------------------------------
  const byPosition = SELF_REPORT_ANSWERS.map(() => ({
    statements: 0,
    writeCalls: 0,
    bytesOut: 0,
    bytesIn: 0,
    byKind: new Map(),
  }));
  const hostTotal: WireCounts = { statements: 0, writeCalls: 0, bytesOut: 0, bytesIn: 0, byKind: new Map() };
  await cpu.start();
  for (let person = 0; person < PEOPLE; person++) {
    for (const [position, text] of SELF_REPORT_ANSWERS.entries()) {
      meter.reset();
      await handleInbound(host, {
        channel: 'webchat',
        externalId: `wire-${person}-${position}`,
        address: `wire-${person}`,
        text,
      });
      const counts = meter.read();
      const slot = byPosition[position]!;
      for (const target of [slot, hostTotal]) {
        target.statements += counts.statements;
        target.writeCalls += counts.writeCalls;
        target.bytesOut += counts.bytesOut;
        target.bytesIn += counts.bytesIn;
        for (const [kind, n] of counts.byKind) target.byKind.set(kind, (target.byKind.get(kind) ?? 0) + n);
      }
    }
  }
  const hostMessages = PEOPLE * SELF_REPORT_ANSWERS.length;
  results.host = { ...perMessage(hostTotal, hostMessages), ...cpuPer(await cpu.stop(), hostMessages) };
  results.host_by_position = byPosition.map((slot) => perMessage(slot, PEOPLE));

  // --- the Telegram path: webhook over HTTP, then the outbox worker sends to the fake Bot API ---------------
  const fake = await startFakeBotApi({ record: false });
  const telegram = createTelegramChannel({
    config: {
      token: '42:BENCH-token',
      mode: 'webhook',
      webhookSecret: SECRET,
      publicUrl: undefined,
      apiRoot: fake.url,
      botInfo: FAKE_BOT_INFO,
    },
    host,
    logger,
    onQueued: () => {},
    pace: { perAddressPerSecond: 1_000, perAddressBurst: 1_000, overallPerSecond: 1_000_000 },
  });
  const app = createApp({ host, logger, mounts: [{ path: TELEGRAM_WEBHOOK_PATH, app: telegram.webhook! }] });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const webhook = `http://127.0.0.1:${(server.address() as AddressInfo).port}${TELEGRAM_WEBHOOK_PATH}`;
  let updateId = 1;
  const post = async (chat: number, messageId: number, text: string) => {
    const response = await fetch(webhook, {
      method: 'POST',
      headers: { [SECRET_HEADER]: SECRET, 'content-type': 'application/json' },
      body: JSON.stringify({
        update_id: updateId++,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chat, type: 'private', first_name: 'A' },
          from: { id: chat, is_bot: false, first_name: 'A', language_code: 'id' },
          text,
        },
      }),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  };
  const drain = async () => {
    while (
      (await drainOutboxOnce({ db: database.relaxed, senders: { telegram: telegram.sender }, logger })) > 0
    ) {}
  };
  // Messages in rounds: every person sends one answer, then the worker drains (as under load, in batches).
  const telegramPeople = Math.max(PEOPLE, 50);
  const rounds = 8;
  for (let person = 0; person < telegramPeople; person++) await post(5_000_000 + person, 1, 'halo');
  await drain();
  await cpu.start();
  meter.reset();
  let inboundTotal = 0;
  for (let round = 1; round < rounds; round++) {
    for (let person = 0; person < telegramPeople; person++) {
      await post(5_000_000 + person, round + 1, SELF_REPORT_ANSWERS[round]!);
      inboundTotal++;
    }
    await drain();
  }
  const telegramCounts = meter.read();
  results.telegram = {
    ...perMessage(telegramCounts, inboundTotal),
    ...cpuPer(await cpu.stop(), inboundTotal),
    http_write_calls: Number((telegramCounts.httpWriteCalls / inboundTotal).toFixed(2)),
  };
  await new Promise((resolve) => server.close(resolve));
  await fake.close();

  // --- report -----------------------------------------------------------------------------------------------
  type Row = ReturnType<typeof perMessage> & { node_cpu_ms: number; postgres_cpu_ms: number };
  const row = (name: string, r: Row) =>
    `| ${name} | ${r.statements} | ${r.write_calls} | ${r.bytes_out} | ${r.bytes_in} | ${r.node_cpu_ms} | ${r.postgres_cpu_ms} |`;
  console.log(
    '| per inbound message | statements (round trips) | write calls | bytes out | bytes in | Node CPU ms | PostgreSQL CPU ms |',
  );
  console.log('|---|---|---|---|---|---|---|');
  console.log(row('ceiling transaction', results.ceiling as Row));
  console.log(row('host alone, whole self-report', results.host as Row));
  console.log(row('Telegram path, answers 2–8', results.telegram as Row));
  console.log('\nHost, by message of the self-report (statements, bytes out/in):');
  console.log(
    (results.host_by_position as ReturnType<typeof perMessage>[])
      .map((r, i) => `${i + 1}: ${r.statements} st, ${r.bytes_out}/${r.bytes_in} B`)
      .join('\n'),
  );
  console.log(`\nHost statements by kind, per message: ${kinds(hostTotal, hostMessages)}`);
  console.log(`Telegram statements by kind, per inbound: ${kinds(telegramCounts, inboundTotal)}`);
  console.log(
    JSON.stringify({
      ceiling: results.ceiling,
      host: results.host,
      telegram: results.telegram,
    }),
  );
} finally {
  await database.close();
  await sql.raw(`drop schema if exists ${schema} cascade`).execute(admin.db);
  await admin.close();
}
