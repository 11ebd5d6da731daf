import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';

/** A channel no other test (or other run on the same server) uses. */
const uniqueChannel = () => `test_${randomBytes(6).toString('hex')}`;

/** Resolves with the first `count` payloads, or rejects after `ms`. */
function collect(count: number, ms = 5_000) {
  const payloads: string[] = [];
  let done: (value: string[]) => void = () => {};
  const all = new Promise<string[]>((resolve, reject) => {
    done = resolve;
    setTimeout(() => reject(new Error(`only ${payloads.length} of ${count} notifications`)), ms).unref();
  });
  return {
    payloads,
    all,
    onNotify: (payload: string) => {
      payloads.push(payload);
      if (payloads.length === count) done(payloads);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describeEachDatabase('listen', (database) => {
  it('delivers what a transaction notifies once it commits, and nothing of a rollback', async () => {
    const { db, listen } = database();
    const channel = uniqueChannel();
    const received = collect(2);
    const stop = await listen(channel, received.onNotify);
    try {
      await db.transaction().execute(async (trx) => {
        await sql`select pg_notify(${channel}, 'first')`.execute(trx);
        await settle();
        // Nothing arrives before the commit.
        expect(received.payloads).toEqual([]);
      });
      await db
        .transaction()
        .execute(async (trx) => {
          await sql`select pg_notify(${channel}, 'rolled back')`.execute(trx);
          throw new Error('roll back');
        })
        .catch(() => {});
      await sql`select pg_notify(${channel}, 'second')`.execute(db);
      expect(await received.all).toEqual(['first', 'second']);
    } finally {
      await stop();
    }
  });

  it('keeps channels apart, serves several listeners on one channel, and stops each on its own', async () => {
    const { db, listen } = database();
    const [a, b] = [uniqueChannel(), uniqueChannel()];
    const first = collect(2);
    const second = collect(1);
    const other = collect(1);
    const stopFirst = await listen(a, first.onNotify);
    const stopSecond = await listen(a, second.onNotify);
    const stopOther = await listen(b, other.onNotify);
    try {
      await sql`select pg_notify(${a}, 'to a')`.execute(db);
      await second.all;
      await stopSecond();
      await sql`select pg_notify(${a}, 'to a again'), pg_notify(${b}, 'to b')`.execute(db);
      expect(await first.all).toEqual(['to a', 'to a again']);
      expect(await other.all).toEqual(['to b']);
      await settle();
      expect(second.payloads).toEqual(['to a']);
      await stopFirst();
      await sql`select pg_notify(${a}, 'nobody listens')`.execute(db);
      await settle();
      expect(first.payloads).toEqual(['to a', 'to a again']);
    } finally {
      await Promise.all([stopFirst(), stopSecond(), stopOther()]);
    }
  });

  it('refuses a channel name that would not mean the same on both databases', async () => {
    const { listen } = database();
    await expect(listen('Outbox', () => {})).rejects.toThrow(/lower-case identifier/);
    await expect(listen('a; drop table x', () => {})).rejects.toThrow(/lower-case identifier/);
  });

  it('on PostgreSQL, reconnects after losing its connection, says so, and hears what is sent after', async () => {
    const { db, kind, listen } = database();
    if (kind !== 'postgres') return;
    const channel = uniqueChannel();
    const received = collect(1, 15_000);
    let reconnected: () => void = () => {};
    const reconnection = new Promise<void>((resolve) => {
      reconnected = resolve;
    });
    const stop = await listen(channel, received.onNotify, () => reconnected());
    try {
      // The listening session's last statement names the channel: end that session from the server side.
      const { rows } = await sql<{ ended: boolean }>`
        select pg_terminate_backend(pid) as ended from pg_stat_activity
        where application_name = 'suar-listen' and query like ${`%${channel}%`}
      `.execute(db);
      expect(rows).toEqual([{ ended: true }]);
      await reconnection;
      await sql`select pg_notify(${channel}, 'after the reconnection')`.execute(db);
      expect(await received.all).toEqual(['after the reconnection']);
    } finally {
      await stop();
    }
  });
});
