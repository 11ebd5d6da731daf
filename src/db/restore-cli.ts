// `npm run restore -- <file> [--force]`: makes DATA_DIR from a backup (Suar stopped). With --force an
// existing data folder is moved aside, never deleted.
import { loadConfig } from '../config.ts';
import { BackupRefusedError, restorePglite } from './pglite-backup.ts';

const config = loadConfig();
if (config.databaseUrl) {
  console.error('DATABASE_URL is set: restore PostgreSQL with pg_restore or psql (see docs/operations.md).');
  process.exit(1);
}
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run restore -- <backup file> [--force]');
  process.exit(1);
}
try {
  const movedTo = await restorePglite(file, config.dataDir, { force: args.includes('--force') });
  if (movedTo) console.log(`the previous data folder was moved to ${movedTo}`);
  console.log(`restored ${file} into ${config.dataDir}`);
} catch (error) {
  if (!(error instanceof BackupRefusedError)) throw error;
  console.error(error.message);
  process.exit(1);
}
