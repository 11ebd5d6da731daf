import { randomBytes, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { listEvidenceForTicket, recordEvidence } from '../../src/evidence/evidence-store.ts';
import { applyRetention } from '../../src/retention/retention.ts';
import { describeEachDatabase } from '../support/databases.ts';

const DAY = 86_400_000;

/** A closed case, closed `daysAgo`, with a photo sent in its conversation, and a photo sent outside any case. */
async function closedCaseWithPhoto(database: Database, now: Date, daysAgo: number) {
  const db = database.db;
  const longAgo = new Date(now.getTime() - (daysAgo + 10) * DAY);
  const contact = await db
    .insertInto('contacts')
    .values({ channel: 'telegram', address: randomUUID(), last_seen_at: longAgo })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ticket = await db
    .insertInto('tickets')
    .values({
      ref: `SUAR-${randomBytes(4).toString('hex').toUpperCase()}`,
      contact_id: contact.id,
      status: 'closed',
      status_changed_at: new Date(now.getTime() - daysAgo * DAY),
      priority: 'P3',
      priority_reason: 'test',
      channel: 'telegram',
      language: 'id',
      sla_due_at: longAgo,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [inCase, outside] = await db
    .insertInto('messages')
    .values([
      {
        contact_id: contact.id,
        ticket_id: ticket.id,
        direction: 'in',
        channel: 'telegram',
        created_at: longAgo,
      },
      { contact_id: contact.id, direction: 'in', channel: 'telegram', created_at: longAgo },
    ])
    .returning('id')
    .execute();
  const origin = (messageId: string) => ({ contactId: contact.id, messageId, channel: 'telegram' });
  const [caseItem] = await recordEvidence(
    db,
    origin(String(inCase!.id)),
    [{ kind: 'photo', source: { fileId: 'a' } }],
    longAgo,
  );
  const [looseItem] = await recordEvidence(
    db,
    origin(String(outside!.id)),
    [{ kind: 'photo', source: { fileId: 'b' } }],
    longAgo,
  );
  return { ticketId: ticket.id, caseItem: caseItem!, looseItem: looseItem! };
}

async function statusOf(database: Database, id: string) {
  const row = await database.db
    .selectFrom('evidence_items')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { status: row.status, ticketId: row.ticket_id, source: row.source };
}

describeEachDatabase('evidence retention', (database) => {
  it('keeps a case’s files past the transcript, deletes them with its report data, and forgets files of no case with the person', async () => {
    const now = new Date('2027-06-01T00:00:00Z');
    const { ticketId, caseItem, looseItem } = await closedCaseWithPhoto(database(), now, 400);
    const settings = { transcriptDays: 30, contactDays: 365, identityDays: 365, reportDays: 730 };
    await applyRetention(database().db, settings, now);
    // Messages are gone; the case's photo is still the case's, and still kept.
    expect(await statusOf(database(), caseItem)).toMatchObject({ status: 'pending', ticketId });
    expect((await listEvidenceForTicket(database().db, ticketId)).map((i) => i.id)).toEqual([caseItem]);
    // The photo sent outside any case went when the person was forgotten.
    expect(await statusOf(database(), looseItem)).toMatchObject({ status: 'deleted', source: {} });

    await applyRetention(database().db, settings, new Date(now.getTime() + 400 * DAY));
    expect(await statusOf(database(), caseItem)).toMatchObject({ status: 'deleted', ticketId, source: {} });
  });
});
