// `npm run staff -- <command> …`: adds, lists, disables, enables staff accounts and resets passwords, on
// the configured database (PGlite in DATA_DIR, or PostgreSQL by DATABASE_URL). See STAFF_USAGE.
import { ConfigError, loadConfig, staffPasswordFromEnv } from '../config.ts';
import { DataFolderInUseError } from '../db/data-folder-lock.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { runStaffCommand } from './staff-commands.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

let database: Awaited<ReturnType<typeof openDatabase>>;
try {
  database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: config.dataDir },
  );
} catch (error) {
  // A running Suar holds the PGlite folder: refuse before touching it.
  if (!(error instanceof DataFolderInUseError)) throw error;
  console.error(`staff: ${error.message}`);
  process.exit(1);
}

let code = 1;
try {
  // Before the first start the tables may not exist yet; an account added now also means the first start
  // creates no admin of its own.
  await migrateToLatest(database.db);
  code = await runStaffCommand(database.db, process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    password: staffPasswordFromEnv(),
    now: new Date(),
  });
} finally {
  await database.close();
}
process.exit(code);
