import type { Kysely } from 'kysely';
import { pino } from 'pino';
import type { InboundMessage } from '../../src/channels/inbound-message.ts';
import type { Host } from '../../src/conversations/host.ts';
import type { DB } from '../../src/db/schema.ts';
import { DEFAULT_SLA_MINUTES } from '../../src/triage/index.ts';
import { content } from './engine-env.ts';
import { missionDirectory } from './missions.ts';

/** A host on a test database with a clock the test moves. */
export function testHost(db: Kysely<DB>, start = '2026-03-01T10:00:00.000Z') {
  let now = new Date(start).getTime();
  const host: Host = {
    db,
    content,
    clock: () => new Date(now),
    logger: pino({ level: 'silent' }),
    sessionTimeoutMs: 30 * 60_000,
    slaMinutes: { ...DEFAULT_SLA_MINUTES },
    missions: missionDirectory,
    relaxed: db,
  };
  return {
    host,
    advance(ms: number) {
      now += ms;
    },
  };
}

let counter = 0;

/** A web-chat message from one address, with a fresh external id unless given. */
export function webchatMessage(
  address: string,
  text: string,
  externalId = `ext-${++counter}`,
): InboundMessage {
  return { channel: 'webchat', externalId, address, text };
}

/** Bot messages queued for an address, oldest first. */
export async function outboxTexts(db: Kysely<DB>, address: string): Promise<string[]> {
  const rows = await db
    .selectFrom('outbox')
    .select(['payload', 'kind'])
    .where('address', '=', address)
    .orderBy('id')
    .execute();
  return rows.map((r) => (r.kind === 'delete' ? '[delete]' : String((r.payload as { text: string }).text)));
}

/** The ticket of the conversation at an address, if it has one. */
export async function ticketOf(db: Kysely<DB>, address: string) {
  return db
    .selectFrom('tickets')
    .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
    .selectAll('tickets')
    .where('contacts.address', '=', address)
    .executeTakeFirst();
}
