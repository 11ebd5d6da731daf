import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

/** An open database: Kysely over a pg pool, whichever server is behind it. */
export interface Database {
  db: Kysely<DB>;
  /** 'pglite' when embedded, 'postgres' for a server. */
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** Where to connect: a PostgreSQL URL, or a PGlite data folder ('memory://' for a throwaway one). */
export type DatabaseTarget =
  | { url: string; searchPath?: string; poolSize?: number }
  | {
      pgliteDir: string /** Start from a dumped data folder (tests clone one migrated database). */;
      loadDataDir?: Blob;
    };

/**
 * Opens the database. One code path for both: PGlite is reached through node-postgres (createPgConfig),
 * so every query runs through the same pg driver and Kysely dialect as in production.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      ...(target.searchPath ? { options: `-c search_path=${target.searchPath}` } : {}),
    });
    // Why: an idle client's network error must not crash the process; the next query reports it.
    pool.on('error', () => {});
    return {
      db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }),
      kind: 'postgres',
      close: () => pool.end(),
    };
  }
  const dataDir = target.pgliteDir.startsWith('memory://') ? target.pgliteDir : resolve(target.pgliteDir);
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, target.loadDataDir ? { loadDataDir: target.loadDataDir } : {});
  // PGlite is one connection: the pool must stay at 1, and code inside a transaction must use that
  // transaction (never the outer db), or it waits for itself.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  return {
    db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }),
    kind: 'pglite',
    async close() {
      await pool.end();
      await pglite.close();
    },
  };
}
