import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { normalizeUpdate } from '../../src/channels/telegram/normalize-update.ts';
import { mapBaileysMessage } from '../../src/channels/whatsapp/baileys/map-baileys-message.ts';
import { mapCloudWebhook } from '../../src/channels/whatsapp/cloud-api/map-cloud-webhook.ts';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import { createApp } from '../../src/http/app.ts';
import { answerEverything } from '../support/answering-client.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { outboxTexts, testHost } from '../support/test-host.ts';

// Details found in real Telegram and WhatsApp payloads.

describe('channel normalisers', () => {
  it('takes a Telegram chat without a type as private when its id is a person’s, and as a group when not', () => {
    const update = (id: number) =>
      ({ update_id: 1, message: { message_id: 5, date: 1, chat: { id }, text: 'halo' } }) as never;
    expect(normalizeUpdate(update(12345))).toMatchObject({ type: 'message', chatId: '12345' });
    expect(normalizeUpdate(update(-100123))).toEqual({ type: 'not_private', chatId: '-100123' });
  });

  it('answers a WhatsApp sticker as Telegram does one without emoji: as an attachment', () => {
    const baileys = mapBaileysMessage({
      key: { remoteJid: '6281234567890@s.whatsapp.net', id: 'ST1', fromMe: false },
      message: { stickerMessage: { mimetype: 'image/webp' } },
    } as never);
    expect(baileys).toMatchObject({
      type: 'message',
      message: { attachments: [{ kind: 'sticker', ref: 'ST1' }] },
    });
    const cloud = mapCloudWebhook(
      {
        object: 'whatsapp_business_account',
        entry: [
          {
            changes: [
              {
                field: 'messages',
                value: {
                  metadata: { phone_number_id: '77' },
                  messages: [
                    { from: '6281234567890', id: 'wamid.1', type: 'sticker', sticker: { id: 'S1' } },
                  ],
                },
              },
            ],
          },
        ],
      },
      '77',
    );
    expect(cloud.messages[0]?.message.attachments).toEqual([{ kind: 'sticker', ref: 'S1' }]);
  });
});

describeEachDatabase('channel details in conversations', (database) => {
  it('confirms a delete with what the person’s own platform allows, never another platform’s', async () => {
    const { host } = testHost(database().db);
    const say = (channel: 'telegram' | 'whatsapp', address: string, n: number, text: string) =>
      handleInbound(host, { channel, externalId: `${address}:${n}`, address, text });
    await say('telegram', '501', 1, 'halo');
    await say('telegram', '501', 2, 'hapus');
    const telegram = (await outboxTexts(database().db, '501')).at(-1)!;
    expect(telegram).toMatch(/^Permintaan hapus pesan sudah kami terima\.\nDi Telegram/);
    expect(telegram).not.toMatch(/WhatsApp|PESAN HILANG/);
    await say('whatsapp', '6281111@s.whatsapp.net', 1, 'halo');
    await say('whatsapp', '6281111@s.whatsapp.net', 2, 'hapus');
    expect((await outboxTexts(database().db, '6281111@s.whatsapp.net')).at(-1)).toMatch(/PESAN HILANG/);
  });

  it('does not switch an Indonesian conversation to English on an edit of two English words', async () => {
    const { host } = testHost(database().db);
    const address = '502';
    let seen = 0;
    const say = async (id: string, text: string, edited = false) => {
      await handleInbound(host, { channel: 'telegram', externalId: `502:${id}`, address, text, edited });
      const texts = await outboxTexts(database().db, address);
      const replies = texts.slice(seen);
      seen = texts.length;
      expect(replies.length).toBeGreaterThan(0);
      return replies.join('\n');
    };
    const english = 'My employer keeps my passport and does not pay my salary, I want to go home';
    await say('1', 'halo saya butuh bantuan');
    await say('2', 'iya saya aman');
    // One English sentence is evidence, not yet a switch (the reply language has hysteresis).
    expect(await say('3', english)).toMatch(/Pilih salah satu|Balas dengan/);
    // An edit of two English words must not be the evidence that tips it.
    expect(await say('3:edited', 'ok thanks', true)).toMatch(/Balas dengan|Pilih salah satu/);
    // A second whole English sentence does switch: the check above could have failed.
    expect(await say('4', english)).toMatch(/\b(the|your?|next)\b/);
  });

  it('shows a country pinned on the map by its name in the summary, not its code', async () => {
    const app = createApp({ host: testHost(database().db).host, logger: pino({ level: 'silent' }) });
    const result = await answerEverything((path, init) => Promise.resolve(app.request(path, init)), {
      pick: (m) => {
        if (m.expects === 'location') return { location: { latitude: 3.139, longitude: 101.687 } };
        return /bahaya/.test(m.text) && m.expects === 'yes_no' ? 'Tidak' : undefined;
      },
    });
    const summary = result.messages.find((m) => m.text.startsWith('Ini yang sudah kami catat'))?.text ?? '';
    expect(summary).toMatch(/Malaysia/);
    expect(summary).not.toMatch(/: MY\b/);
  });
});
