import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { WhatsappConfig } from '../../config.ts';
import type { Host } from '../../conversations/host.ts';
import type { EvidenceFetcher, FetchVia } from '../../evidence/evidence-fetcher.ts';
import type { ChannelSender } from '../../outbox/channel-sender.ts';
import {
  type BaileysConnection,
  type BaileysStatus,
  startBaileysConnection,
} from './baileys/baileys-connection.ts';
import { baileysMediaFetcher } from './baileys/baileys-media-fetcher.ts';
import { baileysSender } from './baileys/baileys-sender.ts';
import { printLinkCode } from './baileys/print-link-code.ts';
import { inProcessSocketLock, postgresSocketLock } from './baileys/socket-lock.ts';
import { cloudApiRoutes } from './cloud-api/cloud-api-routes.ts';
import { cloudApiSender } from './cloud-api/cloud-api-sender.ts';
import { cloudMediaFetcher } from './cloud-api/cloud-media-fetcher.ts';
import { whatsappSender } from './whatsapp-sender.ts';

/** Where the Cloud API webhook is served (configure `<public url>/whatsapp/webhook` in the Meta app). */
export const WHATSAPP_WEBHOOK_PATH = '/whatsapp/webhook';

/** The WhatsApp channel as main.ts sees it: a sender, routes to mount, start and stop. */
export interface WhatsappChannel {
  sender: ChannelSender;
  mounts: { path: string; app: Hono }[];
  /** 'baileys', 'cloud', 'baileys+cloud' or 'off', for the ready line. */
  mode: string;
  /** Downloads of the files people send, per way of fetching. */
  fetchers: Partial<Record<FetchVia, EvidenceFetcher>>;
  /** The Baileys link's state, for the desk's admin page (linking by QR); null when Baileys is off. */
  baileys: { status(): BaileysStatus } | null;
  start(): void;
  stop(): Promise<void>;
}

/** Builds the configured WhatsApp adapters; null when neither is configured (WhatsApp is off). */
export function createWhatsappChannel(options: {
  config: WhatsappConfig;
  host: Host;
  logger: Logger;
  /** Set when running on PostgreSQL: the socket owner is chosen by advisory lock. */
  databaseUrl: string | undefined;
  onQueued: () => void;
}): WhatsappChannel | null {
  const { config, host, logger, onQueued } = options;
  if (!config.baileys && !config.cloud) return null;
  const mounts: { path: string; app: Hono }[] = [];
  let cloud: ChannelSender | undefined;
  if (config.cloud) {
    cloud = cloudApiSender(host.db, config.cloud, logger);
    mounts.push({ path: WHATSAPP_WEBHOOK_PATH, app: cloudApiRoutes(host, config.cloud, onQueued) });
  }
  let connection: BaileysConnection | undefined;
  const baileys = config.baileys;
  const start = () => {
    if (!baileys) return;
    connection = startBaileysConnection({
      host,
      lock: options.databaseUrl ? postgresSocketLock(options.databaseUrl, 'default') : inProcessSocketLock(),
      ...(baileys.pairingPhone ? { pairingPhone: baileys.pairingPhone } : {}),
      onQueued,
      onLinkCode: (status) => {
        logger.info(
          { event: 'whatsapp_link_code' },
          'WhatsApp is waiting to be linked: scan the QR code below',
        );
        printLinkCode(status).catch(() => {});
      },
    });
  };
  const sender = whatsappSender({
    ...(baileys ? { baileys: baileysSender(host.db, () => connection?.socket()) } : {}),
    ...(cloud ? { cloud } : {}),
  });
  const fetchers: Partial<Record<FetchVia, EvidenceFetcher>> = {
    ...(baileys ? { baileys: baileysMediaFetcher(() => connection?.socket(), logger) } : {}),
    ...(config.cloud ? { whatsapp_cloud: cloudMediaFetcher(config.cloud) } : {}),
  };
  return {
    sender,
    mounts,
    fetchers,
    mode: [baileys ? 'baileys' : '', config.cloud ? 'cloud' : ''].filter(Boolean).join('+'),
    // Read lazily: the connection exists from start() on.
    baileys: baileys ? { status: () => connection?.status() ?? { state: 'standby' } } : null,
    start,
    async stop() {
      await connection?.stop();
    },
  };
}
