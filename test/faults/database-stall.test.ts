import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.ts';
import { createTestSchema } from '../support/databases.ts';
import { type StallingProxy, startStallingProxy } from '../support/tcp-proxy.ts';
import { testHost } from '../support/test-host.ts';

// A database that stops answering (a TCP proxy that holds every byte) must give 503 with Retry-After within
// the configured timeouts, /readyz must answer within a second, and Suar must recover without a restart.

const url = process.env.TEST_DATABASE_URL;
const TIMEOUTS = { connectMs: 500, statementMs: 800, idleInTransactionMs: 3_000 };
// Acquire, one statement and the rollback after it, with slack for a busy machine.
const BOUND_MS = TIMEOUTS.connectMs + 2 * (TIMEOUTS.statementMs + 1_000) + 1_000;

describe.skipIf(!url)('a stalled database [postgres]', () => {
  let proxy: StallingProxy;
  let database: Database;
  let dropSchema: () => Promise<void>;

  beforeAll(async () => {
    const target = new URL(url!);
    proxy = await startStallingProxy(target.hostname, Number(target.port || 5432));
    const created = await createTestSchema(url!);
    dropSchema = created.drop;
    target.hostname = '127.0.0.1';
    target.port = String(proxy.port);
    database = await openDatabase({
      url: target.toString(),
      searchPath: created.schema,
      poolSize: 4,
      timeouts: TIMEOUTS,
    });
  });

  afterAll(async () => {
    proxy?.resume();
    await database?.close();
    await proxy?.close();
    await dropSchema?.();
  });

  it('answers 503 with Retry-After within the timeouts, then recovers without a restart', async () => {
    const logger = pino({ level: 'silent' });
    const app = createApp({ host: testHost(database.db).host, logger });
    const created = await app.request('/api/webchat/conversations', { method: 'POST' });
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };
    const post = async () =>
      app.request(`/api/webchat/conversations/${id}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'm-1', text: 'ya' }),
      });

    // Open every connection of the pool first: then some requests stall mid-statement (the statement
    // timeout ends them) while the rest wait for a connection (the connect timeout ends them).
    await Promise.all(
      Array.from({ length: 4 }, () => database.db.selectNoFrom((eb) => eb.val(1).as('one')).execute()),
    );
    proxy.stall();
    const timed = async (request: () => Promise<Response>) => {
      const started = performance.now();
      const res = await request();
      return { res, ms: performance.now() - started };
    };
    // Several at once: more than the pool holds, so some wait for a connection and time out there.
    const [ready, ...posts] = await Promise.all([
      timed(() => Promise.resolve(app.request('/readyz'))),
      ...Array.from({ length: 6 }, () => timed(post)),
    ]);
    expect(ready!.res.status).toBe(503);
    expect(ready!.ms).toBeLessThan(1_000);
    for (const { res, ms } of posts) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(ms).toBeLessThan(BOUND_MS);
    }

    proxy.resume();
    // The client retries with the same id until it is accepted: processed once, whatever happened before.
    let accepted: Response | undefined;
    for (let attempt = 0; attempt < 20 && accepted?.status !== 202; attempt++) {
      accepted = await post();
      if (accepted.status !== 202) await new Promise((r) => setTimeout(r, 250));
    }
    expect(accepted?.status).toBe(202);
    expect((await app.request('/readyz')).status).toBe(200);
    const stored = await database.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('external_id', '=', 'client:m-1')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(1);
  });
});
