import fc from 'fast-check';
import type { Hono } from 'hono';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanInbound, cleanText } from '../../src/channels/clean-inbound.ts';
import type { InboundMessage } from '../../src/channels/inbound-message.ts';
import { MalformedUpdateError, normalizeUpdate } from '../../src/channels/telegram/normalize-update.ts';
import {
  createTelegramChannel,
  TELEGRAM_WEBHOOK_PATH,
} from '../../src/channels/telegram/telegram-channel.ts';
import { SECRET_HEADER } from '../../src/channels/telegram/telegram-webhook-routes.ts';
import { mapBaileysMessage } from '../../src/channels/whatsapp/baileys/map-baileys-message.ts';
import { cloudApiRoutes } from '../../src/channels/whatsapp/cloud-api/cloud-api-routes.ts';
import {
  MalformedWebhookError,
  mapCloudWebhook,
} from '../../src/channels/whatsapp/cloud-api/map-cloud-webhook.ts';
import { signWhatsappBody } from '../../src/channels/whatsapp/cloud-api/verify-whatsapp-signature.ts';
import { InvalidInboundError, validateInbound } from '../../src/conversations/validate-inbound.ts';
import type { Database } from '../../src/db/database.ts';
import { DESK_AREAS } from '../../src/desk/desk-areas.ts';
import { createFairness, DEFAULT_FAIRNESS_LIMITS } from '../../src/fairness/inbound-fairness.ts';
import { FAKE_BOT_INFO } from '../channels/telegram/fake-bot-api.ts';
import { databaseKinds, openTestDatabase } from '../support/databases.ts';
import { deskTestApp, TEST_ORIGIN } from '../support/desk.ts';

// Property-based fuzzing of every HTTP route and every channel normaliser: whatever arrives, no 5xx, no
// unhandled rejection, nothing stored for input that was refused, and a normaliser either gives a message
// the core accepts or says why not. FUZZ_RUNS scales every run (1 = the CI size, which keeps the file to
// seconds; try FUZZ_RUNS=20 for a deep run).

const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

// --- building blocks ------------------------------------------------------------------------------------

/** Text as platforms and browsers may send it: any code point, lone surrogates and control characters too. */
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    'ok\ud800x',
    '\udc00',
    'a\u0000b',
    '\u0000',
    ' ',
    '😀'.slice(0, 1),
    'SOS',
    'ya',
    '/start x',
    '',
  ),
  // Long ones are fixed: generating thousands of random characters per sample costs seconds, not coverage.
  fc.constantFrom(`${'cerita panjang '.repeat(300)}\ud800`, '\u0000'.repeat(5000), 'ä'.repeat(70_000)),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, 1e308, -0));

// --- the routes -------------------------------------------------------------------------------------------

/** One request to the app. */
interface FuzzRequest {
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** A well-formed request the route must accept (2xx): bad characters in it are cleaned, never refused. */
  mustAccept?: boolean;
}

/** What route generators may use: a conversation to post into, secrets the webhooks check. */
interface FuzzContext {
  conversation: { id: string; token: string };
}

/**
 * Every route under fuzz. A new route (a desk page, a partner API) is one more entry: a name and an
 * arbitrary of requests to it.
 */
const ROUTES: { name: string; requests: (ctx: FuzzContext) => fc.Arbitrary<FuzzRequest> }[] = [
  {
    name: 'GET health, readiness, the page and unknown paths',
    requests: () =>
      fc
        .oneof(
          fc.constantFrom('/healthz', '/readyz', '/', '/api/webchat', '/nope'),
          fc.webPath().map((p) => p || '/'),
        )
        .map((path) => ({ path, method: 'GET', headers: {} })),
  },
  {
    name: 'POST /api/webchat/conversations',
    requests: () =>
      fc
        .oneof(
          fc.constant(''),
          nastyText,
          anyJson.map((v) => JSON.stringify(v)),
          fc
            .record({ token: fc.oneof(nastyText, fc.base64String({ minLength: 30, maxLength: 140 })) })
            .map((v) => JSON.stringify(v)),
        )
        .map((body) => ({
          path: '/api/webchat/conversations',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })),
  },
  {
    name: 'POST /api/webchat/conversations/:id/messages',
    requests: ({ conversation }) =>
      fc
        .record({
          body: fc.oneof(
            fc
              .record(
                {
                  id: fc.oneof(nastyText, fc.integer(), fc.constant(null)),
                  text: fc.oneof(nastyText, anyJson),
                  location: fc.oneof(fc.record({ latitude: number, longitude: number }), anyJson),
                  extra: anyJson,
                },
                { requiredKeys: [] },
              )
              .map((v) => JSON.stringify(v)),
            nastyText,
          ),
          auth: fc.oneof(
            fc.constant(`Bearer ${conversation.token}`),
            nastyText.filter((s) => /^[\x20-\x7e]*$/.test(s)),
          ),
          id: fc.oneof(fc.constant(conversation.id), fc.uuid(), fc.webSegment()),
        })
        .map(({ body, auth, id }) => ({
          path: `/api/webchat/conversations/${encodeURIComponent(id)}/messages`,
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body,
        })),
  },
  {
    name: 'POST /api/webchat/conversations/:id/messages, well-formed: always accepted',
    requests: ({ conversation }) =>
      fc
        .record({
          id: fc.option(fc.stringMatching(/^[\w-]{1,100}$/), { nil: undefined }),
          text: nastyText.filter((t) => t.trim().length <= 4096 && cleanText(t).trim().length > 0),
        })
        .map((body) => ({
          path: `/api/webchat/conversations/${conversation.id}/messages`,
          method: 'POST',
          headers: { authorization: `Bearer ${conversation.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          mustAccept: true,
        })),
  },
  {
    name: 'GET /api/webchat/conversations/:id/messages',
    requests: ({ conversation }) =>
      fc.oneof(fc.string(), fc.nat().map(String), fc.constant('99999999999999999999')).map((after) => ({
        path: `/api/webchat/conversations/${conversation.id}/messages?after=${encodeURIComponent(after)}`,
        method: 'GET',
        headers: { authorization: `Bearer ${conversation.token}` },
      })),
  },
  {
    name: 'POST /telegram/webhook',
    requests: () =>
      fc
        .oneof(
          telegramUpdate.map((u) => JSON.stringify(u)),
          nastyText,
        )
        .map((body) => ({
          path: TELEGRAM_WEBHOOK_PATH,
          method: 'POST',
          headers: { 'content-type': 'application/json', [SECRET_HEADER]: TELEGRAM_SECRET },
          body,
        })),
  },
  {
    name: 'POST /whatsapp/webhook',
    requests: () =>
      fc
        .oneof(
          cloudPayload.map((p) => JSON.stringify(p)),
          nastyText,
        )
        .map((body) => ({
          path: '/whatsapp/webhook',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-hub-signature-256': signWhatsappBody(body, CLOUD.appSecret),
          },
          body,
        })),
  },
  {
    name: 'GET and POST /desk/*',
    requests: () =>
      fc
        .record({
          path: fc.oneof(
            fc.constantFrom('/desk', '/desk/sign-in', '/desk/account', '/desk/queue'),
            fc.webPath().map((p) => `/desk${p}`),
          ),
          method: fc.constantFrom('GET', 'POST'),
          body: fc.oneof(
            fc
              .record({ email: nastyText, password: nastyText })
              .map((f) => new URLSearchParams(f).toString()),
            nastyText,
          ),
        })
        .map(({ path, method, body }) => ({
          path,
          method,
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_ORIGIN },
          ...(method === 'POST' ? { body } : {}),
        })),
  },
];

// --- platform payloads --------------------------------------------------------------------------------------

const TELEGRAM_SECRET = 'fuzz-secret-token-0123456789';
const CLOUD = { appSecret: 'fuzz-app-secret', verifyToken: 'fuzz-verify-token', phoneNumberId: '1234567' };

const telegramMessage = fc.record(
  {
    message_id: fc.oneof(fc.nat(), anyJson),
    date: fc.oneof(fc.nat(), anyJson),
    chat: fc.record(
      {
        id: fc.oneof(fc.integer(), fc.constant(1e20), anyJson),
        type: fc.oneof(fc.constantFrom('private', 'group', 'supergroup', 'channel'), fc.string()),
      },
      { requiredKeys: [] },
    ),
    from: fc.record(
      { id: fc.integer(), is_bot: fc.boolean(), language_code: nastyText },
      { requiredKeys: [] },
    ),
    text: nastyText,
    caption: nastyText,
    sticker: fc.record({ file_id: nastyText, emoji: nastyText }, { requiredKeys: ['file_id'] }),
    location: fc.record({ latitude: number, longitude: number }),
    contact: fc.record({ phone_number: nastyText }),
    photo: fc.array(fc.record({ file_id: nastyText, file_size: fc.oneof(fc.nat(), anyJson) }), {
      maxLength: 3,
    }),
    edit_date: fc.nat(),
  },
  { requiredKeys: [] },
);
const telegramUpdate = fc.record(
  {
    update_id: fc.oneof(fc.nat(), anyJson),
    message: telegramMessage,
    edited_message: telegramMessage,
    channel_post: telegramMessage,
    callback_query: anyJson,
  },
  { requiredKeys: ['update_id'] },
);

const cloudMessage = fc.record(
  {
    from: fc.oneof(fc.constantFrom('6281234567890', '60123456789'), nastyText),
    id: nastyText,
    timestamp: fc.nat().map(String),
    type: fc.oneof(
      fc.constantFrom(
        'text',
        'location',
        'contacts',
        'interactive',
        'button',
        'image',
        'audio',
        'sticker',
        'reaction',
      ),
      fc.string(),
    ),
    text: fc.record({ body: nastyText }),
    location: fc.record({ latitude: number, longitude: number }),
    contacts: fc.array(
      fc.record({
        phones: fc.array(fc.record({ phone: nastyText, wa_id: nastyText }, { requiredKeys: [] })),
      }),
    ),
    interactive: fc.record(
      { type: fc.string(), button_reply: fc.record({ id: nastyText, title: nastyText }) },
      { requiredKeys: ['type'] },
    ),
    image: fc.record({ id: nastyText, mime_type: nastyText, caption: nastyText }, { requiredKeys: ['id'] }),
    sticker: fc.record({ id: nastyText, mime_type: nastyText }),
  },
  { requiredKeys: ['from', 'id', 'type'] },
);
const cloudPayload = fc.oneof(
  fc.record({
    object: fc.constant('whatsapp_business_account'),
    entry: fc.array(
      fc.record({
        changes: fc.array(
          fc.record({
            field: fc.constantFrom('messages', 'other'),
            value: fc.record(
              {
                metadata: fc.record({ phone_number_id: fc.constantFrom(CLOUD.phoneNumberId, '999') }),
                messages: fc.array(cloudMessage, { maxLength: 3 }),
                statuses: fc.array(
                  fc.record(
                    {
                      id: nastyText,
                      status: nastyText,
                      timestamp: fc.string(),
                      errors: fc.array(fc.record({ code: fc.integer(), title: nastyText })),
                    },
                    { requiredKeys: ['id', 'status'] },
                  ),
                  { maxLength: 2 },
                ),
              },
              { requiredKeys: ['metadata'] },
            ),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 2 },
    ),
  }),
  anyJson,
);

const jid = fc.oneof(
  fc.constantFrom(
    '6281234567890@s.whatsapp.net',
    '6281234567890:12@s.whatsapp.net',
    '123456789@lid',
    '120363@g.us',
    'status@broadcast',
    '1@newsletter',
  ),
  nastyText,
);
const baileysContent = fc.oneof(
  fc.record({ conversation: nastyText }),
  fc.record({ extendedTextMessage: fc.record({ text: nastyText }) }),
  fc.record({
    imageMessage: fc.record(
      { caption: nastyText, mimetype: nastyText, fileLength: fc.oneof(fc.nat(), fc.constant(-1)) },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    locationMessage: fc.record({ degreesLatitude: number, degreesLongitude: number }, { requiredKeys: [] }),
  }),
  fc.record({ contactMessage: fc.record({ vcard: nastyText }) }),
  fc.record({ stickerMessage: fc.record({ mimetype: nastyText }) }),
  fc.record({ ephemeralMessage: fc.record({ message: fc.record({ conversation: nastyText }) }) }),
  fc.record({ protocolMessage: fc.record({ type: fc.nat() }) }),
  anyJson,
);
const baileysMessage = fc.record(
  {
    key: fc.record(
      { remoteJid: jid, remoteJidAlt: jid, id: nastyText, fromMe: fc.boolean() },
      { requiredKeys: [] },
    ),
    message: fc.oneof(baileysContent, fc.constant(null)),
  },
  { requiredKeys: ['key'] },
);

/** A normalised message either passes the core's checks after cleaning or is refused with a reason. */
function acceptedOrRefused(message: InboundMessage): void {
  try {
    validateInbound(cleanInbound(message));
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInboundError);
  }
}

// --- the properties -------------------------------------------------------------------------------------

describe('channel normalisers under fuzz', () => {
  it('Telegram: every update is a message, ignored, or malformed (400), never another throw', () => {
    fc.assert(
      fc.property(telegramUpdate, (update) => {
        try {
          const normalized = normalizeUpdate(update as never);
          if (normalized.type === 'message') acceptedOrRefused(normalized.message);
        } catch (error) {
          expect(error).toBeInstanceOf(MalformedUpdateError);
        }
      }),
      { numRuns: runs(250) },
    );
  });

  it('WhatsApp Cloud: every payload maps or is malformed (400), never another throw', () => {
    fc.assert(
      fc.property(cloudPayload, (payload) => {
        try {
          for (const { message } of mapCloudWebhook(payload, CLOUD.phoneNumberId).messages)
            acceptedOrRefused(message);
        } catch (error) {
          expect(error).toBeInstanceOf(MalformedWebhookError);
        }
      }),
      { numRuns: runs(250) },
    );
  });

  it('WhatsApp Baileys: every message maps or is ignored with a reason, never a throw', () => {
    fc.assert(
      fc.property(baileysMessage, (wa) => {
        const mapped = mapBaileysMessage(wa as never);
        if (mapped.type === 'message') acceptedOrRefused(mapped.message);
        else expect(typeof mapped.reason).toBe('string');
      }),
      { numRuns: runs(250) },
    );
  });
});

for (const kind of databaseKinds) {
  describe(`every HTTP route under fuzz [${kind}]`, () => {
    let database: Database;
    let app: Hono;
    let ctx: FuzzContext;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);

    beforeAll(async () => {
      process.on('unhandledRejection', onUnhandled);
      database = await openTestDatabase(kind);
      const built = deskTestApp(database, DESK_AREAS, {
        mounts: (host) => {
          // Past the rate limits the web chat answers 429; the fuzz is about input, so the limits stand aside.
          host.fairness = createFairness({
            ...DEFAULT_FAIRNESS_LIMITS,
            perContact: { burst: 1e6, perMinute: 1e6 },
            perIp: { burst: 1e6, perMinute: 1e6 },
            conversationsPerIp: { burst: 1e6, perMinute: 1e6 },
            messagesPerHour: 1e6,
          });
          const telegram = createTelegramChannel({
            config: {
              token: '42:FUZZ-token',
              mode: 'webhook',
              webhookSecret: TELEGRAM_SECRET,
              publicUrl: undefined,
              // Nothing listens there: the group notice fails and is logged, as when Telegram is away.
              apiRoot: 'http://127.0.0.1:9',
              botInfo: FAKE_BOT_INFO,
            },
            host,
            logger: pino({ level: 'silent' }),
            onQueued: () => {},
          });
          return [
            { path: TELEGRAM_WEBHOOK_PATH, app: telegram.webhook! },
            { path: '/whatsapp/webhook', app: cloudApiRoutes(host, CLOUD) },
          ];
        },
      });
      app = built.app as unknown as Hono;
      const created = await app.request('/api/webchat/conversations', { method: 'POST' });
      ctx = { conversation: (await created.json()) as FuzzContext['conversation'] };
    });

    afterAll(async () => {
      process.off('unhandledRejection', onUnhandled);
      await database?.close();
    });

    /** What a person's input can leave behind. */
    async function stored() {
      const count = async (table: 'messages' | 'inbound_receipts' | 'contacts' | 'webchat_conversations') =>
        Number(
          (
            await database.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return {
        messages: await count('messages'),
        receipts: await count('inbound_receipts'),
        contacts: await count('contacts'),
        conversations: await count('webchat_conversations'),
      };
    }

    for (const route of ROUTES) {
      it(route.name, async () => {
        await fc.assert(
          fc.asyncProperty(route.requests(ctx), async (request) => {
            const before = await stored();
            const res = await app.request(request.path, {
              method: request.method,
              headers: request.headers,
              ...(request.body !== undefined ? { body: request.body } : {}),
            });
            await res.arrayBuffer();
            expect(res.status, `${request.method} ${request.path}`).toBeLessThan(500);
            if (request.mustAccept) expect(res.status, request.body).toBe(202);
            if (res.status >= 400) expect(await stored()).toEqual(before);
          }),
          { numRuns: runs(kind === 'pglite' ? 40 : 20) },
        );
        expect(unhandled).toEqual([]);
      });
    }
  });
}
