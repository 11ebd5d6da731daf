import type { Logger } from 'pino';
import type { Listen } from '../db/notifications.ts';
import { errorForLog } from '../logging/error-for-log.ts';

/** What a drain loop runs: one batch at a time, until a batch comes back empty. */
export interface DrainLoopOptions {
  /** Handles one batch; returns how many rows it handled (0: nothing due). */
  drainOnce: () => Promise<number>;
  /** Looks again at least this often, in case a wake-up was lost. */
  pollMs: number;
  logger: Logger;
  /** The log event of a failed drain. */
  errorEvent: string;
  /** Also wakes on notifications of this LISTEN/NOTIFY channel (other processes queued rows). */
  listen?: { listen: Listen; channel: string };
}

/**
 * Drains a queue whenever woken and at least every `pollMs`: one drain at a time per process, and a wake
 * during a drain makes it look once more (the outbox and the partners' deliveries both run on it).
 */
export function startDrainLoop(options: DrainLoopOptions): { wake: () => void; stop: () => Promise<void> } {
  let stopped = false;
  let busy = false;
  let wokenWhileBusy = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const drain = async () => {
    try {
      do {
        wokenWhileBusy = false;
        while (!stopped && (await options.drainOnce()) > 0) {}
      } while (wokenWhileBusy && !stopped);
    } catch (error) {
      options.logger.error({ event: options.errorEvent, ...errorForLog(error) });
    }
  };
  const tick = () => {
    if (stopped) return;
    if (busy) {
      wokenWhileBusy = true;
      return;
    }
    busy = true;
    clearTimeout(timer);
    running = drain().finally(() => {
      busy = false;
      if (!stopped) timer = setTimeout(tick, options.pollMs);
    });
  };
  // A notification or a reconnection (notifications may have been missed meanwhile) both mean: look now.
  const listening = options.listen
    ? options.listen.listen(options.listen.channel, tick, tick).catch((error: Error) => {
        options.logger.error({ event: `${options.errorEvent}_listen`, ...errorForLog(error) });
        return undefined;
      })
    : Promise.resolve(undefined);
  timer = setTimeout(tick, 0);
  return {
    wake: tick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await (await listening)?.();
      await running;
    },
  };
}
