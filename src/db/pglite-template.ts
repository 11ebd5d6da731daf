import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** Opens a new PGlite at `dataDir` (or in memory) and applies every migration. */
async function createMigratedPglite(dataDir: string): Promise<PGlite> {
  const pglite = await PGlite.create(dataDir);
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
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

/** Fills a never-initialised data folder from the template; false when there is no template. */
export function copyPgliteTemplate(dataDir: string, template = pgliteTemplateDir): boolean {
  if (!existsSync(join(template, 'PG_VERSION'))) return false;
  try {
    // The system's cp copies the thousand small files about five times faster than fs.cpSync.
    execFileSync('cp', ['-a', `${template}/.`, dataDir], { stdio: 'ignore' });
  } catch {
    cpSync(template, dataDir, { recursive: true });
  }
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
