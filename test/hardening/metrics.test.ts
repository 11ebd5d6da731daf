import { pino } from 'pino';
import { expect, it } from 'vitest';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import { createMetrics } from '../../src/metrics/metrics.ts';
import { metricsRoutes } from '../../src/metrics/metrics-routes.ts';
import { drainOutboxOnce } from '../../src/outbox/outbox-worker.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { testHost } from '../support/test-host.ts';

/** The value of one series in Prometheus text, or undefined when absent. */
function seriesValue(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describeEachDatabase('metrics', (database) => {
  it('counts inbound outcomes, sends and failures by class, and reads the outbox and tickets', async () => {
    // The real clock: the outbox's created_at is the database's now().
    const { host, advance } = testHost(database().db, new Date().toISOString());
    const metrics = createMetrics(database().db, host.clock);
    host.metrics = metrics;
    const logger = pino({ level: 'silent' });
    const message = {
      channel: 'telegram' as const,
      externalId: '5:1',
      address: '5',
      text: 'tolong saya, SOS',
    };
    await handleInbound(host, message);
    await handleInbound(host, message);
    await expect(handleInbound(host, { ...message, externalId: '5:2', text: '' })).rejects.toThrow();

    let text = await metrics.render();
    expect(seriesValue(text, 'suar_inbound_messages_total{channel="telegram",outcome="processed"}')).toBe(1);
    expect(seriesValue(text, 'suar_inbound_messages_total{channel="telegram",outcome="duplicate"}')).toBe(1);
    expect(seriesValue(text, 'suar_inbound_messages_total{channel="telegram",outcome="refused"}')).toBe(1);
    expect(seriesValue(text, 'suar_inbound_handler_seconds_count{channel="telegram"}')).toBe(3);
    expect(seriesValue(text, 'suar_open_tickets{priority="P1"}')).toBeGreaterThanOrEqual(1);
    const pending = seriesValue(text, 'suar_outbox_pending') ?? 0;
    expect(pending).toBeGreaterThan(0);

    advance(16 * 60_000);
    text = await metrics.render();
    expect(seriesValue(text, 'suar_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(15 * 60);
    expect(seriesValue(text, 'suar_sla_breaches')).toBeGreaterThanOrEqual(1);

    // One row goes out, the next fails for good: sent and failures by class.
    let sends = 0;
    // One chat's rows go one at a time: two drains, two rows.
    const drain = () =>
      drainOutboxOnce({
        db: database().db,
        logger,
        clock: host.clock,
        metrics,
        senders: {
          telegram: {
            send: async () => (sends++ === 0 ? { type: 'sent' } : { type: 'permanent', reason: 'blocked' }),
          },
        },
      });
    await drain();
    await drain();
    text = await metrics.render();
    expect(seriesValue(text, 'suar_outbound_messages_total{channel="telegram"}')).toBe(1);
    expect(seriesValue(text, 'suar_send_failures_total{channel="telegram",class="permanent"}')).toBe(1);
  });

  it('serves /metrics only to a scraper with the token', async () => {
    const metrics = createMetrics(database().db);
    const app = metricsRoutes(metrics, pino({ level: 'silent' }), 'metrics-token-0123456789abcdef');
    expect((await app.request('/')).status).toBe(401);
    expect((await app.request('/', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await app.request('/', {
      headers: { authorization: 'Bearer metrics-token-0123456789abcdef' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await ok.text()).toMatch(/^# HELP suar_/m);
  });
});
