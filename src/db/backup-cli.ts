// `npm run backup [-- <file>] [--force]`: writes a backup of the embedded PGlite database (Suar stopped).
// On PostgreSQL use pg_dump (docs/operations.md).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '../config.ts';
import { BackupRefusedError, backupPglite } from './pglite-backup.ts';

const config = loadConfig();
if (config.databaseUrl) {
  console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump (see docs/operations.md).');
  process.exit(1);
}
const args = process.argv.slice(2);
const force = args.includes('--force');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = args.find((a) => !a.startsWith('--')) ?? join('backups', `suar-${stamp}.tar.gz`);
mkdirSync(dirname(file), { recursive: true });
try {
  const bytes = await backupPglite(config.dataDir, file, force);
  console.log(`backup written: ${file} (${Math.round(bytes / 1024)} KiB)`);
} catch (error) {
  if (!(error instanceof BackupRefusedError)) throw error;
  console.error(error.message);
  process.exit(1);
}
