import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataFolder } from './data-folder-lock.ts';
import { type Listen, pgliteListen, postgresListener } from './notifications.ts';
import { copyPgliteTemplate } from './pglite-template.ts';
import type { DB } from './schema.ts';

/** An open database: Kysely over a pg pool, whichever server is behind it. */
export interface Database {
  db: Kysely<DB>;
  /**
   * The same database for writes that may be lost in a crash and redone, such as the outbox's bookkeeping
   * (a lost "sent" mark means the reply is sent again: at least once is the promise). On PostgreSQL it
   * commits without waiting for the disk; on PGlite it is `db`.
   */
  relaxed: Kysely<DB>;
  /** 'pglite' when embedded, 'postgres' for a server. */
  kind: 'pglite' | 'postgres';
  /**
   * LISTEN/NOTIFY, the same on both: `listen(channel, onNotify, onReconnect?)` resolves once listening and
   * gives back a function that stops. Send with `pg_notify(channel, payload)` inside the transaction of the
   * change (delivered on commit). Channels are lower-case identifiers and belong to the whole database, not
   * to a schema. On PostgreSQL one connection outside the pool listens and reconnects with back-off;
   * `onReconnect` then says notifications may have been missed.
   */
  listen: Listen;
  close(): Promise<void>;
}

/**
 * How long database work may wait before it fails, so that a stalled database gives errors (503, retry)
 * instead of requests that hang for as long as it stalls.
 */
export interface DatabaseTimeouts {
  /** Connecting, and waiting for a free connection of the pool. */
  connectMs: number;
  /** One statement, enforced by the server; the client gives up a second later if no answer comes at all. */
  statementMs: number;
  /** A transaction left idle this long is ended by the server, so its locks are released. */
  idleInTransactionMs: number;
}

/** Defaults: far above what the message path needs (milliseconds), far below a platform's webhook timeout. */
export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  connectMs: 5_000,
  statementMs: 5_000,
  idleInTransactionMs: 15_000,
};

/** Where to connect: a PostgreSQL URL, or a PGlite data folder ('memory://' for a throwaway one). */
export type DatabaseTarget =
  | {
      url: string;
      searchPath?: string;
      poolSize?: number;
      /** null: no timeouts (migrations, which may rewrite large tables). */
      timeouts?: DatabaseTimeouts | null;
    }
  | {
      pgliteDir: string /** Start from a dumped data folder (tests clone one migrated database). */;
      loadDataDir?: Blob;
      /** Only `connectMs` applies: PGlite runs in this process, so nothing stalls but the wait for its one connection. */
      timeouts?: DatabaseTimeouts | null;
    };

/** pg settings for the timeouts: client-side waits, and server-side limits sent at connection start. */
function poolTimeouts(timeouts: DatabaseTimeouts | null): pg.PoolConfig {
  if (!timeouts) return {};
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    // Why a client-side limit too: when the network stalls, the server's statement timeout never reaches us.
    query_timeout: timeouts.statementMs + 1_000,
    // A peer that vanished is noticed by TCP instead of waiting forever on a dead socket.
    keepAlive: true,
  };
}

/**
 * Opens the database. One code path for both: PGlite is reached through node-postgres (createPgConfig),
 * so every query runs through the same pg driver and Kysely dialect as in production.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) {
    const searchPath = target.searchPath ? `-c search_path=${target.searchPath}` : '';
    const timeouts = poolTimeouts(
      target.timeouts === undefined ? DEFAULT_DATABASE_TIMEOUTS : target.timeouts,
    );
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      ...timeouts,
      ...(searchPath ? { options: searchPath } : {}),
    });
    const relaxedPool = new pg.Pool({
      connectionString: target.url,
      max: 4,
      ...timeouts,
      options: `${searchPath} -c synchronous_commit=off`.trim(),
    });
    // Why: an idle client's network error must not crash the process; the next query reports it.
    pool.on('error', () => {});
    relaxedPool.on('error', () => {});
    const listener = postgresListener(target.url);
    return {
      db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }),
      relaxed: new Kysely<DB>({ dialect: new PostgresDialect({ pool: relaxedPool }) }),
      kind: 'postgres',
      listen: listener.listen,
      async close() {
        await Promise.all([listener.close(), pool.end(), relaxedPool.end()]);
      },
    };
  }
  const inMemory = target.pgliteDir.startsWith('memory://');
  const dataDir = inMemory ? target.pgliteDir : resolve(target.pgliteDir);
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  // One process per data folder: throws DataFolderInUseError while another (a running Suar) has it.
  const unlock = inMemory ? () => {} : lockDataFolder(dataDir);
  let pglite: PGlite;
  try {
    // A data folder that was never initialised starts as a copy of the install-time template, if any.
    if (!inMemory && !target.loadDataDir && !existsSync(join(dataDir, 'PG_VERSION')))
      await copyPgliteTemplate(dataDir);
    pglite = await PGlite.create(dataDir, {
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
      // Why smaller buffers: PGlite zeroes its shared memory at every start (128 MB by default costs about
      // 0.2 s); an embedded database this size reads the rest through the OS's file cache.
      startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
    });
  } catch (error) {
    unlock();
    throw error;
  }
  // PGlite is one connection: the pool must stay at 1, and code inside a transaction must use that
  // transaction (never the outer db), or it waits for itself.
  const timeouts = target.timeouts === undefined ? DEFAULT_DATABASE_TIMEOUTS : target.timeouts;
  const pool = new pg.Pool({
    ...createPgConfig(pglite),
    max: 1,
    // Why only this one: a client-side query timeout would abandon a query PGlite still runs in this process.
    ...(timeouts ? { connectionTimeoutMillis: timeouts.connectMs } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    relaxed: db,
    kind: 'pglite',
    listen: pgliteListen(pglite, pool),
    async close() {
      await pool.end();
      await pglite.close();
      unlock();
    },
  };
}
