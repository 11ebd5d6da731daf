import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

// Backups of the embedded database: PGlite dumps its whole data folder as one gzipped tar file, and a new
// data folder is made from such a file. PGlite is one process's database, so Suar must be stopped for both.

/** A backup or restore that must not go ahead; the message says why and what to do. */
export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}

/** PGlite writes this file while a process has the folder open, and removes it when it closes cleanly. */
function openByAProcess(dataDir: string): boolean {
  return existsSync(join(dataDir, 'postmaster.pid'));
}

function notRunning(dataDir: string, force: boolean): void {
  if (openByAProcess(dataDir) && !force) {
    throw new BackupRefusedError(
      `${dataDir} is in use (postmaster.pid exists): stop Suar first. If Suar is not running (it was killed), ` +
        'run again with --force.',
    );
  }
}

/** Writes a backup of the data folder to `file` (a .tar.gz); returns its size in bytes. */
export async function backupPglite(dataDir: string, file: string, force = false): Promise<number> {
  const dir = resolve(dataDir);
  if (!existsSync(join(dir, 'PG_VERSION'))) throw new BackupRefusedError(`${dir} holds no database`);
  notRunning(dir, force);
  const pglite = await PGlite.create(dir);
  try {
    const dump = await pglite.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    writeFileSync(file, bytes, { flag: 'wx' });
    return bytes.length;
  } finally {
    await pglite.close();
  }
}

/**
 * Makes the data folder from a backup. A folder that already holds a database is refused unless `force`,
 * and then it is moved aside (never deleted) to `<dataDir>.before-restore-<time>`; returns that path, if any.
 */
export async function restorePglite(
  file: string,
  dataDir: string,
  options: { force?: boolean; now?: Date } = {},
): Promise<string | null> {
  const dir = resolve(dataDir);
  const backup = readFileSync(file);
  let movedTo: string | null = null;
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!options.force) {
      throw new BackupRefusedError(
        `${dir} is not empty: run again with --force to move it aside and restore`,
      );
    }
    notRunning(dir, false);
    const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    movedTo = `${dir}.before-restore-${stamp}`;
    renameSync(dir, movedTo);
  }
  const pglite = await PGlite.create(dir, { loadDataDir: new Blob([backup]) });
  try {
    // A backup that does not open as a database fails here, not at the next start.
    await pglite.query('select 1');
  } finally {
    await pglite.close();
  }
  return movedTo;
}
