import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { ChannelName } from '../channels/inbound-message.ts';
import type { Listen } from '../db/notifications.ts';
import type { DB } from '../db/schema.ts';
import { addTicketEvent } from '../intake/tickets.ts';
import { errorForLog } from '../logging/error-for-log.ts';
import { errorReason } from '../logging/error-reason.ts';
import type { Metrics } from '../metrics/metrics.ts';
import type { ChannelSender, OutboxItem, SendResult } from './channel-sender.ts';
import { startDrainLoop } from './drain-loop.ts';
import { claimDueOutbound, markFailed, markRetry, markSent } from './outbox-store.ts';

/** What the worker needs. */
export interface OutboxWorkerOptions {
  db: Kysely<DB>;
  senders: Partial<Record<ChannelName, ChannelSender>>;
  logger: Logger;
  clock?: () => Date;
  /** How long a claimed row is reserved for this worker. */
  leaseMs?: number;
  batchSize?: number;
  /** Tries before a transient failure becomes permanent. */
  maxAttempts?: number;
  /** Claim only rows of these channels (default: every row, whatever its channel). */
  channels?: readonly ChannelName[];
  /** Sent rows and failures by class, when metrics are on. */
  metrics?: Pick<Metrics, 'outbound' | 'sendFailures'>;
}

/** Backoff for transient failures: 2 s, 4 s, 8 s … capped at 10 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 10 * 60_000);
}

/** Sends one batch of due rows; returns how many rows it handled. */
export async function drainOutboxOnce(options: OutboxWorkerOptions): Promise<number> {
  const { db, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const items = await claimDueOutbound(
    db,
    clock(),
    options.leaseMs ?? 60_000,
    options.batchSize ?? 50,
    options.channels,
  );
  const outcomes = await Promise.all(items.map((item) => deliver(options, item, clock)));
  // One statement marks the whole batch sent: the common case costs one write, not one per message.
  await markSent(
    db,
    items.filter((_, i) => outcomes[i] === 'sent').map((item) => item.id),
    clock(),
  );
  if (items.length > 0) logger.debug({ event: 'outbox_batch', count: items.length });
  return items.length;
}

/** Sends one row; a failure is recorded here, a success is left for the batch to mark. */
async function deliver(
  options: OutboxWorkerOptions,
  item: OutboxItem,
  clock: () => Date,
): Promise<'sent' | 'handled'> {
  const { db, logger } = options;
  const sender = options.senders[item.channel];
  let result: SendResult;
  if (!sender) {
    result = { type: 'retry', reason: `channel ${item.channel} is not running` };
  } else {
    try {
      result = await sender.send(item);
    } catch (error) {
      // An adapter that throws instead of classifying is treated as a transient failure. The reason is stored,
      // shown on the desk and logged: the error's name and codes, never its message (it can quote the text).
      result = { type: 'retry', reason: errorReason(`${item.channel} adapter failed`, error) };
    }
  }
  const now = clock();
  if (result.type === 'sent') {
    options.metrics?.outbound.inc({ channel: item.channel });
    return 'sent';
  }
  const retrying = result.type === 'retry' && item.attempts < (options.maxAttempts ?? 12);
  options.metrics?.sendFailures.inc({ channel: item.channel, class: retrying ? 'retry' : 'permanent' });
  if (result.type === 'retry' && retrying) {
    const delay = result.afterMs ?? retryDelayMs(item.attempts);
    logger.warn({
      event: 'outbox_retry',
      id: item.id,
      channel: item.channel,
      attempts: item.attempts,
      reason: result.reason,
    });
    await markRetry(db, item.id, new Date(now.getTime() + delay), result.reason);
    return 'handled';
  }
  logger.error({ event: 'outbox_failed', id: item.id, channel: item.channel, reason: result.reason });
  await markFailed(db, item.id, result.reason);
  await recordFailureOnTicket(db, item, result.reason, now);
  return 'handled';
}

/** A permanent failure shows on the person's latest ticket, so staff know the reply did not arrive. */
async function recordFailureOnTicket(
  db: Kysely<DB>,
  item: OutboxItem,
  reason: string,
  now: Date,
): Promise<void> {
  const ticket = await db
    .selectFrom('tickets')
    .select('id')
    .where('contact_id', '=', item.contactId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (ticket) {
    await addTicketEvent(db, ticket.id, 'delivery_failed', 'system', {
      outbox_id: item.id,
      reason,
      at: now.toISOString(),
    });
  }
}

/** The LISTEN/NOTIFY channel that says "the outbox has new rows" to workers in other processes. */
export const OUTBOX_CHANNEL = 'suar_outbox';

/**
 * Runs the worker until stopped: drains whenever woken (`wake()` in this process, or a notification on
 * OUTBOX_CHANNEL when `listen` is given), and at least every `pollMs` in case a wake-up was lost.
 */
export function startOutboxWorker(options: OutboxWorkerOptions & { pollMs: number; listen?: Listen }): {
  wake: () => void;
  stop: () => Promise<void>;
} {
  return startDrainLoop({
    drainOnce: () => drainOutboxOnce(options),
    pollMs: options.pollMs,
    logger: options.logger,
    errorEvent: 'outbox_worker_error',
    ...(options.listen ? { listen: { listen: options.listen, channel: OUTBOX_CHANNEL } } : {}),
  });
}

/**
 * Tells workers in other processes that rows were queued: NOTIFY on OUTBOX_CHANNEL after the commit, on `db`.
 * Why after the commit and not inside the message's transaction: a notifying commit takes a database-wide
 * lock until it is flushed, which would line every message's commit up behind the others. Calls while one
 * notification is on its way are folded into one more after it, so a burst costs a few round trips, and
 * every commit is still followed by a notification.
 */
export function outboxNotifier(db: Kysely<DB>, logger: Logger): () => void {
  let sending = false;
  let again = false;
  const send = async () => {
    sending = true;
    try {
      do {
        again = false;
        await sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(db);
      } while (again);
    } catch (error) {
      // The workers' polling picks the rows up anyway.
      logger.warn({ event: 'outbox_notify_failed', ...errorForLog(error) });
    } finally {
      sending = false;
    }
  };
  return () => {
    if (sending) {
      again = true;
      return;
    }
    void send();
  };
}
