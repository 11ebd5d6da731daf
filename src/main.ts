// Composes Suar: configuration, database, content, host, HTTP, workers. The only file that starts things.
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { webchatSender } from './channels/webchat/webchat-sender.ts';
import { ConfigError, loadConfig } from './config.ts';
import { lintContent } from './content/lint-content.ts';
import { ContentError, loadContent } from './content/load-content.ts';
import type { Host } from './conversations/host.ts';
import { HOST_TEXT_KEYS } from './conversations/host-text-keys.ts';
import { sweepTimeouts } from './conversations/sweep-timeouts.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createApp } from './http/app.ts';
import { startOutboxWorker } from './outbox/outbox-worker.ts';

const startedAt = performance.now();
let config: ReturnType<typeof loadConfig>;
let content: ReturnType<typeof loadContent>;
try {
  config = loadConfig();
  content = loadContent();
  const problems = lintContent(content, HOST_TEXT_KEYS);
  if (problems.length > 0) throw new ContentError(problems);
} catch (error) {
  if (error instanceof ConfigError || error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = pino({ level: config.logLevel });
const database = await openDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: config.dataDir },
);
await migrateToLatest(database.db);

const host: Host = {
  db: database.db,
  content,
  clock: () => new Date(),
  logger,
  sessionTimeoutMs: config.sessionTimeoutMs,
  slaMinutes: config.slaMinutes,
};

const outbox = startOutboxWorker({
  db: database.db,
  senders: { webchat: webchatSender },
  logger,
  pollMs: config.outboxPollMs,
});
const sweeper = setInterval(() => {
  sweepTimeouts(host).catch((error) =>
    logger.error({ event: 'sweep_failed', err: (error as Error).message }),
  );
}, config.timeoutSweepMs);

const app = createApp({ host, logger, onQueued: outbox.wake });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info(
    {
      event: 'ready',
      port: info.port,
      database: database.kind,
      startup_ms: Math.round(performance.now() - startedAt),
      telegram: 'off',
      whatsapp: 'off',
    },
    `Suar is ready: web chat on http://localhost:${info.port}/`,
  );
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ event: 'stopping', signal });
  clearInterval(sweeper);
  server.close();
  await outbox.stop();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
