import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordTelegramMessages, type TelegramMessageRecord } from './telegram-store.ts';

/** Writes Telegram message ids in batches: one statement for everything recorded while the last one ran. */
export interface TelegramIdRecorder {
  /** Resolves once the record is written (with whatever else was recorded at the same time). */
  record(record: TelegramMessageRecord): Promise<void>;
  /** Resolves once everything recorded so far is written (before reading the records back). */
  flush(): Promise<void>;
}

interface Pending {
  record: TelegramMessageRecord;
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * Why batches: every inbound update and every sent part is recorded, so under load one insert per id would
 * be a round trip per message of its own. Like a group commit, a write starts at once when none is running,
 * and what arrives meanwhile goes together in the next one: no added wait when idle.
 */
export function createTelegramIdRecorder(db: Kysely<DB>): TelegramIdRecorder {
  let queue: Pending[] = [];
  let writing: Promise<void> | null = null;

  const writeAll = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await recordTelegramMessages(
          db,
          batch.map((p) => p.record),
        );
        for (const p of batch) p.done();
      } catch (error) {
        for (const p of batch) p.failed(error);
      }
    }
  };
  const start = () => {
    writing ??= writeAll().finally(() => {
      writing = null;
    });
    return writing;
  };

  return {
    record(record) {
      return new Promise<void>((done, failed) => {
        queue.push({ record, done, failed });
        // Let the calls made in this same turn of the event loop join the batch.
        if (!writing) queueMicrotask(() => void start());
      });
    },
    async flush() {
      if (queue.length > 0 || writing) await start();
    },
  };
}
