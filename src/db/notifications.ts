import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Stops one listener; resolves once the database no longer sends it anything. */
export type StopListening = () => Promise<void>;

/**
 * Listens on a LISTEN/NOTIFY channel: `onNotify` gets each payload sent with `pg_notify(channel, payload)`
 * after its transaction commits. `onReconnect` runs after a lost connection to the server was restored
 * (notifications sent meanwhile are gone: catch up from the tables). Resolves once listening.
 */
export type Listen = (
  channel: string,
  onNotify: (payload: string) => void,
  onReconnect?: () => void,
) => Promise<StopListening>;

// One shape on both databases: PGlite lower-cases unquoted names and does not quote them, so only plain
// lower-case identifiers mean the same channel on both.
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

function checkChannel(channel: string): void {
  if (!CHANNEL.test(channel)) {
    throw new Error(`channel must be a lower-case identifier (a-z, 0-9, _), got ${JSON.stringify(channel)}`);
  }
}

/**
 * LISTEN on embedded PGlite. Notifications sent through the pg pool reach PGlite's own listeners. The pool's
 * one connection is held while LISTEN runs, so it never lands inside a transaction the pool has open (a
 * rollback would undo it).
 */
export function pgliteListen(pglite: PGlite, pool: pg.Pool): Listen {
  const exclusively = async <T>(work: () => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await work();
    } finally {
      client.release();
    }
  };
  return async (channel, onNotify) => {
    checkChannel(channel);
    const unlisten = await exclusively(() => pglite.listen(channel, onNotify));
    let stopped = false;
    return async () => {
      if (stopped || pglite.closed) return;
      stopped = true;
      await exclusively(() => unlisten());
    };
  };
}

interface Subscriber {
  onNotify: (payload: string) => void;
  onReconnect: (() => void) | undefined;
}

/** Back-off between reconnection attempts: doubling from 100 ms to 5 s. */
const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * LISTEN on PostgreSQL: one dedicated connection outside the pool for all of a process's channels (a pooled
 * connection would be handed to other queries, and LISTEN belongs to a session). When the connection is lost
 * it reconnects with back-off, listens again, and calls every `onReconnect`.
 */
export function postgresListener(
  connectionString: string,
  onError: (error: Error) => void = () => {},
): { listen: Listen; close: () => Promise<void> } {
  const channels = new Map<string, Set<Subscriber>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let retryMs = RETRY_FIRST_MS;
  let closed = false;

  const open = async (): Promise<pg.Client> => {
    const next = new pg.Client({ connectionString, application_name: 'suar-listen', keepAlive: true });
    next.on('notification', (message) => {
      for (const subscriber of channels.get(message.channel) ?? [])
        subscriber.onNotify(message.payload ?? '');
    });
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('the listening connection ended')));
    try {
      await next.connect();
      for (const channel of channels.keys()) await next.query(`LISTEN ${channel}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    return next;
  };

  const connected = async (): Promise<pg.Client> => {
    if (client) return client;
    connecting ??= open().then(
      (opened) => {
        connecting = null;
        client = opened;
        return opened;
      },
      (error: unknown) => {
        connecting = null;
        throw error;
      },
    );
    return connecting;
  };

  const lost = (which: pg.Client, error: Error) => {
    if (client !== which) return;
    client = null;
    which.removeAllListeners('notification');
    void which.end().catch(() => {});
    if (closed || channels.size === 0) return;
    onError(error);
    scheduleReconnect();
  };

  const scheduleReconnect = () => {
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(async () => {
      if (closed || channels.size === 0) return;
      try {
        await connected();
      } catch (error) {
        onError(error as Error);
        retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
        scheduleReconnect();
        return;
      }
      retryMs = RETRY_FIRST_MS;
      for (const subscribers of channels.values()) {
        for (const subscriber of subscribers) subscriber.onReconnect?.();
      }
    }, retryMs);
  };

  const listen: Listen = async (channel, onNotify, onReconnect) => {
    checkChannel(channel);
    if (closed) throw new Error('the database is closed');
    const subscriber: Subscriber = { onNotify, onReconnect };
    const isNew = !channels.has(channel);
    const subscribers = channels.get(channel) ?? new Set();
    subscribers.add(subscriber);
    channels.set(channel, subscribers);
    try {
      const current = await connected();
      // Why always: a connection opened meanwhile may or may not have seen this channel; LISTEN twice is harmless.
      if (isNew) await current.query(`LISTEN ${channel}`);
    } catch (error) {
      subscribers.delete(subscriber);
      if (subscribers.size === 0) channels.delete(channel);
      throw error;
    }
    let stopped = false;
    return async () => {
      if (stopped) return;
      stopped = true;
      subscribers.delete(subscriber);
      if (subscribers.size > 0 || channels.get(channel) !== subscribers) return;
      channels.delete(channel);
      if (channels.size === 0) {
        clearTimeout(reconnectTimer);
        const last = client;
        client = null;
        await last?.end().catch(() => {});
      } else {
        await client?.query(`UNLISTEN ${channel}`).catch(() => {});
      }
    };
  };

  return {
    listen,
    async close() {
      closed = true;
      clearTimeout(reconnectTimer);
      const last = client ?? (await connecting?.catch(() => null)) ?? null;
      client = null;
      await last?.end().catch(() => {});
    },
  };
}
