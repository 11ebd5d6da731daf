import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

// PGlite is PostgreSQL in one process: a second process opening the same data folder would write beside the
// first and corrupt it. PostgreSQL's own postmaster.pid does not exist in PGlite, so Suar keeps a lock file
// in the folder: created exclusively, naming the process that holds it, removed when the database closes.

/** The lock file's name inside a PGlite data folder. */
export const LOCK_FILE = 'suar.lock';

/** Another live process holds the data folder. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; host: string; since: string },
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${holder.pid} on ${holder.host} ` +
        `(since ${holder.since}), most likely a running Suar. PGlite allows one process at a time: stop ` +
        'Suar and run this again, or run Suar on PostgreSQL (DATABASE_URL), where commands can run beside it. ' +
        `If no Suar is running, delete ${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

interface LockHolder {
  pid: number;
  host: string;
  since: string;
  token: string;
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string'
      ? {
          pid: holder.pid,
          host: holder.host,
          since: String(holder.since ?? '?'),
          token: String(holder.token ?? ''),
        }
      : undefined;
  } catch {
    return undefined; // gone in the meantime, or unreadable: treated as stale
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock left by a process that is gone. Only decidable on the same host; our own pid counts as gone too (a
 * container restarted after a crash runs Suar under the same pid, and this process does not hold it yet).
 */
function isStale(holder: LockHolder | undefined): boolean {
  if (!holder) return true;
  if (holder.host !== hostname()) return false;
  return holder.pid === process.pid || !isAlive(holder.pid);
}

/**
 * Takes the data folder for this process, or throws DataFolderInUseError naming the process that has it.
 * Returns the release function (idempotent; also run when the process exits without closing).
 */
export function lockDataFolder(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    token: `${process.pid}-${Math.random().toString(36).slice(2)}`,
  };
  // Written aside and hard-linked into place: the link fails if the file exists, and a lock is never seen
  // half-written. (Two processes breaking the same stale lock at the same instant is not guarded against.)
  const aside = `${path}.${mine.token}`;
  writeFileSync(aside, JSON.stringify(mine));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(aside, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = readHolder(path);
        if (!isStale(holder) || attempt > 0) throw new DataFolderInUseError(dataDir, holder ?? mine);
        rmSync(path, { force: true });
      }
    }
  } finally {
    rmSync(aside, { force: true });
  }
  const release = () => {
    process.removeListener('exit', release);
    // Only our own lock: never remove one another process took after a forced removal.
    if (readHolder(path)?.token === mine.token) rmSync(path, { force: true });
  };
  process.once('exit', release);
  return release;
}
