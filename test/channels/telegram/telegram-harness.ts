import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Kysely } from 'kysely';
import { pino } from 'pino';
import {
  createTelegramChannel,
  TELEGRAM_WEBHOOK_PATH,
  type TelegramChannel,
} from '../../../src/channels/telegram/telegram-channel.ts';
import { SECRET_HEADER } from '../../../src/channels/telegram/telegram-webhook-routes.ts';
import type { DB } from '../../../src/db/schema.ts';
import { createApp } from '../../../src/http/app.ts';
import { drainOutboxOnce } from '../../../src/outbox/outbox-worker.ts';
import { testHost } from '../../support/test-host.ts';
import { FAKE_BOT_INFO, type FakeBotApi, startFakeBotApi } from './fake-bot-api.ts';

/** The webhook secret the harness configures. */
export const TEST_SECRET = 'test-secret-token-0123456789';

/**
 * Suar's HTTP app with the Telegram channel, served on 127.0.0.1, and a fake Bot API behind the bot.
 * Its host runs on the real clock, because Telegram dates and outbox due times are real.
 */
export async function startTelegramHarness(db: Kysely<DB>, options: { maxRetryDelaySeconds?: number } = {}) {
  const fake = await startFakeBotApi();
  const logger = pino({ level: 'silent' });
  const { host } = testHost(db, new Date().toISOString());
  host.clock = () => new Date();
  const channel: TelegramChannel = createTelegramChannel({
    config: {
      token: '42:TEST-token',
      mode: 'webhook',
      webhookSecret: TEST_SECRET,
      publicUrl: undefined,
      apiRoot: fake.url,
      botInfo: FAKE_BOT_INFO,
    },
    host,
    logger,
    onQueued: () => {},
    maxRetryDelaySeconds: options.maxRetryDelaySeconds ?? 5,
    // Tests send bursts to one chat; pacing is tested on its own.
    pace: { perAddressPerSecond: 1000, perAddressBurst: 1000, overallPerSecond: 100_000 },
  });
  const app = createApp({ host, logger, mounts: [{ path: TELEGRAM_WEBHOOK_PATH, app: channel.webhook! }] });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${TELEGRAM_WEBHOOK_PATH}`;

  return {
    fake: fake as FakeBotApi,
    channel,
    host,
    /**
     * Posts a body to the webhook over real HTTP, on a fresh connection each time (a body refused before it
     * was read closes its connection, which a pooled client would try to reuse).
     */
    post(body: unknown, secret: string | null = TEST_SECRET): Promise<{ status: number; body: string }> {
      const data = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
      return new Promise((resolve, reject) => {
        const req = request(url, {
          method: 'POST',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': data.length,
            ...(secret !== null ? { [SECRET_HEADER]: secret } : {}),
          },
        });
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          );
        });
        // The server may answer (400) and close before the whole oversized body is written.
        req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
        req.end(data);
      });
    },
    /** Runs the outbox worker until nothing is due (at `clock`'s time, to let retry delays pass). */
    async drain(clock?: () => Date) {
      const options = { db, senders: { telegram: channel.sender }, logger, ...(clock ? { clock } : {}) };
      while ((await drainOutboxOnce(options)) > 0) {}
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    },
  };
}

/** The harness's handle. */
export type TelegramHarness = Awaited<ReturnType<typeof startTelegramHarness>>;

let nextUpdateId = 1;
let nextMessageId = 1;

/** A private-chat message update from a person, with fresh ids and the current time. */
export function messageUpdate(chatId: number, fields: Record<string, unknown>, languageCode = 'id') {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'A' },
      from: { id: chatId, is_bot: false, first_name: 'A', language_code: languageCode },
      ...fields,
    },
  };
}

/** A text message update. */
export function textUpdate(chatId: number, text: string) {
  return messageUpdate(chatId, { text });
}

/** A fresh private chat id. */
export function newChatId(): number {
  return 100_000_000 + Math.floor(Math.random() * 800_000_000);
}
