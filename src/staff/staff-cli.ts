// `npm run staff -- <command> …`: adds, lists, disables, enables staff accounts and resets passwords, on
// the configured database (PGlite in DATA_DIR, or PostgreSQL by DATABASE_URL). See STAFF_USAGE.
import { staffPasswordFromEnv } from '../config.ts';
import { MigrationError, migrateToLatest, migrationFailureLine } from '../db/migrate.ts';
import { openForCommand } from '../db/open-for-command.ts';
import { runStaffCommand } from './staff-commands.ts';

const { database } = await openForCommand('staff');

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
} catch (error) {
  if (!(error instanceof MigrationError)) throw error;
  // Never the database's message: it can quote the rows the migration refused.
  console.error(`staff: ${migrationFailureLine(error)}`);
} finally {
  await database.close();
}
process.exit(code);
