import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { Listen, StopListening } from '../db/notifications.ts';
import type { DB } from '../db/schema.ts';
import { errorForLog } from '../logging/error-for-log.ts';
import type { MissionDirectory } from '../places/index.ts';
import { loadMissionDirectory } from './mission-directory-store.ts';

// The missions reference tables change while Suar runs (admins edit them on the desk). Every process keeps
// one directory object that routing, emergency help and the desk hold on to; an edit commits with a
// notification on MISSIONS_CHANGED, and each process listening (the one that made the edit too, and any
// other Suar process on the same PostgreSQL) reloads the tables and swaps the directory's contents at once.

/** The LISTEN/NOTIFY channel that says the missions tables changed. */
export const MISSIONS_CHANGED = 'suar_missions';

/** Sends MISSIONS_CHANGED; call it inside the transaction of the edit (delivered when it commits). */
export async function notifyMissionsChanged(db: Kysely<DB>): Promise<void> {
  await sql`select pg_notify(${MISSIONS_CHANGED}, '')`.execute(db);
}

/** A mission directory kept current with the database. */
export interface LiveMissionDirectory {
  /**
   * Always the same object, whose fields read the latest load. Code that reads it in one synchronous step
   * (resolveMission does) sees one consistent load: a reload swaps everything in one assignment.
   */
  directory: MissionDirectory;
  /** Reads the tables again now; resolves once the directory shows them. */
  reload(): Promise<void>;
  /** Stops listening. */
  stop(): Promise<void>;
}

/** Loads the directory and keeps it current: reloads on every MISSIONS_CHANGED and after a lost connection. */
export async function startLiveMissionDirectory(
  db: Kysely<DB>,
  listen: Listen,
  logger: Logger,
): Promise<LiveMissionDirectory> {
  let current = await loadMissionDirectory(db);
  const directory: MissionDirectory = {
    get missions() {
      return current.missions;
    },
    get coverage() {
      return current.coverage;
    },
    get emergencyNumbers() {
      return current.emergencyNumbers;
    },
    get centralHotline() {
      return current.centralHotline;
    },
    get mentalHealthLines() {
      return current.mentalHealthLines;
    },
  };

  // One load at a time; a change announced during a load is read by one more load after it, so the last
  // change is never missed and a burst of changes costs at most two loads.
  let running: Promise<void> | null = null;
  let again = false;
  const reload = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          current = await loadMissionDirectory(db);
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const reloadQuietly = () => {
    reload().catch((error: Error) => {
      // The old directory stays in use; the next change or reconnection tries again.
      logger.error({ event: 'missions_reload_failed', ...errorForLog(error) });
    });
  };

  let stopListening: StopListening | undefined;
  try {
    stopListening = await listen(MISSIONS_CHANGED, reloadQuietly, reloadQuietly);
  } catch (error) {
    // Without the notification this process still sees its own edits (the desk reloads after each one).
    logger.error({ event: 'missions_listen_failed', ...errorForLog(error) });
  }
  return {
    directory,
    reload,
    async stop() {
      await stopListening?.();
    },
  };
}
