import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { TelegramConfig } from '../../config.ts';
import type { Host } from '../../conversations/host.ts';
import { errorForLog } from '../../logging/error-for-log.ts';
import type { ChannelSender } from '../../outbox/channel-sender.ts';
import { createSendPacer, type SendPacerOptions } from '../../outbox/send-pacer.ts';
import { createTelegramIdRecorder } from './telegram-id-recorder.ts';
import { telegramSender } from './telegram-sender.ts';
import { telegramUpdateHandler } from './telegram-updates.ts';
import { telegramWebhookRoutes } from './telegram-webhook-routes.ts';

/** Where the webhook is mounted in the HTTP app. */
export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook';

/** Telegram's published limits: about 1 message/s in one chat, 30/s overall; a short burst per chat passes. */
export const TELEGRAM_PACE: SendPacerOptions = {
  perAddressPerSecond: 1,
  perAddressBurst: 3,
  overallPerSecond: 30,
};

/** What the Telegram channel is built from. */
export interface TelegramChannelOptions {
  config: TelegramConfig;
  host: Host;
  logger: Logger;
  onQueued: () => void;
  /** Longest wait on a 429 inside one send; longer ones go back to the outbox with Telegram's delay. */
  maxRetryDelaySeconds?: number;
  pace?: SendPacerOptions;
}

/** The running pieces of the Telegram channel. */
export interface TelegramChannel {
  bot: Bot;
  sender: ChannelSender;
  /** The webhook sub-app (webhook mode only). */
  webhook: ReturnType<typeof telegramWebhookRoutes> | null;
  /** Registers the webhook (when a public URL is set) or starts long polling. */
  connect(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The grammY bot for Suar's settings: keep-alive HTTP, a timeout shorter than an outbox lease, and short 429s
 * waited out in place. Used by the channel, and alone by a separate outbox worker (which only sends).
 */
export function createTelegramBot(config: TelegramConfig, maxRetryDelaySeconds = 5): Bot {
  const bot = new Bot(config.token, {
    ...(config.botInfo ? { botInfo: config.botInfo as unknown as UserFromGetMe } : {}),
    // Why 40 s: a send must not hold its outbox lease for grammY's default of 500 s; long polling waits 30 s.
    client: {
      apiRoot: config.apiRoot,
      timeoutSeconds: 40,
      // Why keep-alive: without it every send opens a new TLS connection to Telegram.
      baseFetchConfig: {
        agent: config.apiRoot.startsWith('https:')
          ? new HttpsAgent({ keepAlive: true, maxSockets: 50 })
          : new HttpAgent({ keepAlive: true, maxSockets: 50 }),
        compress: true,
      },
    },
  });
  // Short 429s are waited out in place; network errors and 5xx go back to the outbox, whose backoff is
  // persistent (auto-retry would retry network errors without bound).
  bot.api.config.use(
    autoRetry({
      maxRetryAttempts: 2,
      maxDelaySeconds: maxRetryDelaySeconds,
      rethrowHttpErrors: true,
      rethrowInternalServerErrors: true,
    }),
  );
  return bot;
}

/** Builds the bot, its update handler, the outbox sender and (in webhook mode) the webhook route. */
export function createTelegramChannel(options: TelegramChannelOptions): TelegramChannel {
  const { config, host, logger } = options;
  const bot = createTelegramBot(config, options.maxRetryDelaySeconds);
  // Message-id bookkeeping: a lost record costs at most a repeated part or an undeleted message.
  const recorder = createTelegramIdRecorder(host.relaxed);
  bot.use(telegramUpdateHandler({ host, logger, onQueued: options.onQueued, recorder }));
  bot.catch((error) => {
    // Polling only (webhook errors reach the HTTP edge): the update is skipped, so say so loudly.
    logger.error({
      event: 'telegram_update_failed',
      update_id: error.ctx.update.update_id,
      ...errorForLog(error.error),
    });
  });

  const sender = telegramSender({
    api: bot.api,
    db: host.relaxed,
    recorder,
    pacer: createSendPacer(options.pace ?? TELEGRAM_PACE),
    logger,
  });
  const webhook =
    config.mode === 'webhook' && config.webhookSecret
      ? telegramWebhookRoutes(bot, config.webhookSecret)
      : null;

  return {
    bot,
    sender,
    webhook,
    async connect() {
      if (config.mode === 'polling') {
        // Polling and a webhook exclude each other at Telegram: drop the webhook first.
        await bot.api.deleteWebhook();
        void bot.start({
          allowed_updates: ['message', 'edited_message', 'channel_post'],
          drop_pending_updates: false,
        });
        logger.info({ event: 'telegram_polling' }, 'Telegram: long polling (development mode)');
        return;
      }
      await bot.init();
      if (config.publicUrl) {
        await bot.api.setWebhook(`${config.publicUrl}${TELEGRAM_WEBHOOK_PATH}`, {
          secret_token: config.webhookSecret!,
          allowed_updates: ['message', 'edited_message', 'channel_post'],
          max_connections: 40,
        });
        logger.info({ event: 'telegram_webhook_set' }, 'Telegram: webhook registered');
      } else {
        logger.info(
          { event: 'telegram_webhook_unregistered' },
          'Telegram: webhook route ready, not registered',
        );
      }
    },
    async stop() {
      if (bot.isRunning()) await bot.stop();
    },
  };
}
