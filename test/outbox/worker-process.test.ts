import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, expect, it } from 'vitest';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import type { Database } from '../../src/db/database.ts';
import { outboxNotifier } from '../../src/outbox/outbox-worker.ts';
import { openTestPostgres } from '../support/databases.ts';
import { testHost, webchatMessage } from '../support/test-host.ts';

// `npm run worker` as deployed: its own process on PostgreSQL, woken by NOTIFY (its poll is set to a minute).
const root = new URL('../..', import.meta.url).pathname;
const url = process.env.TEST_DATABASE_URL;
let database: Database | undefined;
let child: ChildProcess | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'suar-worker-process-'));

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((resolve) => child!.once('exit', resolve));
  }
  await database?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function pendingFor(db: Database['db'], address: string): Promise<number> {
  const rows = await db
    .selectFrom('outbox')
    .select('status')
    .where('address', '=', address)
    .where('status', '=', 'pending')
    .execute();
  return rows.length;
}

async function waitUntilSent(db: Database['db'], address: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while ((await pendingFor(db, address)) > 0) {
    if (Date.now() > deadline) throw new Error(`rows still pending after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it.skipIf(!url)(
  'npm run worker sends what was queued before it started, then what a NOTIFY announces',
  async () => {
    database = await openTestPostgres(2);
    const [row] = await database.db
      .selectNoFrom((eb) => eb.fn<string>('current_schema', []).as('schema'))
      .execute();
    const schema = row!.schema;
    const { host } = testHost(database.db);
    const before = randomUUID();
    await handleInbound(host, webchatMessage(before, 'halo'));

    const target = new URL(url!);
    target.searchParams.set('options', `-c search_path=${schema}`);
    child = spawn(process.execPath, ['src/build.mjs', 'worker'], {
      cwd: root,
      env: {
        ...process.env,
        // Evidence files and their key go beside DATA_DIR: keep them out of the checkout.
        DATA_DIR: join(scratch, 'data'),
        DATABASE_URL: target.toString(),
        OUTBOX_POLL_MS: '60000',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await waitUntilSent(database.db, before, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${stderr}`);
    });

    const after = randomUUID();
    await handleInbound(host, webchatMessage(after, 'halo'));
    outboxNotifier(database.db, pino({ level: 'silent' }))();
    await waitUntilSent(database.db, after, 10_000);
    expect(child.exitCode).toBeNull();
  },
  120_000,
);
