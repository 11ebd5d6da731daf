import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { Listen, StopListening } from '../../db/notifications.ts';
import type { DB } from '../../db/schema.ts';
import { errorForLog } from '../../logging/error-for-log.ts';
import type { StaffMember } from '../../staff/staff-roles.ts';
import { inScope } from '../permissions.ts';

// Live desks. Every change to a ticket, its timeline or its transcript notifies the suar_desk channel when
// its transaction commits (triggers of migration 0007). One listener per Suar process gathers the ticket ids
// for a moment, reads what it needs about them in one query, and tells each connected desk about the tickets
// its staff member may see. Several processes on one PostgreSQL each listen, so a change made through one
// reaches desks connected to any other.

/** The LISTEN/NOTIFY channel the triggers send on. */
export const DESK_CHANNEL = 'suar_desk';

/** What a connected desk is told. */
export type LiveEvent =
  /** These tickets changed (null: anything may have changed, refresh everything). */
  | { type: 'tickets'; ids: string[] | null }
  /** A ticket became P1, or arrived as P1. */
  | { type: 'p1'; id: string; ref: string; reason: string };

/** One connected desk (a browser tab). */
export interface LiveClient {
  staff: Pick<StaffMember, 'id' | 'missionId'>;
  send(event: LiveEvent): void;
}

/** The per-process hub. */
export interface DeskLive {
  /** Adds a desk; returns the function that removes it. */
  connect(client: LiveClient): () => void;
  /** How many desks are connected (for tests and metrics). */
  readonly size: number;
  stop(): Promise<void>;
}

/** How long changes are gathered before one read (a raid brings hundreds of messages a second). */
const GATHER_MS = 150;

// An emergency is announced once per event; events older than this are not announced (after a restart).
const ANNOUNCE_WINDOW_MS = 10 * 60_000;

/** Starts listening; resolves once notifications flow. */
export async function startDeskLive(options: {
  db: Kysely<DB>;
  listen: Listen;
  logger: Logger;
  clock: () => Date;
}): Promise<DeskLive> {
  const clients = new Set<LiveClient>();
  const changed = new Set<string>();
  const announced = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const broadcast = (event: LiveEvent, missionId?: string | null) => {
    for (const client of clients) {
      if (missionId !== undefined && !inScope(client.staff, { missionId })) continue;
      try {
        client.send(event);
      } catch {
        clients.delete(client);
      }
    }
  };

  const flush = async () => {
    timer = undefined;
    if (stopped || changed.size === 0) return;
    const ids = [...changed];
    changed.clear();
    if (clients.size === 0) return;
    try {
      const now = options.clock();
      const tickets = await options.db
        .selectFrom('tickets')
        .select(['id', 'ref', 'mission_id', 'priority', 'priority_reason'])
        .where('id', 'in', ids)
        .execute();
      // Emergencies raised in these tickets lately: an arrival as P1, a raise to P1, or the person's SOS.
      const emergencies = await options.db
        .selectFrom('ticket_events')
        .select(['id', 'ticket_id'])
        .where('ticket_id', 'in', ids)
        .where('created_at', '>', new Date(now.getTime() - ANNOUNCE_WINDOW_MS))
        .where((eb) =>
          eb.or([
            eb('type', '=', 'emergency_raised'),
            eb.and([eb('type', '=', 'ticket_created'), sql<boolean>`data @> '{"priority":"P1"}'::jsonb`]),
            eb.and([eb('type', '=', 'priority_changed'), sql<boolean>`data @> '{"to":"P1"}'::jsonb`]),
          ]),
        )
        .execute();
      for (const [key, at] of announced) if (at < now.getTime() - ANNOUNCE_WINDOW_MS) announced.delete(key);
      for (const client of [...clients]) {
        const visible = tickets
          .filter((t) => inScope(client.staff, { missionId: t.mission_id }))
          .map((t) => t.id);
        if (visible.length > 0) {
          try {
            client.send({ type: 'tickets', ids: visible });
          } catch {
            clients.delete(client);
          }
        }
      }
      // One announcement per ticket per change: an arrival as P1 and its SOS in one message are one alarm.
      const alarmed = new Set<string>();
      for (const event of emergencies) {
        if (announced.has(event.id)) continue;
        announced.set(event.id, now.getTime());
        if (alarmed.has(event.ticket_id)) continue;
        alarmed.add(event.ticket_id);
        const ticket = tickets.find((t) => t.id === event.ticket_id);
        if (ticket?.priority !== 'P1') continue;
        broadcast(
          { type: 'p1', id: ticket.id, ref: ticket.ref, reason: ticket.priority_reason.slice(0, 140) },
          ticket.mission_id,
        );
      }
    } catch (error) {
      options.logger.warn({ event: 'desk_live_read_failed', ...errorForLog(error) });
      // Something changed and could not be read: every desk refreshes what it shows.
      broadcast({ type: 'tickets', ids: null });
    }
  };

  const stopListening: StopListening = await options.listen(
    DESK_CHANNEL,
    (payload) => {
      for (const id of payload.split(',')) if (/^[0-9a-f-]{36}$/.test(id)) changed.add(id);
      timer ??= setTimeout(() => void flush(), GATHER_MS);
    },
    // Notifications sent while the connection was down are lost: every desk refreshes.
    () => broadcast({ type: 'tickets', ids: null }),
  );

  return {
    connect(client) {
      clients.add(client);
      return () => clients.delete(client);
    },
    get size() {
      return clients.size;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clients.clear();
      await stopListening();
    },
  };
}
