// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { loadConfig } from '../config.ts';
import { openDatabase } from './database.ts';
import { MigrationError, migrateToLatest, migrationFailureLine } from './migrate.ts';

const config = loadConfig();
const database = await openDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: config.dataDir },
);
try {
  const applied = await migrateToLatest(database.db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
} catch (error) {
  if (!(error instanceof MigrationError)) throw error;
  // Never the database's message: it can quote the rows the migration refused.
  console.error(`db:migrate: ${migrationFailureLine(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
