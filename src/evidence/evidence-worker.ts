import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Listen } from '../db/notifications.ts';
import type { DB } from '../db/schema.ts';
import type { Content } from '../engine/index.ts';
import { errorForLog } from '../logging/error-for-log.ts';
import { startDrainLoop } from '../outbox/drain-loop.ts';
import { deleteDerivatives } from './derivatives/derivative-store.ts';
import type { EvidenceFetcher, FetchResult, FetchVia } from './evidence-fetcher.ts';
import type { EvidenceKeyRing } from './evidence-keys.ts';
import type { EvidenceLimits } from './evidence-limits.ts';
import { type EvidenceStorage, EvidenceStorageError, storageKeyOf } from './evidence-storage.ts';
import {
  type ClaimedEvidence,
  claimDueEvidence,
  findBlobsToPurge,
  isEvidenceDeleted,
  markBlobPurged,
  markEvidenceRetry,
  markEvidenceSettled,
  markEvidenceStored,
} from './evidence-store.ts';
import { judgeFile, largestAllowed } from './judge-file.ts';
import { keepEvidenceBytes } from './keep-evidence.ts';
import { measureFile } from './measure-file.ts';
import { type RefusedFile, tellPersonFileRefused } from './refusal-notice.ts';

/** What the fetch worker needs. */
export interface EvidenceWorkerOptions {
  db: Kysely<DB>;
  storage: EvidenceStorage;
  keys: EvidenceKeyRing;
  limits: EvidenceLimits;
  /** The fetchers this process has (a separate worker has no linked WhatsApp socket). */
  fetchers: Partial<Record<FetchVia, EvidenceFetcher>>;
  logger: Logger;
  clock?: () => Date;
  /** How long a claimed row is reserved for this worker (a download that takes longer may run twice). */
  leaseMs?: number;
  /** Downloads at once: large, so few. */
  concurrency?: number;
  /** Tries before a transient failure becomes permanent. */
  maxAttempts?: number;
  /**
   * Tells the person when a file is refused or lost for good, in these texts (locales/); `onQueued` wakes
   * the outbox. Absent: staff see the outcome on the ticket, the person is not told.
   */
  notice?: { texts: Content['texts']; onQueued?: () => void };
}

/** Tries after which a file that keeps arriving cut short is kept as it is. */
const KEEP_INCOMPLETE_AFTER = 3;

/** Backoff for transient failures: 10 s, 20 s, 40 s … capped at an hour. */
export function evidenceRetryDelayMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Fetches due items until none is left, `concurrency` at a time, then removes the blobs of deleted ones;
 * returns how many rows it handled. Each lane claims one item at a time, so a download that hangs holds up
 * only its own lane, never the files behind it. At least once: a worker that dies mid-download leaves its
 * rows to come back when their lease ends, and the fixed storage key means a second download overwrites,
 * never adds, a copy.
 */
export async function drainEvidenceOnce(options: EvidenceWorkerOptions): Promise<number> {
  const clock = options.clock ?? (() => new Date());
  const vias = Object.keys(options.fetchers) as FetchVia[];
  let handled = 0;
  const lane = async () => {
    if (vias.length === 0) return;
    for (;;) {
      const [item] = await claimDueEvidence(options.db, clock(), options.leaseMs ?? 10 * 60_000, 1, { vias });
      if (!item) return;
      await fetchAndKeep(options, item, clock);
      handled += 1;
    }
  };
  // Every lane ends before the drain does (a failed one must not leave the others running unwatched).
  const lanes = await Promise.allSettled(Array.from({ length: options.concurrency ?? 4 }, lane));
  const failed = lanes.find((l) => l.status === 'rejected');
  if (failed) throw failed.reason;
  return handled + (await purgeDeletedBlobs(options));
}

async function fetchAndKeep(options: EvidenceWorkerOptions, item: ClaimedEvidence, clock: () => Date) {
  const { db, logger } = options;
  const via = item.source.via as FetchVia;
  const fetcher = options.fetchers[via];
  let result: FetchResult;
  try {
    result = fetcher
      ? await fetcher.fetch(item, largestAllowed(options.limits))
      : { type: 'retry', reason: `${via} downloads are not running in this process` };
  } catch (error) {
    // A fetcher that throws instead of classifying is treated as transient.
    result = { type: 'retry', reason: `download failed (${(error as Error).name})` };
  }
  const log = { event: 'evidence_fetch', id: item.id, channel: item.channel, attempts: item.claim };
  if (result.type === 'too_large') {
    logger.info({ ...log, outcome: 'too_large' });
    const limitBytes = result.limitBytes ?? largestAllowed(options.limits);
    return settle(options, item, { status: 'too_large', reason: result.reason, limitBytes }, clock());
  }
  if (result.type === 'permanent') {
    logger.warn({ ...log, outcome: 'failed', reason: result.reason });
    return settle(options, item, { status: 'failed', reason: result.reason }, clock());
  }
  if (result.type === 'retry') return retryOrFail(options, item, result.reason, result.afterMs, clock);

  const bytes = result.bytes;
  const judged = await judgeFile(bytes, options.limits);
  if (judged.type === 'refused_type' || judged.type === 'too_large') {
    logger.info({ ...log, outcome: judged.type, mime: judged.mime });
    const outcome = {
      reason: judged.reason,
      detectedMime: judged.mime ?? undefined,
      size: bytes.byteLength,
    };
    return settle(
      options,
      item,
      judged.type === 'too_large'
        ? { ...outcome, status: 'too_large', limitBytes: judged.limitBytes }
        : { ...outcome, status: 'refused_type' },
      clock(),
    );
  }
  // A cut download may come whole next time; a file that arrives cut every time is kept as it is (part of
  // a photo or a recording is still evidence), with the reason for staff.
  if (judged.type === 'truncated' && item.claim < KEEP_INCOMPLETE_AFTER) {
    return retryOrFail(options, item, judged.reason, undefined, clock);
  }
  const note = judged.type === 'truncated' ? `${judged.reason}; kept as it arrived` : undefined;

  let kept: Awaited<ReturnType<typeof keepEvidenceBytes>>;
  try {
    kept = await keepEvidenceBytes(options.storage, options.keys, item.id, bytes);
  } catch (error) {
    if (!(error instanceof EvidenceStorageError)) throw error;
    // A full disk or an unreachable bucket: the file is still on the platform; keep trying.
    return retryOrFail(options, item, error.message, undefined, clock);
  }
  const shape = await measureFile(judged.mime, judged.class, bytes);
  const recorded = await markEvidenceStored(
    db,
    item,
    { ...kept, detectedMime: judged.mime, ...shape, ...(note ? { note } : {}) },
    clock(),
  );
  if (!recorded && (await isEvidenceDeleted(db, item.id))) {
    // Deleted while downloading: the blob just written must not outlive its row.
    await options.storage.delete(kept.storageKey).catch(() => {});
  }
  logger.info({
    ...log,
    outcome: recorded ? 'stored' : 'superseded',
    mime: judged.mime,
    size: bytes.byteLength,
  });
  return recorded;
}

async function retryOrFail(
  options: EvidenceWorkerOptions,
  item: ClaimedEvidence,
  reason: string,
  afterMs: number | undefined,
  clock: () => Date,
) {
  const now = clock();
  if (item.claim >= (options.maxAttempts ?? 10)) {
    options.logger.warn({ event: 'evidence_fetch', id: item.id, outcome: 'failed', reason });
    return settle(
      options,
      item,
      { status: 'failed', reason: `gave up after ${item.claim} tries: ${reason}` },
      now,
    );
  }
  options.logger.info({
    event: 'evidence_fetch',
    id: item.id,
    outcome: 'retry',
    attempts: item.claim,
    reason,
  });
  const at = new Date(now.getTime() + (afterMs ?? evidenceRetryDelayMs(item.claim)));
  return markEvidenceRetry(options.db, item, at, reason, now);
}

/**
 * Records a final outcome other than stored and, in the same transaction, queues the person's message about
 * it (so the message goes at least once, and never without the outcome). A file kept cut short is stored,
 * not refused: part of a photo is still evidence, and the person is not told. Only the latest claim records.
 */
async function settle(
  options: EvidenceWorkerOptions,
  item: ClaimedEvidence,
  outcome: RefusedFile & { reason: string; detectedMime?: string | undefined; size?: number | undefined },
  now: Date,
): Promise<boolean> {
  const { notice } = options;
  const result = await options.db.transaction().execute(async (trx) => {
    if (!(await markEvidenceSettled(trx, item, outcome, now))) return { recorded: false, told: 'no' };
    const told = notice ? await tellPersonFileRefused(trx, item.id, outcome, notice.texts, now) : 'no';
    return { recorded: true, told };
  });
  if (result.told === 'now') notice?.onQueued?.();
  return result.recorded;
}

/** Removes from storage the blobs of deleted items (after the deletion committed). */
export async function purgeDeletedBlobs(options: Pick<EvidenceWorkerOptions, 'db' | 'storage' | 'logger'>) {
  const due = await findBlobsToPurge(options.db, 20);
  for (const blob of due) {
    try {
      await options.storage.delete(blob.storageKey ?? storageKeyOf(blob.id));
      // The desk's copies (thumbnail, display copy, WAV, the photo's location) go with the original.
      await deleteDerivatives(options.storage, blob.id);
      await markBlobPurged(options.db, blob.id);
    } catch (error) {
      options.logger.warn({ event: 'evidence_purge_failed', id: blob.id, ...errorForLog(error) });
      return 0;
    }
  }
  return due.length;
}

/** Runs the worker until stopped: woken after commits that recorded items, polling as a fallback. */
export function startEvidenceWorker(
  options: EvidenceWorkerOptions & { pollMs: number; listen?: { listen: Listen; channel: string } },
): { wake: () => void; stop: () => Promise<void> } {
  return startDrainLoop({
    drainOnce: () => drainEvidenceOnce(options),
    pollMs: options.pollMs,
    logger: options.logger,
    errorEvent: 'evidence_worker_error',
    ...(options.listen ? { listen: options.listen } : {}),
  });
}
