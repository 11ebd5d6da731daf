import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { AttachmentRef, InboundMessage } from '../../src/channels/inbound-message.ts';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import { sweepTimeouts } from '../../src/conversations/sweep-timeouts.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { outboxTexts, testHost, ticketOf } from '../support/test-host.ts';

/** One step of a host transcript: a message (optionally redelivered under the same id) or silence. */
interface HostStep {
  send?: string;
  location?: { latitude: number; longitude: number };
  /** A file sent (its kind), and the album it belongs to. */
  attachment?: AttachmentRef['kind'];
  group?: string;
  /** Platform message id; reuse one to simulate a redelivery. */
  id?: string;
  /** Minutes of silence before this step. */
  wait?: number;
  /** Run the timeout sweep instead of sending. */
  sweep?: boolean;
  /** What the person received after this step (references normalised to SUAR-XXXX-XXXX). */
  expect?: string[];
}

interface HostGolden {
  description: string;
  /** The channel the person writes on (default: the web chat). */
  channel?: 'webchat' | 'telegram';
  /** Statuses of the files recorded, in order. */
  evidence?: string[];
  steps: HostStep[];
  /** Ticket columns expected at the end (a subset). */
  ticket?: Record<string, unknown>;
  /** Ticket audit-trail event types expected, in order (a subsequence). */
  events?: string[];
}

const dir = new URL('./goldens', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const normalise = (text: string) => text.replace(/SUAR-[A-Z0-9]{4}-[A-Z0-9]{4}/g, 'SUAR-XXXX-XXXX');

// Transcripts through the whole host and database: dedupe, ordering, triage interrupts, timeouts, tickets.
describeEachDatabase('host transcripts', (database) => {
  for (const file of files) {
    it(file, async () => {
      const path = join(dir, file);
      const golden = parse(readFileSync(path, 'utf8')) as HostGolden;
      const { host, advance } = testHost(database().db);
      const address = randomUUID();
      const played: HostStep[] = [];
      let seen = 0;
      let n = 0;
      for (const step of golden.steps) {
        advance((step.wait ?? 1) * 60_000);
        if (step.sweep) {
          await sweepTimeouts(host);
        } else {
          const message: InboundMessage = {
            channel: golden.channel ?? 'webchat',
            externalId: step.id ?? `${address}-${++n}`,
            address,
          };
          if (step.send !== undefined) message.text = step.send;
          if (step.location) message.location = step.location;
          if (step.attachment) {
            message.attachments = [
              { kind: step.attachment, ref: `file-${n}`, ...(step.group ? { group: step.group } : {}) },
            ];
          }
          await handleInbound(host, message);
        }
        const texts = await outboxTexts(host.db, address);
        const { expect: _old, ...rest } = step;
        played.push({ ...rest, expect: texts.slice(seen).map(normalise) });
        seen = texts.length;
      }
      if (process.env.UPDATE_GOLDEN === '1' && database().kind === 'pglite') {
        writeFileSync(path, stringify({ ...golden, steps: played }, { lineWidth: 0 }));
        return;
      }
      expect(played.map((s) => s.expect)).toEqual(golden.steps.map((s) => s.expect ?? []));
      if (golden.evidence) {
        const items = await host.db
          .selectFrom('evidence_items')
          .innerJoin('contacts', 'contacts.id', 'evidence_items.contact_id')
          .select(['evidence_items.kind', 'evidence_items.status'])
          .where('contacts.address', '=', address)
          .orderBy('evidence_items.created_at')
          .execute();
        expect(items.map((i) => `${i.kind} ${i.status}`)).toEqual(golden.evidence);
      }
      const ticket = await ticketOf(host.db, address);
      if (golden.ticket) expect(ticket).toMatchObject(golden.ticket);
      if (golden.events) {
        const types = (
          await host.db
            .selectFrom('ticket_events')
            .select('type')
            .where('ticket_id', '=', ticket!.id)
            .orderBy('id')
            .execute()
        ).map((e) => e.type);
        expect(types.filter((t) => golden.events!.includes(t))).toEqual(golden.events);
      }
    });
  }
});
