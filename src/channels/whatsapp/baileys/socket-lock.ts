import pg from 'pg';

/** Who may own the one WhatsApp socket: only the holder of this lock connects; the others stand by. */
export interface SocketLock {
  /** Takes the lock if free; true when this process now holds it. */
  tryAcquire(): Promise<boolean>;
  /** Lets it go (on shutdown). */
  release(): Promise<void>;
  /** Called once if the lock is lost without release (the database connection died): stop using the socket. */
  onLost(listener: () => void): void;
}

/** Advisory-lock key for the socket of one account: a stable 32-bit number from the account name. */
export function socketLockKey(account: string): number {
  let hash = 0x5ca1ab1e;
  for (const char of `suar-whatsapp:${account}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/**
 * A PostgreSQL session-level advisory lock held on a connection of its own (not the pool's): the lock lives
 * exactly as long as that connection, so a crashed owner's lock frees itself and a standby takes over.
 */
export function postgresSocketLock(databaseUrl: string, account: string): SocketLock {
  const key = socketLockKey(account);
  let client: pg.Client | undefined;
  let held = false;
  const listeners: (() => void)[] = [];
  const lost = () => {
    if (!held) return;
    held = false;
    client = undefined;
    for (const listener of listeners.splice(0)) listener();
  };
  return {
    async tryAcquire() {
      if (held) return true;
      if (!client) {
        const fresh = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
        fresh.on('error', () => lost());
        fresh.on('end', () => lost());
        try {
          await fresh.connect();
        } catch {
          return false;
        }
        client = fresh;
      }
      try {
        const { rows } = await client.query<{ locked: boolean }>(
          'select pg_try_advisory_lock($1) as locked',
          [key],
        );
        held = rows[0]?.locked === true;
      } catch {
        held = false;
      }
      return held;
    },
    async release() {
      const current = client;
      held = false;
      client = undefined;
      await current?.end().catch(() => {});
    },
    onLost(listener) {
      listeners.push(listener);
    },
  };
}

/**
 * The lock for embedded PGlite: one process owns the data folder anyway, so the socket is always this
 * process's. Why not an advisory lock here: PGlite has one connection, and holding it would stop every query.
 */
export function inProcessSocketLock(): SocketLock {
  return {
    tryAcquire: async () => true,
    release: async () => {},
    onLost: () => {},
  };
}
