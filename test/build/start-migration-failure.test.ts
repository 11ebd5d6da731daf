import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';

// A start whose migration fails must not print the database's message: it can quote the rows the migration
// refused. Here a throwaway PGlite is left at migration 0005 with two receipts that 0006's new primary key
// refuses (same contact, same WhatsApp message id, which holds a phone number); `npm start` then migrates it.

const root = new URL('../..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'suar-migration-failure-'));
const PHONE = '6281234567890';
const MESSAGE_ID = `${PHONE}@s.whatsapp.net/3EB0C4F2A9D1`;

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens the throwaway PGlite folder with Kysely, runs `work`, and closes it. */
async function withPglite<T>(work: (db: Kysely<any>) => Promise<T>): Promise<T> {
  const pglite = await PGlite.create(dataDir);
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  try {
    return await work(db);
  } finally {
    await db.destroy();
    await pglite.close();
  }
}

/** Runs a compiled entry point (`main`, `db/migrate-cli`…) on the throwaway folder until it exits. */
async function run(args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    // Never listened on: the start ends before it serves.
    PORT: '18999',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['src/build.mjs', ...args], { cwd: root, env, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { exitCode, stdout, stderr };
}

/** Nothing of the refused row (its phone number, its message id), nor the database's message or detail. */
function expectNoRowData(output: string): void {
  expect(output).not.toContain(PHONE);
  expect(output).not.toContain('3EB0C4F2A9D1');
  expect(output).not.toMatch(/could not create unique index|is duplicated|Key \(/);
}

/** The folder is still at 0005 with both receipts: the failed migration was rolled back. */
async function expectRolledBack(): Promise<void> {
  await withPglite(async (db) => {
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(applied.rows.at(-1)?.name).toBe('0005-outbox-chat-settings');
    const receipts = await sql<{ n: number }>`select count(*)::int as n from inbound_receipts`.execute(db);
    expect(receipts.rows[0]?.n).toBe(2);
  });
}

beforeAll(async () => {
  await withPglite(async (db) => {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0005-outbox-chat-settings')).error).toBeUndefined();
    const contact = await sql<{ id: string }>`
      insert into contacts (channel, address) values ('whatsapp', ${PHONE}) returning id
    `.execute(db);
    const contactId = contact.rows[0]!.id;
    await sql`
      insert into inbound_receipts (channel, external_id, contact_id)
      values ('whatsapp', ${MESSAGE_ID}, ${contactId}), ('telegram', ${MESSAGE_ID}, ${contactId})
    `.execute(db);
  });
}, 60_000);

it('logs a failed migration by name and codes only, and exits with 1 and a line for the operator', async () => {
  const { exitCode, stdout, stderr } = await run(['main']);
  const output = `${stdout}\n${stderr}`;

  expect(exitCode, output).toBe(1);
  expect(stderr).toContain(
    'Suar did not start: database migration 0006-receipts-per-contact failed (error, 23505); its changes were rolled back.',
  );
  const logged = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((line) => line.event === 'migration_failed');
  expect(logged).toMatchObject({
    level: 50,
    migration: '0006-receipts-per-contact',
    err: 'error',
    code: '23505',
    msg: 'A database migration failed; its changes were rolled back',
  });
  expectNoRowData(output);
  await expectRolledBack();
}, 180_000);

it('says the same, and no more, from `npm run db:migrate` and `npm run staff`', async () => {
  for (const [args, prefix] of [
    [['db/migrate-cli'], 'db:migrate'],
    [['staff/staff-cli', 'list'], 'staff'],
  ] as const) {
    const { exitCode, stdout, stderr } = await run([...args]);
    expect(exitCode, stderr).toBe(1);
    expect(stderr).toContain(
      `${prefix}: database migration 0006-receipts-per-contact failed (error, 23505); its changes were rolled back`,
    );
    expectNoRowData(`${stdout}\n${stderr}`);
  }
  await expectRolledBack();
}, 120_000);
