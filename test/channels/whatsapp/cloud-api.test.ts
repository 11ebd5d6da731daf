import { randomInt } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudApiRoutes } from '../../../src/channels/whatsapp/cloud-api/cloud-api-routes.ts';
import {
  classifyCloudFailure,
  cloudApiSender,
} from '../../../src/channels/whatsapp/cloud-api/cloud-api-sender.ts';
import { renderCloudMessage } from '../../../src/channels/whatsapp/cloud-api/render-cloud-message.ts';
import { signWhatsappBody } from '../../../src/channels/whatsapp/cloud-api/verify-whatsapp-signature.ts';
import { WHATSAPP_WEBHOOK_PATH } from '../../../src/channels/whatsapp/whatsapp-channel.ts';
import { withWhatsapp } from '../../../src/channels/whatsapp/whatsapp-schema.ts';
import { createApp } from '../../../src/http/app.ts';
import { findTicketByRef, listTicketEvents } from '../../../src/intake/tickets.ts';
import { drainOutboxOnce } from '../../../src/outbox/outbox-worker.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { SELF_REPORT_ANSWERS } from '../../support/intake-answers.ts';
import { testHost } from '../../support/test-host.ts';
import { type GraphRequest, startFakeGraphApi } from './fake-graph-api.ts';

const APP_SECRET = 'test-app-secret';
const PHONE_NUMBER_ID = '109876543210';
const settings = { appSecret: APP_SECRET, verifyToken: 'verify-me', phoneNumberId: PHONE_NUMBER_ID };

let seq = 0;
function newWaId(): string {
  return `6281${randomInt(10_000_000, 99_999_999)}`;
}

function textEvent(from: string, text: string, id = `wamid.IN${++seq}`) {
  return messageEvent(from, { id, type: 'text', text: { body: text } });
}

function messageEvent(from: string, message: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550001111', phone_number_id: PHONE_NUMBER_ID },
              contacts: [{ profile: { name: 'Someone' }, wa_id: from }],
              messages: [{ from, timestamp: '1767000000', ...message }],
            },
          },
        ],
      },
    ],
  };
}

function statusEvent(id: string, status: string, errors?: unknown[]) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA',
        changes: [
          {
            field: 'messages',
            value: {
              metadata: { phone_number_id: PHONE_NUMBER_ID },
              statuses: [
                { id, status, timestamp: '1767000100', recipient_id: '6281', ...(errors ? { errors } : {}) },
              ],
            },
          },
        ],
      },
    ],
  };
}

/** The HTTP app with the webhook mounted as main.ts mounts it. */
function webhookApp(host: ReturnType<typeof testHost>['host']) {
  return createApp({
    host,
    logger: host.logger,
    mounts: [{ path: WHATSAPP_WEBHOOK_PATH, app: cloudApiRoutes(host, settings) }],
  });
}

function post(app: ReturnType<typeof webhookApp>, payload: unknown, signature: string | null = 'good') {
  const raw = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature === 'good') headers['x-hub-signature-256'] = signWhatsappBody(raw, APP_SECRET);
  else if (signature) headers['x-hub-signature-256'] = signature;
  return app.request(WHATSAPP_WEBHOOK_PATH, { method: 'POST', body: raw, headers });
}

async function countInbound(db: any, address: string): Promise<number> {
  const row = await db
    .selectFrom('messages as m')
    .innerJoin('contacts as c', 'c.id', 'm.contact_id')
    .select((eb: any) => eb.fn.countAll().as('n'))
    .where('c.address', '=', address)
    .where('m.direction', '=', 'in')
    .executeTakeFirst();
  return Number(row.n);
}

describe('renderCloudMessage', () => {
  it('uses reply buttons for up to three short options, a list for more, text otherwise', () => {
    expect(
      renderCloudMessage({ text: 'Aman?', options: ['Ya', 'Tidak', 'Lewati'], expects: 'yes_no' }),
    ).toMatchObject({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Aman?' },
        action: {
          buttons: [
            { reply: { id: 'opt:0', title: 'Ya' } },
            { reply: { id: 'opt:1' } },
            { reply: { id: 'opt:2' } },
          ],
        },
      },
    });
    const many = renderCloudMessage({
      text: 'Siapa?',
      options: ['A', 'B', 'C', 'D', 'Sebuah pilihan yang sangat panjang sekali'],
      expects: 'choice',
    });
    expect(many).toMatchObject({ type: 'interactive', interactive: { type: 'list' } });
    const rows = (many as any).interactive.action.sections[0].rows;
    expect(rows).toHaveLength(5);
    expect(rows[4].title.length).toBeLessThanOrEqual(24);
    expect(rows[4].description).toBe('Sebuah pilihan yang sangat panjang sekali');
    expect(renderCloudMessage({ text: 'Halo', options: [], expects: null })).toEqual({
      type: 'text',
      text: { body: 'Halo', preview_url: false },
    });
  });

  it('asks for a location with a location request message', () => {
    expect(renderCloudMessage({ text: 'Di mana Anda?', options: ['Lewati'], expects: 'location' })).toEqual({
      type: 'interactive',
      interactive: {
        type: 'location_request_message',
        body: { text: 'Di mana Anda?\n\n· Lewati' },
        action: { name: 'send_location' },
      },
    });
  });
});

describe('classifyCloudFailure', () => {
  it('retries throttling and server errors, waits on a rejected token, and gives up on the rest', () => {
    expect(
      classifyCloudFailure({ ok: false, status: 429, code: 130429, title: 'x', retryAfterMs: 5000 }),
    ).toMatchObject({ type: 'retry', afterMs: 5000 });
    expect(classifyCloudFailure({ ok: false, status: 400, code: 131056, title: 'pair rate' })).toMatchObject({
      type: 'retry',
    });
    expect(classifyCloudFailure({ ok: false, status: 503, code: undefined, title: '' })).toMatchObject({
      type: 'retry',
    });
    expect(classifyCloudFailure({ ok: false, status: 0, code: undefined, title: 'network' })).toMatchObject({
      type: 'retry',
    });
    expect(
      classifyCloudFailure({ ok: false, status: 401, code: 190, title: 'OAuthException' }),
    ).toMatchObject({ type: 'retry' });
    expect(
      classifyCloudFailure({ ok: false, status: 400, code: 131026, title: 'undeliverable' }),
    ).toMatchObject({ type: 'permanent' });
    expect(
      classifyCloudFailure({ ok: false, status: 400, code: 100, title: 'invalid parameter' }),
    ).toMatchObject({ type: 'permanent' });
  });
});

describeEachDatabase('WhatsApp Cloud API', (database) => {
  let graph: Awaited<ReturnType<typeof startFakeGraphApi>>;
  beforeAll(async () => {
    graph = await startFakeGraphApi();
  });
  afterAll(async () => {
    await graph?.close();
  });

  function senderFor(
    host: ReturnType<typeof testHost>['host'],
    template?: { name: string; language: string },
  ) {
    return cloudApiSender(
      host.db,
      {
        graphUrl: graph.url,
        apiVersion: 'v21.0',
        phoneNumberId: PHONE_NUMBER_ID,
        accessToken: 'token-123',
        ...(template ? { template } : {}),
      },
      pino({ level: 'silent' }),
      host.clock,
    );
  }

  async function drain(
    host: ReturnType<typeof testHost>['host'],
    template?: { name: string; language: string },
  ) {
    const sender = senderFor(host, template);
    while (
      (await drainOutboxOnce({
        db: host.db,
        senders: { whatsapp: sender },
        logger: host.logger,
        clock: host.clock,
      })) > 0
    ) {}
  }

  it('answers the verification handshake only with the right token', async () => {
    const app = webhookApp(testHost(database().db, new Date().toISOString()).host);
    const ok = await app.request(
      `${WHATSAPP_WEBHOOK_PATH}?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await app.request(
      `${WHATSAPP_WEBHOOK_PATH}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`,
    );
    expect(wrong.status).toBe(403);
  });

  it('refuses unsigned and wrongly signed posts with 401 and stores nothing', async () => {
    const { host } = testHost(database().db, new Date().toISOString());
    const app = webhookApp(host);
    const from = newWaId();
    expect((await post(app, textEvent(from, 'halo'), null)).status).toBe(401);
    expect((await post(app, textEvent(from, 'halo'), `sha256=${'0'.repeat(64)}`)).status).toBe(401);
    expect(
      (await post(app, textEvent(from, 'halo'), signWhatsappBody('other body', APP_SECRET))).status,
    ).toBe(401);
    expect((await post(app, textEvent(from, 'halo'), 'sha1=abc')).status).toBe(401);
    expect(await countInbound(host.db, from)).toBe(0);
    expect((await post(app, textEvent(from, 'halo'))).status).toBe(200);
    expect(await countInbound(host.db, from)).toBe(1);
  });

  it('answers 400 to malformed payloads and acknowledges types it does not handle', async () => {
    const { host } = testHost(database().db, new Date().toISOString());
    const app = webhookApp(host);
    expect((await post(app, '{not json')).status).toBe(400);
    expect((await post(app, { object: 'whatsapp_business_account', entry: 'nope' })).status).toBe(400);
    expect((await post(app, [1, 2])).status).toBe(400);
    const from = newWaId();
    const reaction = messageEvent(from, {
      id: 'wamid.R1',
      type: 'reaction',
      reaction: { message_id: 'x', emoji: '👍' },
    });
    const unsupported = messageEvent(from, {
      id: 'wamid.U1',
      type: 'unsupported',
      errors: [{ code: 131051 }],
    });
    // A sticker is not among them any more: it is answered as an attachment (test/hardening/channel-details).
    for (const payload of [reaction, unsupported]) expect((await post(app, payload)).status).toBe(200);
    expect(await countInbound(host.db, from)).toBe(0);
  });

  it('normalizes location, contacts, media and interactive replies', async () => {
    const { host } = testHost(database().db, new Date().toISOString());
    const app = webhookApp(host);
    const from = newWaId();
    await post(app, textEvent(from, 'halo'));
    await post(
      app,
      messageEvent(from, {
        id: 'wamid.L1',
        type: 'location',
        location: { latitude: 3.139, longitude: 101.6869, name: 'KL' },
      }),
    );
    await post(
      app,
      messageEvent(from, {
        id: 'wamid.C1',
        type: 'contacts',
        contacts: [
          {
            name: { formatted_name: 'Kak' },
            phones: [{ phone: '+60 12-345 6789', wa_id: '60123456789', type: 'CELL' }],
          },
        ],
      }),
    );
    await post(
      app,
      messageEvent(from, {
        id: 'wamid.I1',
        type: 'image',
        image: { id: 'media-1', mime_type: 'image/jpeg', caption: 'paspor' },
      }),
    );
    const rows = await host.db
      .selectFrom('messages as m')
      .innerJoin('contacts as c', 'c.id', 'm.contact_id')
      .select(['m.body', 'm.payload', 'm.external_id'])
      .where('c.address', '=', from)
      .where('m.direction', '=', 'in')
      .orderBy('m.id')
      .execute();
    expect(rows.map((r) => r.external_id)).toEqual([expect.any(String), 'wamid.L1', 'wamid.C1', 'wamid.I1']);
    expect(rows[1]!.payload).toMatchObject({ location: { latitude: 3.139, longitude: 101.6869 } });
    expect(rows[2]!.payload).toMatchObject({ phone: '+60123456789' });
    expect(rows[3]).toMatchObject({
      body: 'paspor',
      payload: { attachments: [{ kind: 'photo', ref: 'media-1', mimeType: 'image/jpeg' }] },
    });
  });

  it('takes a whole report over the Cloud API against a fake Graph API, with button replies, statuses and dedupe', async () => {
    const { host, advance } = testHost(database().db, new Date().toISOString());
    const app = webhookApp(host);
    const from = newWaId();
    const answers = SELF_REPORT_ANSWERS;
    const sentTo = (r: GraphRequest) => r.body.to === from;
    let usedButton = false;
    let usedNumber = false;
    for (const answer of answers) {
      const last = graph.requests.filter(sentTo).at(-1)?.body;
      const buttons: { reply: { id: string; title: string } }[] | undefined =
        last?.interactive?.action?.buttons;
      const pick = buttons?.find((b) => b.reply.title.toLowerCase() === answer);
      let response: Response;
      if (pick && !usedButton) {
        usedButton = true;
        response = await post(
          app,
          messageEvent(from, {
            id: `wamid.IN${++seq}`,
            type: 'interactive',
            interactive: { type: 'button_reply', button_reply: pick.reply },
          }),
        );
      } else if (pick && !usedNumber) {
        // A typed number answers the numbered options just like a tap.
        usedNumber = true;
        response = await post(app, textEvent(from, String(buttons!.indexOf(pick) + 1)));
      } else {
        response = await post(app, textEvent(from, answer));
      }
      expect(response.status).toBe(200);
      await drain(host);
      advance(60_000);
    }
    expect(usedButton && usedNumber).toBe(true);
    const mine = graph.requests.filter(sentTo);
    expect(
      mine.every(
        (r) => r.path === `/v21.0/${PHONE_NUMBER_ID}/messages` && r.authorization === 'Bearer token-123',
      ),
    ).toBe(true);
    expect(mine.some((r) => r.body.interactive?.type === 'location_request_message')).toBe(true);
    const lastText = mine.at(-1)!.body.text?.body ?? mine.at(-1)!.body.interactive?.body?.text;
    const ref = /SUAR-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(lastText)![0];
    const ticket = (await findTicketByRef(host.db, ref))!;
    expect(ticket).toMatchObject({
      complete: true,
      channel: 'whatsapp',
      subject_name: 'Sari',
      country: 'MY',
    });

    // A redelivered event is stored once and answered once.
    const before = graph.requests.length;
    const again = textEvent(from, 'halo', 'wamid.REPEAT');
    await post(app, again);
    await drain(host);
    const afterFirst = graph.requests.length;
    await post(app, again);
    await drain(host);
    expect(graph.requests.length).toBe(afterFirst);
    expect(afterFirst).toBeGreaterThan(before);

    // Delivery statuses are recorded; a failure shows on the ticket.
    const waId = (
      await withWhatsapp(host.db)
        .selectFrom('whatsapp_sent_messages')
        .select('wa_message_id')
        .where('contact_id', '=', ticket.contact_id)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).wa_message_id;
    await post(app, statusEvent(waId, 'read'));
    await post(app, statusEvent(waId, 'delivered'));
    const row = await withWhatsapp(host.db)
      .selectFrom('whatsapp_sent_messages')
      .select('status')
      .where('wa_message_id', '=', waId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('read');
    await post(app, statusEvent(waId, 'failed', [{ code: 131026, title: 'Message undeliverable' }]));
    const events = await listTicketEvents(host.db, ticket.id);
    expect(events.map((e) => e.type)).toContain('delivery_failed');
  });

  it('outside the 24-hour window sends the configured template once, or fails permanently without one', async () => {
    const { host, advance } = testHost(database().db, new Date().toISOString());
    const app = webhookApp(host);
    const from = newWaId();
    await post(app, textEvent(from, 'halo'));
    await drain(host);
    advance(25 * 60 * 60_000);
    const contact = await host.db
      .selectFrom('contacts')
      .select('id')
      .where('address', '=', from)
      .executeTakeFirstOrThrow();
    const queue = (text: string) =>
      host.db
        .insertInto('outbox')
        .values({
          contact_id: contact.id,
          channel: 'whatsapp',
          address: from,
          kind: 'message',
          payload: JSON.stringify({ text, options: [], expects: null }),
        })
        .execute();

    await queue('staff reply 1');
    await drain(host);
    let failed = await host.db
      .selectFrom('outbox')
      .select(['status', 'last_error'])
      .where('contact_id', '=', contact.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({
      status: 'failed',
      last_error: 'outside the 24-hour window and no template configured',
    });

    const before = graph.requests.length;
    await queue('staff reply 2');
    await queue('staff reply 3');
    await drain(host, { name: 'suar_follow_up', language: 'id' });
    await drain(host, { name: 'suar_follow_up', language: 'id' });
    const templates = graph.requests.slice(before).filter((r) => r.body.type === 'template');
    expect(templates).toHaveLength(1);
    expect(templates[0]!.body.template).toEqual({ name: 'suar_follow_up', language: { code: 'id' } });
    failed = await host.db
      .selectFrom('outbox')
      .select(['status', 'last_error'])
      .where('contact_id', '=', contact.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(failed.status).toBe('failed');
    expect(failed.last_error).toContain('template suar_follow_up');
  });

  it('retries a throttled send after the delay the Graph API gives', async () => {
    const { host, advance } = testHost(database().db, new Date().toISOString());
    const app = webhookApp(host);
    const from = newWaId();
    graph.answerNext(
      429,
      { error: { code: 130429, type: 'OAuthException', message: 'rate' } },
      { 'retry-after': '7' },
    );
    await post(app, textEvent(from, 'halo'));
    advance(1000);
    const sender = senderFor(host);
    await drainOutboxOnce({
      db: host.db,
      senders: { whatsapp: sender },
      logger: host.logger,
      clock: host.clock,
    });
    const row = await host.db
      .selectFrom('outbox')
      .select(['status', 'next_attempt_at', 'last_error'])
      .where('address', '=', from)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
    expect(row.next_attempt_at.getTime() - host.clock().getTime()).toBe(7000);
  });
});
