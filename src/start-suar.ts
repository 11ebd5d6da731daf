// Composes Suar around an open, migrated database: content, host, HTTP, workers. main.ts opens the database
// first and loads this module meanwhile.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { releaseDueHeldReplies } from './casework/staff-replies.ts';
import { webchatSender } from './channels/webchat/webchat-sender.ts';
import type { Config } from './config.ts';
import { lintContent } from './content/lint-content.ts';
import { ContentError, loadContent } from './content/load-content.ts';
import type { Host } from './conversations/host.ts';
import { HOST_TEXT_KEYS } from './conversations/host-text-keys.ts';
import { sweepTimeouts } from './conversations/sweep-timeouts.ts';
import { DataFolderInUseError } from './db/data-folder-lock.ts';
import type { Database } from './db/database.ts';
import { MigrationError, migrationFailureLine } from './db/migrate.ts';
import { createDeskApp } from './desk/desk-app.tsx';
import { DESK_AREAS } from './desk/desk-areas.ts';
import { startDeskLive } from './desk/live/desk-live.ts';
import { startEvidenceWorker } from './evidence/evidence-worker.ts';
import { createEvidenceStorage, loadEvidenceKeys } from './evidence/index.ts';
import { createFairness } from './fairness/inbound-fairness.ts';
import { createApp } from './http/app.ts';
import { clientIpReader } from './http/client-ip.ts';
import { errorForLog } from './logging/error-for-log.ts';
import { metricsRoutes } from './metrics/metrics-routes.ts';
import { startLiveMissionDirectory } from './missions/live-mission-directory.ts';
import { outboxNotifier, startOutboxWorker } from './outbox/outbox-worker.ts';
import { partnerApiRoutes } from './referral/partner-api-routes.ts';
import { startPartnerDeliveryWorker } from './referral/partner-deliveries.ts';
import { applyRetention } from './retention/retention.ts';
import { ensureFirstAdmin } from './staff/first-admin.ts';

/** The flows and texts, checked; null (after printing the problems) when they cannot be used. */
function loadCheckedContent(): ReturnType<typeof loadContent> | null {
  try {
    const content = loadContent();
    const problems = lintContent(content, HOST_TEXT_KEYS);
    if (problems.length > 0) throw new ContentError(problems);
    return content;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return null;
  }
}

/**
 * Ends a start whose database could not be opened or migrated: one log line with what failed (errorForLog:
 * the error's name and codes, never its message, which can quote rows), one plain line for the operator, and
 * exit code 1. A data folder in use says so in our own words (its message names no data).
 */
function stopOnDatabaseFailure(error: unknown, logger: Logger): never {
  if (error instanceof DataFolderInUseError) {
    logger.error({ event: 'data_folder_in_use', pid: error.holder.pid }, 'The data folder is in use');
    console.error(`Suar did not start: ${error.message}`);
  } else if (error instanceof MigrationError) {
    const fields = errorForLog(error.cause);
    logger.error(
      { event: 'migration_failed', migration: error.migration, ...fields },
      'A database migration failed; its changes were rolled back',
    );
    console.error(
      `Suar did not start: ${migrationFailureLine(error)}. The log line "migration_failed" says what failed, ` +
        'without the data; fix the database, then start again.',
    );
  } else {
    const fields = errorForLog(error);
    logger.error({ event: 'database_open_failed', ...fields }, 'The database could not be opened');
    console.error(
      `Suar did not start: the database could not be opened (${[fields.err, fields.code].filter(Boolean).join(', ')}). ` +
        'Check DATABASE_URL or DATA_DIR; the log line "database_open_failed" says more.',
    );
  }
  process.exit(1);
}

/**
 * Starts everything on `opening` (the database main.ts began to open, migrated when it resolves) and
 * serves HTTP once it is ready. `importedAt` is when main.ts had its own modules, for the ready line.
 */
export async function startSuar(
  config: Config,
  logger: Logger,
  opening: Promise<Database>,
  timings: { importedAt: number; databaseStartedAt: number },
): Promise<void> {
  const loaded = loadCheckedContent();
  if (!loaded) {
    // The database is still opening: let it finish and close it, so a start never ends halfway through it.
    await opening.then((database) => database.close()).catch(() => {});
    process.exit(1);
  }
  const content = loaded;
  const database = await opening.catch((error: unknown) => stopOnDatabaseFailure(error, logger));
  // Admins edit missions on the desk: every process reloads on the change's notification.
  const liveMissions = await startLiveMissionDirectory(database.db, database.listen, logger);
  const missions = liveMissions.directory;
  const databaseReadyAt = performance.now();

  // Files people send: stored encrypted (the embedded default makes its key file on the first start); the
  // fetch worker, the web chat's upload and the desk share one storage and one key ring.
  const evidenceStorage = createEvidenceStorage(config.evidence);
  const evidenceKeys = loadEvidenceKeys(config.evidence, logger);

  const host: Host = {
    db: database.db,
    content,
    clock: () => new Date(),
    logger,
    sessionTimeoutMs: config.sessionTimeoutMs,
    slaMinutes: config.slaMinutes,
    missions,
    relaxed: database.relaxed,
    fairness: createFairness(config.limits),
  };
  // Metrics only when someone can read them: with a token, or on a listener of their own (prom-client and its
  // helpers load only then).
  const metrics =
    config.metrics.token || config.metrics.port
      ? (await import('./metrics/metrics.ts')).createMetrics(database.db, host.clock)
      : undefined;
  if (metrics) host.metrics = metrics;

  // The channel needs the worker's wake-up and the worker needs the channel's sender: the closure breaks the knot.
  // Channels load only when configured: their libraries (grammY, Baileys) cost start-up time for nothing else.
  const telegramModule = config.telegram ? await import('./channels/telegram/telegram-channel.ts') : null;
  const telegram =
    telegramModule && config.telegram
      ? telegramModule.createTelegramChannel({
          config: config.telegram,
          host,
          logger,
          onQueued: () => outbox.wake(),
        })
      : null;

  const whatsapp =
    config.whatsapp.baileys || config.whatsapp.cloud
      ? (await import('./channels/whatsapp/whatsapp-channel.ts')).createWhatsappChannel({
          config: config.whatsapp,
          host,
          logger,
          databaseUrl: config.databaseUrl,
          onQueued: () => outbox.wake(),
        })
      : null;

  // Inline (default): this process sends. Separate: `npm run worker` sends, woken by a NOTIFY after each commit
  // that queued rows; this process keeps only the rows that need its own WhatsApp socket.
  const inlineWorker =
    config.outboxWorker === 'separate' && !(whatsapp && config.whatsapp.baileys)
      ? null
      : startOutboxWorker({
          db: database.relaxed,
          senders: {
            webchat: webchatSender,
            ...(telegram ? { telegram: telegram.sender } : {}),
            ...(whatsapp ? { whatsapp: whatsapp.sender } : {}),
          },
          ...(config.outboxWorker === 'separate' ? { channels: ['whatsapp' as const] } : {}),
          logger,
          pollMs: config.outboxPollMs,
          ...(metrics ? { metrics } : {}),
        });
  const notifyWorkers = config.outboxWorker === 'separate' ? outboxNotifier(database.relaxed, logger) : null;
  // Webhook calls to partner agencies: every web process runs this (claims skip rows another holds).
  const partnerDeliveries = startPartnerDeliveryWorker({
    db: database.relaxed,
    logger,
    pollMs: config.partners.deliveryPollMs,
    timeoutMs: config.partners.webhookTimeoutMs,
  });
  // Downloads of the files people send: every web process runs this (claims skip rows another holds); a
  // linked WhatsApp number's downloads need its socket, which only a web process has.
  const telegramFetcher = config.telegram
    ? (await import('./channels/telegram/telegram-file-fetcher.ts')).telegramFileFetcher(config.telegram)
    : null;
  const evidenceWorker = startEvidenceWorker({
    db: database.relaxed,
    storage: evidenceStorage,
    keys: evidenceKeys,
    limits: config.evidence.limits,
    fetchers: { ...(telegramFetcher ? { telegram: telegramFetcher } : {}), ...whatsapp?.fetchers },
    logger,
    pollMs: config.evidence.pollMs,
    leaseMs: config.evidence.leaseMs,
    // A file refused after its download is told to the person (one message, queued with the outcome).
    notice: { texts: content.texts, onQueued: () => outbox.wake() },
  });
  const outbox = {
    wake() {
      inlineWorker?.wake();
      notifyWorkers?.();
      partnerDeliveries.wake();
      // A message that queued replies may have brought files: fetch them now, not at the next poll.
      evidenceWorker.wake();
    },
    stop: async () => {
      await inlineWorker?.stop();
      await partnerDeliveries.stop();
      await evidenceWorker.stop();
    },
  };
  // A full batch means more may be waiting: keep sweeping (bounded) rather than wait for the next tick.
  let sweeping = false;
  let retainedAt = 0;
  const sweeper = setInterval(async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      for (let round = 0; round < 20 && (await sweepTimeouts(host, 50)) === 50; round++) {}
      // Staff replies whose safe window has opened go out now.
      let released = 0;
      for (let round = 0; round < 20; round++) {
        const batch = await releaseDueHeldReplies(database.db, host.clock(), 50);
        released += batch;
        if (batch < 50) break;
      }
      if (released > 0) outbox.wake();
      // Retention at most once an hour: closed cases past their time lose each class of personal data.
      if (host.clock().getTime() - retainedAt >= 3_600_000) {
        retainedAt = host.clock().getTime();
        const purged = await applyRetention(database.db, config.retention, host.clock());
        if (Object.values(purged).some((n) => n > 0)) logger.info({ event: 'retention_applied', ...purged });
      }
    } catch (error) {
      logger.error({ event: 'sweep_failed', ...errorForLog(error) });
    } finally {
      sweeping = false;
    }
  }, config.timeoutSweepMs);

  const deskLive = await startDeskLive({
    db: database.db,
    listen: database.listen,
    logger,
    clock: host.clock,
  });
  const desk = createDeskApp(
    {
      db: database.db,
      clock: host.clock,
      logger,
      config: config.desk,
      content,
      missions,
      reloadMissions: liveMissions.reload,
      channels: {
        telegram: config.telegram ? { mode: config.telegram.mode } : null,
        whatsapp: { baileys: whatsapp?.baileys ?? null, cloud: config.whatsapp.cloud !== null },
      },
      slaMinutes: config.slaMinutes,
      listen: database.listen,
      onQueued: outbox.wake,
      live: deskLive,
      clientIp: clientIpReader(config.trustProxyHops),
      // The desk reads the files people sent (and caches its copies of them) through the same storage and keys.
      evidence: { storage: evidenceStorage, keys: evidenceKeys },
    },
    DESK_AREAS,
  );

  const app = createApp({
    host,
    logger,
    desk,
    evidence: {
      storage: evidenceStorage,
      keys: evidenceKeys,
      limits: config.evidence.limits,
      uploadMaxBytes: config.evidence.uploadMaxBytes,
    },
    onQueued: outbox.wake,
    clientIp: clientIpReader(config.trustProxyHops),
    mounts: [
      ...(metrics && config.metrics.token
        ? [{ path: '/metrics', app: metricsRoutes(metrics, logger, config.metrics.token) }]
        : []),
      ...(telegram?.webhook && telegramModule
        ? [{ path: telegramModule.TELEGRAM_WEBHOOK_PATH, app: telegram.webhook }]
        : []),
      ...(whatsapp?.mounts ?? []),
      {
        path: '/api/partner/v1',
        app: partnerApiRoutes({
          db: database.db,
          clock: host.clock,
          logger,
          content,
          replayWindowSeconds: config.partners.replayWindowSeconds,
          onQueued: outbox.wake,
          clientIp: clientIpReader(config.trustProxyHops),
        }),
      },
    ],
  });
  const metricsServer =
    metrics && config.metrics.port
      ? serve({
          fetch: new Hono().route('/metrics', metricsRoutes(metrics, logger)).fetch,
          port: config.metrics.port,
          hostname: config.metrics.host,
        })
      : null;
  let firstAdmin: Promise<void> = Promise.resolve();
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info(
      {
        event: 'ready',
        port: info.port,
        database: database.kind,
        startup_ms: Math.round(performance.now()),
        modules_ms: Math.round(timings.importedAt),
        database_ms: Math.round(databaseReadyAt - timings.databaseStartedAt),
        telegram: telegram ? config.telegram!.mode : 'off',
        whatsapp: whatsapp?.mode ?? 'off',
        evidence: evidenceStorage.describe,
      },
      `Suar is ready: web chat on http://localhost:${info.port}/`,
    );
    // Why after serving: on a first start, hashing the one-time password (argon2) and writing the account
    // take a third of a second of CPU, and nothing that answers before needs the account (its password is
    // not printed yet). The password is still printed once, here.
    firstAdmin = ensureFirstAdmin({
      db: database.db,
      email: config.deskAdminEmail,
      deskUrl: `${config.desk.publicUrl ?? `http://localhost:${config.port}`}/desk`,
      logger,
    }).catch((error) =>
      logger.error(
        { event: 'desk_admin_failed', ...errorForLog(error) },
        'Could not create the first desk admin; the next start tries again',
      ),
    );
  });

  if (telegram) {
    // Suar serves the web chat even when Telegram is unreachable; the webhook route still answers updates.
    telegram
      .connect()
      .catch((error) => logger.error({ event: 'telegram_connect_failed', ...errorForLog(error) }));
  } else {
    logger.info({ event: 'telegram_off' }, 'Telegram is off (no TELEGRAM_BOT_TOKEN)');
  }

  if (whatsapp) {
    whatsapp.start();
  } else {
    logger.info(
      { event: 'whatsapp_off' },
      'WhatsApp is off (neither WHATSAPP_BAILEYS=on nor the WHATSAPP_CLOUD_* settings)',
    );
  }

  let stopping = false;
  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'stopping', signal });
    clearInterval(sweeper);
    server.close();
    metricsServer?.close();
    await telegram?.stop();
    await whatsapp?.stop();
    await deskLive.stop();
    await liveMissions.stop();
    await outbox.stop();
    await firstAdmin;
    await database.close();
    process.exit(0);
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
