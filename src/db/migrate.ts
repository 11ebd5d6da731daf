import { type Kysely, Migrator, sql } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import { errorForLog } from '../logging/error-for-log.ts';

/**
 * A migration that failed. Its message names the migration and nothing else: the database's own error (the
 * cause) can quote the rows it refused — a duplicate key, a value that would not convert — so it is kept as
 * the cause, for errorForLog to read its name and codes, and never copied into the message.
 */
export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    readonly migration: string,
    options: { cause: unknown },
  ) {
    super(`migration ${migration} failed`, options);
  }
}

/**
 * What a command tells the operator about a failed migration: which one, the database error's name and code
 * (SQLSTATE), and that it was rolled back (the migrator runs the pending migrations in one transaction).
 */
export function migrationFailureLine(error: MigrationError): string {
  const { err, code } = errorForLog(error.cause);
  const facts = [err, code].filter((fact) => fact !== undefined).join(', ');
  return `database migration ${error.migration} failed (${facts}); its changes were rolled back`;
}

/**
 * Runs every pending migration; throws a MigrationError naming the failing migration. `schema` names where Kysely keeps
 * its bookkeeping tables when the database uses a search path other than public (tests give each file its
 * own schema; without this, Kysely sees another schema's tables and skips creating its own).
 */
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new MigrationError(failed?.migrationName ?? '(unknown)', { cause: error });
  return (results ?? []).map((r) => r.migrationName);
}

/** True when every known migration has been applied (for /readyz). */
export async function isMigrated(db: Kysely<any>): Promise<boolean> {
  const latest = Object.keys(migrations).sort().at(-1);
  const rows = await sql<{ name: string }>`select name from kysely_migration where name = ${latest}`
    .execute(db)
    .catch(() => ({ rows: [] }));
  return rows.rows.length === 1;
}
