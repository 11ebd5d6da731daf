import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import type { Database } from '../../src/db/database.ts';
import { listTicketEvents } from '../../src/intake/tickets.ts';
import type { ChannelSender, OutboxItem, SendResult } from '../../src/outbox/channel-sender.ts';
import {
  drainOutboxOnce,
  outboxNotifier,
  retryDelayMs,
  startOutboxWorker,
} from '../../src/outbox/outbox-worker.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { testHost, ticketOf, webchatMessage } from '../support/test-host.ts';

const logger = pino({ level: 'silent' });

/** A sender that records what it was given and answers from a script. */
function scriptedSender(answers: SendResult[] = []): ChannelSender & { sent: OutboxItem[] } {
  const sent: OutboxItem[] = [];
  return {
    sent,
    async send(item) {
      sent.push(item);
      return answers.shift() ?? { type: 'sent' };
    },
  };
}

async function queue(database: Database, address: string, texts: string[]) {
  const { host } = testHost(database.db);
  for (const text of texts) await handleInbound(host, webchatMessage(address, text));
}

async function rowsFor(database: Database, address: string) {
  return database.db
    .selectFrom('outbox')
    .select(['id', 'status', 'attempts', 'last_error', 'next_attempt_at'])
    .where('address', '=', address)
    .orderBy('id')
    .execute();
}

describeEachDatabase('outbox worker', (database) => {
  it('sends one chat’s messages one at a time, in order', async () => {
    const address = randomUUID();
    await queue(database(), address, ['halo']);
    const sender = scriptedSender();
    const now = () => new Date(Date.now() + 60_000);
    const order: string[] = [];
    while (
      (await drainOutboxOnce({ db: database().db, senders: { webchat: sender }, logger, clock: now })) > 0
    ) {
      const mine = sender.sent.filter((i) => i.address === address);
      order.push(...mine.slice(order.length).map((i) => i.message!.text.slice(0, 12)));
    }
    expect(order).toHaveLength(2);
    expect(order[0]).toMatch(/^Halo/);
    expect((await rowsFor(database(), address)).every((r) => r.status === 'sent')).toBe(true);
  });

  it('retries after the delay a platform asks for, then sends', async () => {
    const address = randomUUID();
    await queue(database(), address, ['halo']);
    const sender = scriptedSender([{ type: 'retry', reason: '429 too many requests', afterMs: 7_000 }]);
    const t0 = Date.now() + 60_000;
    await drainOutboxOnce({
      db: database().db,
      senders: { webchat: sender },
      logger,
      clock: () => new Date(t0),
      batchSize: 1000,
    });
    const [first] = await rowsFor(database(), address);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, last_error: '429 too many requests' });
    expect(first!.next_attempt_at.getTime()).toBe(t0 + 7_000);
    // Not due yet: nothing for this chat is sent, and the later message waits behind it.
    const before = sender.sent.length;
    await drainOutboxOnce({
      db: database().db,
      senders: { webchat: sender },
      logger,
      clock: () => new Date(t0 + 6_000),
      batchSize: 1000,
    });
    expect(sender.sent.slice(before).filter((i) => i.address === address)).toEqual([]);
    await drainOutboxOnce({
      db: database().db,
      senders: { webchat: sender },
      logger,
      clock: () => new Date(t0 + 7_000),
      batchSize: 1000,
    });
    expect((await rowsFor(database(), address))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('records a permanent failure on the row and on the person’s ticket', async () => {
    const address = randomUUID();
    await queue(database(), address, ['SOS']);
    const ticket = (await ticketOf(database().db, address))!;
    const sender: ChannelSender = {
      async send(item) {
        return item.address === address
          ? { type: 'permanent', reason: '403 blocked by the user' }
          : { type: 'sent' };
      },
    };
    await drainOutboxOnce({
      db: database().db,
      senders: { webchat: sender },
      logger,
      clock: () => new Date(Date.now() + 60_000),
      batchSize: 1000,
    });
    expect((await rowsFor(database(), address))[0]).toMatchObject({
      status: 'failed',
      last_error: '403 blocked by the user',
    });
    const events = await database()
      .db.selectFrom('ticket_events')
      .select(['type', 'data'])
      .where('ticket_id', '=', ticket.id)
      .where('type', '=', 'delivery_failed')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('keeps what an adapter’s thrown error quotes out of the row, the ticket and the log', async () => {
    const address = randomUUID();
    await queue(database(), address, ['SOS']);
    const ticket = (await ticketOf(database().db, address))!;
    const lines: string[] = [];
    const captured = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
    class AdapterError extends Error {
      code = 'EADAPTER';
    }
    const sender: ChannelSender = {
      async send(item) {
        if (item.address !== address) return { type: 'sent' };
        throw new AdapterError('could not send "Siti disekap di Dubai" to +6281234567890');
      },
    };
    await drainOutboxOnce({
      db: database().db,
      senders: { webchat: sender },
      logger: captured,
      clock: () => new Date(Date.now() + 60_000),
      batchSize: 1000,
      // The first failure is the last: the reason goes to the ticket too.
      maxAttempts: 1,
    });
    const [row] = await rowsFor(database(), address);
    expect(row).toMatchObject({ status: 'failed', last_error: 'webchat adapter failed (Error, EADAPTER)' });
    const events = (await listTicketEvents(database().db, ticket.id)).filter(
      (e) => e.type === 'delivery_failed',
    );
    expect(events).toHaveLength(1);
    const written = JSON.stringify([row, events, lines.filter((line) => line.includes(row!.id))]);
    expect(written).toContain('EADAPTER');
    expect(written).not.toMatch(/Siti|Dubai|6281234567890/);
  });

  it('never gives the same row to two workers at once', async () => {
    const addresses: string[] = Array.from({ length: 6 }, () => randomUUID());
    for (const address of addresses) await queue(database(), address, ['halo']);
    const a = scriptedSender();
    const b = scriptedSender();
    const clock = () => new Date(Date.now() + 60_000);
    for (let round = 0; round < 6; round++) {
      await Promise.all([
        drainOutboxOnce({ db: database().db, senders: { webchat: a }, logger, clock, batchSize: 3 }),
        drainOutboxOnce({ db: database().db, senders: { webchat: b }, logger, clock, batchSize: 3 }),
      ]);
    }
    const ids = [...a.sent, ...b.sent].filter((i) => addresses.includes(i.address)).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(12);
  });

  it('claims only rows of the channels it is given', async () => {
    const address = randomUUID();
    await queue(database(), address, ['halo']);
    const telegram = scriptedSender();
    const clock = () => new Date(Date.now() + 60_000);
    while (
      (await drainOutboxOnce({
        db: database().db,
        senders: { telegram },
        channels: ['telegram'],
        logger,
        clock,
      })) > 0
    ) {}
    expect(telegram.sent).toEqual([]);
    expect((await rowsFor(database(), address)).map((r) => [r.status, r.attempts])).toEqual([
      ['pending', 0],
      ['pending', 0],
    ]);
  });

  it('is woken by a notification after the commit, long before its next poll', async () => {
    const { db, listen } = database();
    const sender = scriptedSender();
    const worker = startOutboxWorker({ db, senders: { webchat: sender }, logger, pollMs: 60_000, listen });
    try {
      // Let the first drain (at start) finish, so only the notification can bring the next rows.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const address = randomUUID();
      await queue(database(), address, ['halo']);
      outboxNotifier(db, logger)();
      const deadline = Date.now() + 10_000;
      while (sender.sent.filter((i) => i.address === address).length < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(sender.sent.filter((i) => i.address === address)).toHaveLength(2);
    } finally {
      await worker.stop();
    }
  });

  it('backs off exponentially and caps the delay', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(retryDelayMs(30)).toBe(10 * 60_000);
  });
});
