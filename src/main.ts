// Starts Suar: configuration, then the database, then everything else (start-suar.ts). The only file that
// starts a process's work.
//
// Why this order: on PGlite, the database's own start (copying the template on a first start, reading and
// compiling PostgreSQL's WebAssembly, starting it) is the longest part of a start. It begins before the rest
// of Suar's modules are imported, so their loading runs while it waits (on the copy, on file reads and on
// the WebAssembly compile, which runs off the main thread).
import { pino } from 'pino';
import { type Config, loadConfigOrExit } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { isMigrated, migrateToLatest } from './db/migrate.ts';

const config = loadConfigOrExit();

if (config.outboxWorker === 'separate' && !config.databaseUrl) {
  console.error(
    'OUTBOX_WORKER=separate needs DATABASE_URL: a separate worker cannot open the embedded PGlite',
  );
  process.exit(1);
}

/** Opens the database and brings it to the latest migration. */
async function openMigratedDatabase(config: Config): Promise<Database> {
  const { poolSize, timeouts } = config.database;
  if (config.databaseUrl) {
    // Migrations run on a connection without timeouts: one may rewrite a large table.
    const migrating = await openDatabase({ url: config.databaseUrl, poolSize: 1, timeouts: null });
    try {
      await migrateToLatest(migrating.db);
    } finally {
      await migrating.close();
    }
    return openDatabase({ url: config.databaseUrl, poolSize, timeouts });
  }
  const database = await openDatabase({ pgliteDir: config.dataDir, timeouts });
  try {
    // Why check first: the migrator's own bookkeeping costs several statements (a third of a second on PGlite).
    if (!(await isMigrated(database.db))) await migrateToLatest(database.db);
  } catch (error) {
    // Closed before the start ends, so PGlite leaves its folder as the rolled-back migration left it.
    await database.close().catch(() => {});
    throw error;
  }
  return database;
}

const logger = pino({ level: config.logLevel });
const databaseStartedAt = performance.now();
const opening = openMigratedDatabase(config);
// Why: a failure to open (the data folder in use) must end the start with its own message, not as an
// unhandled rejection while the modules below still load; startSuar awaits `opening` and reports it.
opening.catch(() => {});
const { startSuar } = await import('./start-suar.ts');
// performance.now() counts from process start, so this is the time spent loading modules.
await startSuar(config, logger, opening, { importedAt: performance.now(), databaseStartedAt });
