import { randomUUID } from 'node:crypto';
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { recordAudit } from '../../src/audit/audit-log.ts';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { MigrationError, migrateToLatest } from '../../src/db/migrate.ts';
import type { DB } from '../../src/db/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { addTestStaff } from '../support/desk.ts';
import { dropSchema, newTestSchemaName } from '../support/postgres-template.ts';

// Migration 0019 gives the audit log an actor for changes no staff member made (a partner agency, the person
// in their chat). It runs on a log that already has entries and refuses UPDATE: the column is added, never
// filled in, and the log stays append-only.

const BEFORE = '0018-audit-thumbnail-lookup';

/** A new, empty database of a kind (PGlite in memory, or a new schema on PostgreSQL); schema for the migrator. */
async function emptyDatabase(kind: 'pglite' | 'postgres'): Promise<{ database: Database; schema?: string }> {
  if (kind === 'pglite') return { database: await openDatabase({ pgliteDir: 'memory://' }) };
  const url = process.env.TEST_DATABASE_URL!;
  const schema = newTestSchemaName();
  const admin = await openDatabase({ url, poolSize: 1 });
  await admin.db.schema.createSchema(schema).execute();
  await admin.close();
  const database = await openDatabase({ url, searchPath: schema, poolSize: 2, timeouts: null });
  return {
    database: {
      ...database,
      async close() {
        await database.close();
        await dropSchema(url, schema);
      },
    },
    schema,
  };
}

/** A PostgreSQL error for a schema that does not exist (directly, or as a MigrationError's cause). */
const schemaVanished = (error: unknown): boolean =>
  (error as { code?: string } | undefined)?.code === '3F000' ||
  (error as { cause?: { code?: string } } | undefined)?.cause?.code === '3F000';

/**
 * Runs a migration step, again when it failed before migrating anything because a schema vanished. Why: Kysely's
 * migrator first lists the tables of every schema on the server, and another test file dropping its own schema
 * at that moment fails the listing (3F000) although this file's schema is there.
 */
async function migrating<T>(
  step: () => Promise<T>,
  vanishedBeforeAnything: (result: T) => boolean,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await step();
      if (attempt < 5 && vanishedBeforeAnything(result)) continue;
      return result;
    } catch (error) {
      if (
        attempt < 5 &&
        error instanceof MigrationError &&
        error.migration === '(unknown)' &&
        schemaVanished(error)
      )
        continue;
      throw error;
    }
  }
}

const insertRaw = (db: Kysely<DB>, staffId: string | null, actor: string) =>
  sql`insert into audit_log (staff_id, action, actor) values (${staffId}, 'test.actor', ${actor})`.execute(
    db,
  );

for (const kind of databaseKinds) {
  describe(`migration 0019, the audit log's actor [${kind}]`, () => {
    let database: Database;
    let staffId: string;
    beforeAll(async () => {
      const empty = await emptyDatabase(kind);
      database = empty.database;
      const migrator = new Migrator({
        db: database.db,
        provider: { getMigrations: async () => migrations },
        ...(empty.schema ? { migrationTableSchema: empty.schema } : {}),
      });
      const upTo = await migrating(
        () => migrator.migrateTo(BEFORE),
        ({ error, results }) => schemaVanished(error) && !results?.some((r) => r.status === 'Success'),
      );
      expect(upTo.error).toBeUndefined();
      // Entries from before the migration: a staff member's, and one that names nobody.
      staffId = (await addTestStaff(database.db)).id;
      await sql`insert into audit_log (staff_id, action) values (${staffId}, 'ticket.view'), (null, 'staff.sign_in_failed')`.execute(
        database.db,
      );
      expect(
        await migrating(
          () => migrateToLatest(database.db, empty.schema),
          () => false,
        ),
      ).toContain('0019-audit-actor');
    }, 120_000);
    afterAll(async () => {
      await database?.close();
    });

    it('adds the column to a log that has entries, leaving those entries as they were', async () => {
      const rows = await database.db
        .selectFrom('audit_log')
        .select(['staff_id', 'action', 'actor'])
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        { staff_id: staffId, action: 'ticket.view', actor: null },
        { staff_id: null, action: 'staff.sign_in_failed', actor: null },
      ]);
    });

    it('names a staff member beside their id, and a partner agency, the person’s channel or Suar alone', async () => {
      const partner = randomUUID();
      await recordAudit(database.db, {
        staffId,
        action: 'ticket.view',
        origin: { ip: null, userAgent: null },
      });
      for (const actor of [`partner:${partner}`, 'contact:whatsapp', 'system'] as const) {
        await recordAudit(database.db, {
          staffId: null,
          actor,
          action: 'test.actor',
          origin: { ip: null, userAgent: null },
        });
      }
      const rows = await database.db
        .selectFrom('audit_log')
        .select(['staff_id', 'actor'])
        .orderBy('id', 'desc')
        .limit(4)
        .execute();
      expect(rows.reverse()).toEqual([
        { staff_id: staffId, actor: `staff:${staffId}` },
        { staff_id: null, actor: `partner:${partner}` },
        { staff_id: null, actor: 'contact:whatsapp' },
        { staff_id: null, actor: 'system' },
      ]);
    });

    it('refuses an actor that contradicts staff_id, or one that is not an id or a channel name', async () => {
      const other = (await addTestStaff(database.db)).id;
      for (const [who, actor] of [
        [staffId, `partner:${randomUUID()}`],
        [staffId, `staff:${other}`],
        [null, `staff:${staffId}`],
        [null, 'contact:+628123456789'],
        [null, 'partner:Polri'],
        [null, 'Ibu Sumi'],
      ] as const) {
        await expect(insertRaw(database.db, who, actor)).rejects.toMatchObject({ code: '23514' });
      }
      await expect(
        recordAudit(database.db, {
          staffId,
          actor: 'system',
          action: 'test.actor',
          origin: { ip: null, userAgent: null },
        }),
      ).rejects.toThrow('one actor');
    });

    it('keeps the log append-only: an actor cannot be filled in or changed afterwards', async () => {
      await expect(
        sql`update audit_log set actor = 'system' where actor is null`.execute(database.db),
      ).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
    });
  });
}
