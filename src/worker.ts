// `npm run worker`: the outbox worker as a process of its own, for deployments that send apart from the web
// processes (set OUTBOX_WORKER=separate on those). It sends web chat, Telegram and WhatsApp Cloud rows; a
// linked WhatsApp number (Baileys) keeps sending from the web process that holds its socket. Woken by
// LISTEN/NOTIFY on every commit that queued rows, and polling as a fallback. Needs PostgreSQL: an embedded
// PGlite belongs to one process.
import { pino } from 'pino';
import type { ChannelName } from './channels/inbound-message.ts';
import { webchatSender } from './channels/webchat/webchat-sender.ts';
import { loadConfigOrExit } from './config.ts';
import { loadContent } from './content/load-content.ts';
import { openDatabase } from './db/database.ts';
import { isMigrated } from './db/migrate.ts';
import type { EvidenceFetcher, FetchVia } from './evidence/evidence-fetcher.ts';
import { createEvidenceStorage, loadEvidenceKeys } from './evidence/evidence-setup.ts';
import { startEvidenceWorker } from './evidence/evidence-worker.ts';
import type { ChannelSender } from './outbox/channel-sender.ts';
import { OUTBOX_CHANNEL, startOutboxWorker } from './outbox/outbox-worker.ts';
import { createSendPacer } from './outbox/send-pacer.ts';

const config = loadConfigOrExit();
if (!config.databaseUrl) {
  console.error(
    'npm run worker needs DATABASE_URL: an embedded PGlite database belongs to the one process that opened it',
  );
  process.exit(1);
}

const logger = pino({ level: config.logLevel });
const database = await openDatabase({
  url: config.databaseUrl,
  poolSize: 4,
  timeouts: config.database.timeouts,
});
if (!(await isMigrated(database.db))) {
  // The web process migrates at its start; a worker never sends against a schema it does not know.
  logger.error(
    { event: 'worker_not_migrated' },
    'the database is not migrated yet: start Suar (npm start) first',
  );
  await database.close();
  process.exit(1);
}

const senders: Partial<Record<ChannelName, ChannelSender>> = { webchat: webchatSender };
if (config.telegram) {
  const { createTelegramBot, TELEGRAM_PACE } = await import('./channels/telegram/telegram-channel.ts');
  const { telegramSender } = await import('./channels/telegram/telegram-sender.ts');
  senders.telegram = telegramSender({
    api: createTelegramBot(config.telegram).api,
    db: database.relaxed,
    pacer: createSendPacer(TELEGRAM_PACE),
    logger,
  });
}
if (config.whatsapp.cloud && !config.whatsapp.baileys) {
  const { cloudApiSender } = await import('./channels/whatsapp/cloud-api/cloud-api-sender.ts');
  const { whatsappSender } = await import('./channels/whatsapp/whatsapp-sender.ts');
  senders.whatsapp = whatsappSender({ cloud: cloudApiSender(database.db, config.whatsapp.cloud, logger) });
}
const channels = Object.keys(senders) as ChannelName[];

// Downloads of the files people send (a linked WhatsApp number's stay with the process holding its socket).
// Woken by the same notification as the outbox: a message that brought files also queued replies.
const fetchers: Partial<Record<FetchVia, EvidenceFetcher>> = {};
if (config.telegram) {
  const { telegramFileFetcher } = await import('./channels/telegram/telegram-file-fetcher.ts');
  fetchers.telegram = telegramFileFetcher(config.telegram);
}
if (config.whatsapp.cloud) {
  const { cloudMediaFetcher } = await import('./channels/whatsapp/cloud-api/cloud-media-fetcher.ts');
  fetchers.whatsapp_cloud = cloudMediaFetcher(config.whatsapp.cloud);
}
const evidence = startEvidenceWorker({
  db: database.relaxed,
  storage: createEvidenceStorage(config.evidence),
  keys: loadEvidenceKeys(config.evidence, logger),
  limits: config.evidence.limits,
  fetchers,
  logger,
  pollMs: config.evidence.pollMs,
  leaseMs: config.evidence.leaseMs,
  listen: { listen: database.listen, channel: OUTBOX_CHANNEL },
  // A file refused after its download is told to the person, in the locales' texts (the web process
  // checked them at its start).
  notice: { texts: loadContent().texts, onQueued: () => outbox.wake() },
});

const outbox = startOutboxWorker({
  db: database.relaxed,
  senders,
  channels,
  logger,
  pollMs: config.outboxPollMs,
  listen: database.listen,
});
logger.info({ event: 'worker_ready', channels }, `Suar's outbox worker is sending: ${channels.join(', ')}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ event: 'stopping', signal });
  await outbox.stop();
  await evidence.stop();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
