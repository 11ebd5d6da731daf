import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { projectPath } from '../project-path.ts';
import { migrateToLatest } from './migrate.ts';

// Why a template: a new PGlite data folder runs initdb, which takes seconds. `npm install` builds one
// migrated data folder once (postinstall); a first start copies it, and later migrations still run.

/** The installed PGlite's version: a template is only good for the PGlite that made it. */
function installedPgliteVersion(): string {
  try {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const manifest = join(entry.slice(0, entry.lastIndexOf('/dist/')), 'package.json');
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Where the template data folder of this PGlite version lives (beside the installed packages, never committed). */
export const pgliteTemplateDir = join(
  projectPath('node_modules', '.cache', 'suar'),
  `pglite-${installedPgliteVersion()}`,
);

/**
 * Opens a new PGlite at `dataDir` (or in memory), applies every migration and leaves only what a start reads:
 * a copy of it (a first start, a test's database) then moves 10 MB in about 550 files instead of 40 MB in
 * about 1,150.
 */
async function createMigratedPglite(dataDir: string): Promise<PGlite> {
  const pglite = await PGlite.create(dataDir);
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  // Why drop them: PGlite always opens the database "postgres"; template0 and template1 only serve CREATE
  // DATABASE, which Suar never runs, and they were half of the files a first start copied.
  for (const template of ['template1', 'template0']) {
    await pglite.exec(`alter database ${template} is_template false`);
    await pglite.exec(`drop database ${template}`);
  }
  // Why a new WAL segment: the first one holds 9 MB of initdb's and the migrations' records, which no start
  // replays once a checkpoint is past them. Switching and checkpointing without recycling deletes it, and a
  // segment not filled with zeros is a sparse file that `cp` copies in no time. The session settings end with
  // this PGlite; a started Suar keeps PostgreSQL's defaults.
  await pglite.exec('set wal_init_zero = off; set wal_recycle = off');
  await pglite.query('select pg_switch_wal()');
  await pglite.exec('checkpoint');
  return pglite;
}

/** Builds the install-time template data folder; written aside and renamed, so no start sees half of it. */
export async function buildPgliteTemplateDir(target = pgliteTemplateDir): Promise<string> {
  const partial = `${target}.${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  const pglite = await createMigratedPglite(partial);
  await pglite.close();
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  return target;
}

/**
 * Fills a never-initialised data folder (no PG_VERSION) from the template; false when there is no template.
 * Asynchronous (another process copies) so that a start loads its modules meanwhile.
 */
export async function copyPgliteTemplate(dataDir: string, template = pgliteTemplateDir): Promise<boolean> {
  if (!existsSync(join(template, 'PG_VERSION'))) return false;
  // Why aside and then moved in with PG_VERSION last: PG_VERSION is what marks a folder as a database, so a
  // start stopped during the copy (killed) leaves a folder the next start fills again, never half a database.
  const aside = join(dataDir, '.template-copy');
  rmSync(aside, { recursive: true, force: true });
  try {
    // The system's cp copies the small files about five times faster than fs.cp, and keeps the WAL sparse.
    await promisify(execFile)('cp', ['-a', template, aside]);
  } catch {
    rmSync(aside, { recursive: true, force: true });
    await cp(template, aside, { recursive: true });
  }
  const entries = readdirSync(aside).sort((a, b) => Number(a === 'PG_VERSION') - Number(b === 'PG_VERSION'));
  for (const entry of entries) {
    // Left by a start stopped while moving in: without PG_VERSION it was never part of a database.
    rmSync(join(dataDir, entry), { recursive: true, force: true });
    renameSync(join(aside, entry), join(dataDir, entry));
  }
  rmSync(aside, { recursive: true, force: true });
  return true;
}

/** Dumps a migrated in-memory database to a tar file (tests load one per test file). */
export async function dumpMigratedPglite(path: string): Promise<string> {
  const pglite = await createMigratedPglite('memory://');
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  return path;
}
