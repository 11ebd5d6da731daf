import { type Kysely, sql } from 'kysely';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DB } from '../db/schema.ts';

/** Suar's Prometheus metrics: counters the message path and the outbox update, gauges read from the database. */
export interface Metrics {
  registry: Registry;
  /** Inbound messages by channel and outcome (processed, duplicate, throttled, limited, refused, failed). */
  inbound: Counter<'channel' | 'outcome'>;
  /** Time to handle one inbound message, lane wait and transaction included. */
  handlerSeconds: Histogram<'channel'>;
  /** Outbox rows sent, by channel. */
  outbound: Counter<'channel'>;
  /** Sends that failed, by channel and class: retry (transient) or permanent. */
  sendFailures: Counter<'channel' | 'class'>;
  /** Refreshes the database gauges and renders every metric in Prometheus' text format. */
  render(): Promise<string>;
}

/**
 * Creates the metrics of one process. The database gauges (outbox depth and oldest pending age, open tickets
 * by priority, SLA breaches) are read on each scrape, in one query, so they are right across processes.
 */
export function createMetrics(db: Kysely<DB>, clock: () => Date = () => new Date()): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'suar_' });
  const inbound = new Counter({
    name: 'suar_inbound_messages_total',
    help: 'Inbound messages by channel and outcome',
    labelNames: ['channel', 'outcome'] as const,
    registers: [registry],
  });
  const handlerSeconds = new Histogram({
    name: 'suar_inbound_handler_seconds',
    help: 'Time to handle one inbound message (lane wait and transaction included)',
    labelNames: ['channel'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const outbound = new Counter({
    name: 'suar_outbound_messages_total',
    help: 'Outbox rows sent, by channel',
    labelNames: ['channel'] as const,
    registers: [registry],
  });
  const sendFailures = new Counter({
    name: 'suar_send_failures_total',
    help: 'Failed sends by channel and class (retry: transient, permanent: given up)',
    labelNames: ['channel', 'class'] as const,
    registers: [registry],
  });
  const outboxPending = new Gauge({
    name: 'suar_outbox_pending',
    help: 'Outbox rows waiting to be sent',
    registers: [registry],
  });
  const outboxOldest = new Gauge({
    name: 'suar_outbox_oldest_pending_seconds',
    help: 'Age of the oldest outbox row waiting to be sent (0 when none)',
    registers: [registry],
  });
  const openTickets = new Gauge({
    name: 'suar_open_tickets',
    help: 'Tickets not closed, by priority',
    labelNames: ['priority'] as const,
    registers: [registry],
  });
  const slaBreaches = new Gauge({
    name: 'suar_sla_breaches',
    help: 'Open tickets past their first-response target with no staff reply yet',
    registers: [registry],
  });

  async function refresh(): Promise<void> {
    const now = clock();
    const { rows } = await sql<{ kind: string; priority: string | null; value: string | number | null }>`
      select 'pending' as kind, null as priority, count(*)::float8 as value
        from outbox where status = 'pending'
      union all
      select 'oldest', null, coalesce(extract(epoch from (${now}::timestamptz - min(created_at))), 0)::float8
        from outbox where status = 'pending'
      union all
      select 'open', priority, count(*)::float8 from tickets where status <> 'closed' group by priority
      union all
      select 'breached', null, count(*)::float8
        from tickets where status <> 'closed' and first_response_at is null and sla_due_at < ${now}
    `.execute(db);
    openTickets.reset();
    for (const priority of ['P1', 'P2', 'P3', 'P4']) openTickets.set({ priority }, 0);
    for (const row of rows) {
      const value = Number(row.value ?? 0);
      if (row.kind === 'pending') outboxPending.set(value);
      else if (row.kind === 'oldest') outboxOldest.set(Math.max(0, value));
      else if (row.kind === 'open' && row.priority) openTickets.set({ priority: row.priority }, value);
      else if (row.kind === 'breached') slaBreaches.set(value);
    }
  }

  return {
    registry,
    inbound,
    handlerSeconds,
    outbound,
    sendFailures,
    async render() {
      await refresh();
      return registry.metrics();
    },
  };
}
