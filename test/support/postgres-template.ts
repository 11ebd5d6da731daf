import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

// Why a template: migrating a fresh schema on PostgreSQL costs a round trip per statement of every migration,
// and about fifty test suites each make one. The global setup migrates one schema and dumps it; a suite's
// schema is then that dump replayed under its own name, in one round trip. The migrations themselves still
// run on PostgreSQL once per test run.

/** A new schema name; the creation time in it lets a later run drop schemas that a killed run left behind. */
export function newTestSchemaName(): string {
  return `test_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
}

/** Creates `schema` on the database at `url` and applies every migration to it. */
export async function migrateNewSchema(url: string, schema: string): Promise<void> {
  const admin = await openDatabase({ url, poolSize: 1 });
  await admin.db.schema.createSchema(schema).execute();
  await admin.close();
  const migrating = await openDatabase({ url, searchPath: schema, poolSize: 1, timeouts: null });
  await migrateToLatest(migrating.db, schema);
  await migrating.close();
}

/** A migrated schema's tables, functions, triggers and seed rows as SQL, and the schema name it is written in. */
export interface SchemaDump {
  schema: string;
  sql: string;
}

/**
 * Migrates a scratch schema, dumps it with pg_dump and drops it; null when pg_dump is missing or cannot dump
 * this server (the suites then migrate their own schemas, as before).
 */
export async function dumpMigratedSchema(url: string): Promise<SchemaDump | null> {
  const schema = newTestSchemaName();
  await migrateNewSchema(url, schema);
  try {
    const { stdout } = await promisify(execFile)(
      'pg_dump',
      ['--no-owner', '--no-privileges', '--rows-per-insert=1000', '--schema', schema, '--dbname', url],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    // Why drop lines starting with a backslash: newer pg_dump writes psql commands (\restrict) that only psql
    // understands; everything else is plain SQL.
    const sql = stdout
      .split('\n')
      .filter((line) => !line.startsWith('\\'))
      .join('\n');
    return { schema, sql };
  } catch {
    return null;
  } finally {
    await dropSchema(url, schema);
  }
}

/** Creates `schema` from a dump: the dump's schema name replaced by `schema`, run as one query. */
export async function restoreSchemaDump(url: string, dump: SchemaDump, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The names are "test_<seconds>_<8 hex digits>": the template's occurs nowhere in the dump but as its name.
    await client.query(dump.sql.replaceAll(dump.schema, schema));
  } finally {
    await client.end();
  }
}

/** Drops a test schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const dropping = await openDatabase({ url, poolSize: 1 });
  await dropping.db.schema.dropSchema(schema).ifExists().cascade().execute();
  await dropping.close();
}
