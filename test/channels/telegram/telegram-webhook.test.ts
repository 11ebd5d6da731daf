import { afterAll, beforeAll, expect, it } from 'vitest';
import { findTicketByRef, listTicketEvents } from '../../../src/intake/tickets.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { PHONE_ANSWER_INDEX, SELF_REPORT_ANSWERS } from '../../support/intake-answers.ts';
import {
  messageUpdate,
  newChatId,
  startTelegramHarness,
  type TelegramHarness,
  textUpdate,
} from './telegram-harness.ts';

// The phone number is given with Telegram's share-contact button instead of typed.
const selfReport = SELF_REPORT_ANSWERS.map((answer, i) =>
  i === PHONE_ANSWER_INDEX ? { contact: { phone_number: '60123456789', first_name: 'A' } } : answer,
);

describeEachDatabase('Telegram webhook', (database) => {
  let t: TelegramHarness;
  beforeAll(async () => {
    t = await startTelegramHarness(database().db);
  });
  afterAll(async () => {
    await t?.close();
  });

  const lastSent = (chatId: number) => t.fake.callsOf('sendMessage', chatId).at(-1)!.payload;

  it('takes a whole report over the webhook, with the share-number button, and answers with a reference', async () => {
    const chatId = newChatId();
    const start = await t.post(messageUpdate(chatId, { text: '/start kbri_kl' }));
    expect(start.status).toBe(200);
    await t.drain();
    for (const step of selfReport) {
      const update = typeof step === 'string' ? textUpdate(chatId, step) : messageUpdate(chatId, step);
      if (typeof step !== 'string') {
        // The phone question showed the share-my-number button.
        const keyboard = lastSent(chatId).reply_markup.keyboard;
        expect(keyboard[0][0]).toMatchObject({ request_contact: true });
      }
      const response = await t.post(update);
      expect(response.status).toBe(200);
      await t.drain();
    }
    const ref = String(lastSent(chatId).text).match(/SUAR-[A-Z0-9]{4}-[A-Z0-9]{4}/)![0];
    const ticket = (await findTicketByRef(t.host.db, ref))!;
    expect(ticket).toMatchObject({
      complete: true,
      channel: 'telegram',
      contact_phone: '+60123456789',
      subject_name: 'Sari',
      country: 'MY',
    });
    // The deep-link payload is kept with the first message.
    const first = await t.host.db
      .selectFrom('messages')
      .select('payload')
      .where('ticket_id', '=', ticket.id)
      .where('direction', '=', 'in')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(first.payload).toMatchObject({ startPayload: 'kbri_kl' });
    // Options came as a one-time, resized keyboard; free-text questions removed it.
    const sent = t.fake.callsOf('sendMessage', chatId).map((c) => c.payload);
    expect(sent.some((p) => p.reply_markup?.one_time_keyboard && p.reply_markup?.resize_keyboard)).toBe(true);
    expect(sent.some((p) => p.reply_markup?.remove_keyboard)).toBe(true);
    expect(t.fake.calls.some((c) => c.method === 'sendChatAction')).toBe(false);
  });

  it('accepts a shared location (with the share-location button), a photo and a voice note', async () => {
    const chatId = newChatId();
    for (const text of ['halo', 'ya', 'saya sendiri', 'tidak']) {
      await t.post(textUpdate(chatId, text));
      await t.drain();
    }
    expect(lastSent(chatId).reply_markup.keyboard[0][0]).toMatchObject({ request_location: true });
    const location = messageUpdate(chatId, {
      location: { latitude: 1.4927, longitude: 103.7414, live_period: 900 },
    });
    expect((await t.post(location)).status).toBe(200);
    await t.drain();
    // A live location's later points arrive as edits and are not new answers.
    const livePoint = {
      update_id: location.update_id + 100_000,
      edited_message: {
        ...location.message,
        edit_date: location.message.date + 30,
        location: { latitude: 1.5, longitude: 103.7 },
      },
    };
    const before = t.fake.callsOf('sendMessage', chatId).length;
    expect((await t.post(livePoint)).status).toBe(200);
    await t.drain();
    expect(t.fake.callsOf('sendMessage', chatId)).toHaveLength(before);
    const photo = messageUpdate(chatId, {
      photo: [
        { file_id: 'small', file_unique_id: 's', width: 90, height: 90, file_size: 1000 },
        { file_id: 'large', file_unique_id: 'l', width: 1280, height: 1280, file_size: 90_000 },
      ],
    });
    expect((await t.post(photo)).status).toBe(200);
    const voice = messageUpdate(chatId, {
      voice: { file_id: 'v1', file_unique_id: 'v', duration: 3, file_size: 5000 },
    });
    expect((await t.post(voice)).status).toBe(200);
    await t.drain();
    const inbound = await t.host.db
      .selectFrom('messages')
      .innerJoin('contacts', 'contacts.id', 'messages.contact_id')
      .select('messages.payload')
      .where('contacts.address', '=', String(chatId))
      .where('direction', '=', 'in')
      .orderBy('messages.id')
      .execute();
    const payloads = inbound.map((r) => r.payload as Record<string, any>);
    expect(payloads.find((p) => p.location)?.location).toEqual({ latitude: 1.4927, longitude: 103.7414 });
    expect(payloads.find((p) => p.attachments?.[0]?.kind === 'photo')?.attachments[0]).toMatchObject({
      ref: 'large',
      size: 90_000,
    });
    expect(payloads.some((p) => p.attachments?.[0]?.kind === 'voice')).toBe(true);
    const ticket = await t.host.db
      .selectFrom('tickets')
      .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
      .select('tickets.id')
      .where('contacts.address', '=', String(chatId))
      .executeTakeFirst();
    if (ticket) {
      const events = (await listTicketEvents(t.host.db, ticket.id)).map((e) => e.type);
      expect(events).toContain('attachment_received');
    }
  });

  it('refuses a wrong or missing secret with 401 and stores nothing', async () => {
    const chatId = newChatId();
    expect((await t.post(textUpdate(chatId, 'halo'), 'wrong-secret-wrong-secret')).status).toBe(401);
    expect((await t.post(textUpdate(chatId, 'halo'), null)).status).toBe(401);
    const contact = await t.host.db
      .selectFrom('contacts')
      .select('id')
      .where('address', '=', String(chatId))
      .executeTakeFirst();
    expect(contact).toBeUndefined();
  });

  it('answers 400 to malformed JSON, a non-update and an oversized body', async () => {
    expect((await t.post('{"update_id": 1, "message": ')).status).toBe(400);
    expect((await t.post('[1,2,3]')).status).toBe(400);
    expect((await t.post({ update_id: 5, message: { text: 'no chat' } })).status).toBe(400);
    const huge = textUpdate(newChatId(), 'x'.repeat(300 * 1024));
    expect((await t.post(huge)).status).toBe(400);
  });

  it('acknowledges update types it does not handle, and stickers, emoji and 4,000 characters', async () => {
    const poll = {
      update_id: 999_001,
      callback_query: { id: '1', from: { id: 1, is_bot: false, first_name: 'A' }, chat_instance: 'x' },
    };
    expect((await t.post(poll)).status).toBe(200);
    const chatId = newChatId();
    const sticker = messageUpdate(chatId, {
      sticker: {
        file_id: 'st',
        file_unique_id: 'st',
        type: 'regular',
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
        emoji: '😢',
      },
    });
    for (const update of [textUpdate(chatId, '🙏🙏🙏'), sticker, textUpdate(chatId, 'a'.repeat(4000))]) {
      expect((await t.post(update)).status).toBe(200);
    }
    await t.drain();
    expect(t.fake.callsOf('sendMessage', chatId).length).toBeGreaterThanOrEqual(3);
  });

  it('processes the same update twice only once: one reply', async () => {
    const chatId = newChatId();
    const update = textUpdate(chatId, 'halo');
    expect((await t.post(update)).status).toBe(200);
    expect((await t.post(update)).status).toBe(200);
    await t.drain();
    const first = t.fake.callsOf('sendMessage', chatId).length;
    expect(first).toBeGreaterThan(0);
    await t.post(update);
    await t.drain();
    expect(t.fake.callsOf('sendMessage', chatId)).toHaveLength(first);
  });

  it('answers a group once that it works in private chats only, and leaves', async () => {
    const groupId = -1_000_000_000_000 - newChatId();
    const groupMessage = (text: string) => ({
      ...textUpdate(0, text),
      message: {
        ...textUpdate(0, text).message,
        chat: { id: groupId, type: 'supergroup', title: 'G' },
      },
    });
    expect((await t.post(groupMessage('halo'))).status).toBe(200);
    expect((await t.post(groupMessage('halo lagi'))).status).toBe(200);
    await expect.poll(() => t.fake.callsOf('leaveChat', groupId).length).toBe(1);
    expect(t.fake.callsOf('sendMessage', groupId)).toHaveLength(1);
    const contact = await t.host.db
      .selectFrom('contacts')
      .select('id')
      .where('address', '=', String(groupId))
      .executeTakeFirst();
    expect(contact).toBeUndefined();
  });
});
