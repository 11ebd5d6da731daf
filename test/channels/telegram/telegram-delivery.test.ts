import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { splitText } from '../../../src/channels/telegram/render-outbound.ts';
import { listTicketEvents } from '../../../src/intake/tickets.ts';
import { logAndEnqueueReplies } from '../../../src/outbox/enqueue-outbound.ts';
import { drainOutboxOnce } from '../../../src/outbox/outbox-worker.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { newChatId, startTelegramHarness, type TelegramHarness, textUpdate } from './telegram-harness.ts';

const logger = pino({ level: 'silent' });

describeEachDatabase('Telegram delivery', (database) => {
  let t: TelegramHarness;
  beforeAll(async () => {
    // Waits of up to 2 s happen inside a send; longer ones go back to the outbox.
    t = await startTelegramHarness(database().db, { maxRetryDelaySeconds: 2 });
  });
  afterAll(async () => {
    await t?.close();
  });

  const rowsOf = (chatId: number) =>
    t.host.db
      .selectFrom('outbox')
      .select(['id', 'status', 'attempts', 'last_error', 'next_attempt_at', 'kind'])
      .where('address', '=', String(chatId))
      .orderBy('id')
      .execute();

  const contactIdOf = async (chatId: number) =>
    (
      await t.host.db
        .selectFrom('contacts')
        .select('id')
        .where('address', '=', String(chatId))
        .executeTakeFirstOrThrow()
    ).id;

  it('waits out a short 429 in place and sends once', async () => {
    const chatId = newChatId();
    await t.post(textUpdate(chatId, 'halo'));
    t.fake.failNext('sendMessage', 429, 'Too Many Requests: retry after 1', { retryAfter: 1, chatId });
    await t.drain();
    const calls = t.fake.callsOf('sendMessage', chatId);
    // The refused call and its retry, one second apart, then the rest of the reply.
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
    expect(calls[1]!.payload.text).toBe(calls[0]!.payload.text);
    expect((await rowsOf(chatId)).every((r) => r.status === 'sent')).toBe(true);
  });

  it('puts a long 429 back in the outbox for Telegram’s retry_after, then sends it', async () => {
    const chatId = newChatId();
    await t.post(textUpdate(chatId, 'halo'));
    t.fake.failNext('sendMessage', 429, 'Too Many Requests: retry after 30', { retryAfter: 30, chatId });
    const before = Date.now();
    await t.drain();
    const [first] = await rowsOf(chatId);
    expect(first).toMatchObject({ status: 'pending', attempts: 1 });
    expect(first!.last_error).toMatch(/429/);
    expect(first!.next_attempt_at.getTime()).toBeGreaterThanOrEqual(before + 29_000);
    expect(first!.next_attempt_at.getTime()).toBeLessThan(before + 35_000);
    // Thirty seconds later the worker sends it.
    const later = () => new Date(Date.now() + 31_000);
    await t.drain(later);
    expect((await rowsOf(chatId)).every((r) => r.status === 'sent')).toBe(true);
  });

  it('records a 403 (blocked by the person) as a permanent failure on the ticket', async () => {
    const chatId = newChatId();
    await t.post(textUpdate(chatId, 'halo'));
    await t.drain();
    t.fake.failNext('sendMessage', 403, 'Forbidden: bot was blocked by the user', { times: 5, chatId });
    await t.post(textUpdate(chatId, 'SOS'));
    await t.drain();
    const rows = await rowsOf(chatId);
    const failed = rows.filter((r) => r.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]!.attempts).toBe(1);
    expect(failed[0]!.last_error).toMatch(/403.*blocked/);
    const ticket = await t.host.db
      .selectFrom('tickets')
      .select('id')
      .where('contact_id', '=', await contactIdOf(chatId))
      .executeTakeFirstOrThrow();
    const events = await listTicketEvents(t.host.db, ticket.id);
    expect(events.filter((e) => e.type === 'delivery_failed').length).toBe(failed.length);
  });

  it('records 400 chat not found as permanent and retries a 500 with backoff', async () => {
    const chatId = newChatId();
    await t.post(textUpdate(chatId, 'halo'));
    t.fake.failNext('sendMessage', 500, 'Internal Server Error', { chatId });
    await t.drain();
    const [first] = await rowsOf(chatId);
    expect(first).toMatchObject({ status: 'pending', attempts: 1 });
    expect(first!.last_error).toMatch(/500/);

    const other = newChatId();
    await t.post(textUpdate(other, 'halo'));
    t.fake.failNext('sendMessage', 400, 'Bad Request: chat not found', { chatId: other });
    await t.drain();
    expect((await rowsOf(other))[0]).toMatchObject({ status: 'failed' });
  });

  it('two workers never send the same row twice', async () => {
    const chats = Array.from({ length: 12 }, () => newChatId());
    for (const chatId of chats) await t.post(textUpdate(chatId, 'halo'));
    const worker = async () => {
      while (
        (await drainOutboxOnce({
          db: t.host.db,
          senders: { telegram: t.channel.sender },
          logger,
          batchSize: 5,
        })) > 0
      ) {}
    };
    await Promise.all([worker(), worker()]);
    for (const chatId of chats) {
      const rows = await rowsOf(chatId);
      expect(rows.map((r) => r.status)).toEqual(rows.map(() => 'sent'));
      expect(t.fake.callsOf('sendMessage', chatId)).toHaveLength(rows.length);
    }
  });

  it('splits a long text under 4096 characters and resumes after the parts already sent', async () => {
    const chatId = newChatId();
    await t.post(textUpdate(chatId, 'halo'));
    await t.drain();
    const contactId = await contactIdOf(chatId);
    const text = `${Array.from({ length: 900 }, (_, i) => `kata${i}`).join(' ')}\n${'b'.repeat(5000)}`;
    await logAndEnqueueReplies(
      t.host.db,
      { contactId, channel: 'telegram', address: String(chatId) },
      [{ text, options: ['Ya', 'Tidak'], expects: 'yes_no' }],
      null,
      new Date(),
    );
    const before = t.fake.callsOf('sendMessage', chatId).length;
    // The first part goes, the second meets a 502: the row is retried from the second part.
    t.fake.passNext('sendMessage', chatId);
    t.fake.failNext('sendMessage', 502, 'Bad Gateway', { chatId });
    await t.drain();
    const later = () => new Date(Date.now() + 60_000);
    await t.drain(later);
    const parts = t.fake
      .callsOf('sendMessage', chatId)
      .slice(before)
      .map((c) => c.payload);
    const texts = parts.map((p) => String(p.text));
    expect(texts.every((x) => x.length <= 4096)).toBe(true);
    // Part one (once), the refused part two, part two again, part three: nothing sent twice.
    const delivered = [...new Set(texts)];
    const expected = splitText(text, 4096);
    expect(expected.length).toBeGreaterThan(2);
    // Every part once, plus the refused second part once more.
    expect(texts).toHaveLength(expected.length + 1);
    expect(delivered).toEqual(expected);
    expect(expected.join('').replace(/\s/g, '') === text.replace(/\s/g, '')).toBe(true);
    expect(texts.filter((x) => x === delivered[0])).toHaveLength(1);
    expect(
      parts
        .at(-1)!
        .reply_markup.keyboard.flat()
        .map((b: { text: string }) => b.text),
    ).toEqual(['Ya', 'Tidak']);
  });

  it('deletes the bot’s and the person’s messages on the delete command, then confirms', async () => {
    const chatId = newChatId();
    const posted = [textUpdate(chatId, 'halo'), textUpdate(chatId, 'ya'), textUpdate(chatId, 'hapus')];
    for (const update of posted) {
      await t.post(update);
      await t.drain();
    }
    const deletions = t.fake.callsOf('deleteMessages', chatId);
    expect(deletions).toHaveLength(1);
    const deleted = deletions[0]!.payload.message_ids as number[];
    for (const update of posted) expect(deleted).toContain(update.message.message_id);
    const sent = t.fake.callsOf('sendMessage', chatId);
    // Every bot message before the confirmation was deleted; the short confirmation stays.
    expect(sent.length).toBeGreaterThan(1);
    const confirmation = sent.at(-1)!;
    expect(confirmation.at).toBeGreaterThanOrEqual(deletions[0]!.at);
    const remaining = await t.host.db
      .withTables<{ telegram_messages: { chat_id: string; message_id: string } }>()
      .selectFrom('telegram_messages')
      .select('message_id')
      .where('chat_id', '=', String(chatId))
      .execute();
    expect(remaining).toHaveLength(1);
  });
});
