import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { dropSchema, migrateNewSchema, newTestSchemaName, restoreSchemaDump } from './postgres-template.ts';

/** The databases every storage test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const databaseKinds: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

/** A fresh migrated PGlite, cloned from the template the global setup made. */
export async function openTestPglite(): Promise<Database> {
  const template = readFileSync(inject('pgliteTemplate'));
  return openDatabase({ pgliteDir: 'memory://', loadDataDir: new Blob([template]) });
}

/** A fresh migrated schema on the real PostgreSQL, and how to drop it. */
export async function createTestSchema(url: string): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = newTestSchemaName();
  // The global setup's dump of a migrated schema, when pg_dump could make one (it is for TEST_DATABASE_URL).
  const template = inject('postgresTemplate');
  if (template && url === process.env.TEST_DATABASE_URL) await restoreSchemaDump(url, template, schema);
  else await migrateNewSchema(url, schema);
  return { schema, drop: () => dropSchema(url, schema) };
}

/** A fresh migrated schema on the real PostgreSQL; dropped on close. */
export async function openTestPostgres(poolSize = 10): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL!;
  const { schema, drop } = await createTestSchema(url);
  const database = await openDatabase({ url, searchPath: schema, poolSize });
  return {
    ...database,
    async close() {
      await database.close();
      await drop();
    },
  };
}

/** Opens a fresh test database of a kind. */
export function openTestDatabase(kind: 'pglite' | 'postgres'): Promise<Database> {
  return kind === 'pglite' ? openTestPglite() : openTestPostgres();
}

/** Runs a suite once per database kind, with a fresh database per kind shared by the suite's tests. */
export function describeEachDatabase(name: string, suite: (database: () => Database) => void): void {
  for (const kind of databaseKinds) {
    describe(`${name} [${kind}]`, () => {
      let database: Database;
      beforeAll(async () => {
        database = await openTestDatabase(kind);
      });
      afterAll(async () => {
        await database?.close();
      });
      suite(() => database);
    });
  }
}
