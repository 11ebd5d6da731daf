import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import { createFairness, DEFAULT_FAIRNESS_LIMITS } from '../../src/fairness/inbound-fairness.ts';
import { Lanes } from '../../src/fairness/lanes.ts';
import { RateLimitedError } from '../../src/fairness/rate-limited-error.ts';
import { TokenBuckets } from '../../src/fairness/token-buckets.ts';
import { createApp } from '../../src/http/app.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { outboxTexts, testHost } from '../support/test-host.ts';

describe('token buckets', () => {
  it('pass a burst at once, then the sustained rate, and say when to retry and whether first', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 3, perMinute: 6 }, () => now);
    expect([1, 2, 3].map(() => buckets.take('a').ok)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterMs: 10_000, first: true });
    expect(buckets.take('a')).toMatchObject({ ok: false, first: false });
    expect(buckets.take('b').ok).toBe(true);
    now += 10_000;
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a')).toMatchObject({ ok: false, first: true });
  });
});

describe('lanes', () => {
  it('run one at a time per key, in order, while other keys run alongside; a failure does not block', async () => {
    const lanes = new Lanes();
    const log: string[] = [];
    const step = (key: string, name: string, ms: number, fail = false) =>
      lanes.run(key, async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([
      step('a', 'a1', 30, true),
      step('a', 'a2', 5),
      step('b', 'b1', 5),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
    expect(lanes.size).toBe(0);
  });
});

describeEachDatabase('fairness', (database) => {
  function setup(limits: Partial<typeof DEFAULT_FAIRNESS_LIMITS>, rateLimitHoldMs = 0) {
    const test = testHost(database().db);
    test.host.fairness = createFairness({ ...DEFAULT_FAIRNESS_LIMITS, ...limits }, () =>
      test.host.clock().getTime(),
    );
    const app = createApp({ host: test.host, logger: pino({ level: 'silent' }), rateLimitHoldMs });
    return { ...test, app };
  }

  async function open(app: ReturnType<typeof setup>['app']) {
    const res = await app.request('/api/webchat/conversations', { method: 'POST' });
    expect(res.status).toBe(201);
    const { id, token } = (await res.json()) as { id: string; token: string };
    const post = (text: string, clientId?: string) =>
      app.request(`/api/webchat/conversations/${id}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text, ...(clientId ? { id: clientId } : {}) }),
      });
    return { id, post };
  }

  async function storedCount(address: string) {
    const row = await database()
      .db.selectFrom('messages')
      .innerJoin('contacts', 'contacts.id', 'messages.contact_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('contacts.address', '=', address)
      .where('messages.direction', '=', 'in')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('lets a long story in ten quick messages through with the default limits', async () => {
    const { app } = setup({});
    const conv = await open(app);
    for (let i = 0; i < 10; i++) expect((await conv.post(`bagian ${i} dari cerita saya`)).status).toBe(202);
    expect(await storedCount(conv.id)).toBe(11);
  });

  it('answers 429 with Retry-After past a conversation limit, stores nothing, and lets danger through', async () => {
    const { app } = setup({ perContact: { burst: 2, perMinute: 1 } });
    const conv = await open(app);
    expect((await conv.post('satu')).status).toBe(202);
    const limited = await conv.post('dua', 'c-2');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await storedCount(conv.id)).toBe(2);
    expect((await conv.post('tolong saya dipukul majikan, SOS')).status).toBe(202);
  });

  it('limits conversations created from one address and messages from one address', async () => {
    const { app } = setup({
      conversationsPerIp: { burst: 2, perMinute: 0.5 },
      perIp: { burst: 3, perMinute: 1 },
    });
    const conv = await open(app);
    await open(app);
    const third = await app.request('/api/webchat/conversations', { method: 'POST' });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('120');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await conv.post(`pesan ${i}`)).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('caps what one conversation stores per hour: 429 on the web chat, one notice on other channels', async () => {
    const { app, host, advance } = setup({ messagesPerHour: 4 });
    const conv = await open(app);
    for (let i = 0; i < 3; i++) expect((await conv.post(`pesan ${i}`)).status).toBe(202);
    const capped = await conv.post('lagi', 'c-capped');
    expect(capped.status).toBe(429);
    expect(Number(capped.headers.get('retry-after'))).toBeGreaterThan(3_000);
    expect(await storedCount(conv.id)).toBe(4);

    const telegram = (n: number) =>
      handleInbound(host, { channel: 'telegram', externalId: `77:${n}`, address: '77', text: `pesan ${n}` });
    for (let i = 1; i <= 4; i++) expect((await telegram(i)).status).toBe('processed');
    expect((await telegram(5)).status).toBe('limited');
    expect((await telegram(6)).status).toBe('limited');
    const notices = (await outboxTexts(database().db, '77')).filter((t) => /terlalu cepat/.test(t));
    expect(notices).toHaveLength(1);
    expect(await storedCount('77')).toBe(4);
    advance(3_600_001);
    expect((await telegram(7)).status).toBe('processed');
    expect((await conv.post('sudah sejam')).status).toBe(202);
  });

  it('takes a Telegram message past the rate in without running the flow, and says slow down once', async () => {
    const { host } = setup({ perContact: { burst: 2, perMinute: 1 } });
    const send = (n: number) =>
      handleInbound(host, { channel: 'telegram', externalId: `88:${n}`, address: '88', text: `pesan ${n}` });
    expect((await send(1)).status).toBe('processed');
    expect((await send(2)).status).toBe('processed');
    const before = (await outboxTexts(database().db, '88')).length;
    expect((await send(3)).status).toBe('throttled');
    expect((await send(4)).status).toBe('throttled');
    const after = await outboxTexts(database().db, '88');
    expect(after.slice(before)).toEqual([expect.stringMatching(/terlalu cepat/)]);
    expect(await storedCount('88')).toBe(4);
    await expect(
      handleInbound(
        host,
        { channel: 'telegram', externalId: '88:5', address: '88', text: 'x' },
        { whenLimited: 'refuse' },
      ),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });
});
