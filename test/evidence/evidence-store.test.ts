import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { EvidenceIntegrityError } from '../../src/evidence/evidence-cipher.ts';
import { evidenceKeyRing, parseEvidenceKey } from '../../src/evidence/evidence-keys.ts';
import { storageKeyOf } from '../../src/evidence/evidence-storage.ts';
import {
  claimDueEvidence,
  findBlobsToPurge,
  listEvidenceForTicket,
  markEvidenceRetry,
  markEvidenceSettled,
  markEvidenceStored,
  markTicketEvidenceDeleted,
  recordEvidence,
} from '../../src/evidence/evidence-store.ts';
import { folderStorage } from '../../src/evidence/folder-storage.ts';
import { keepEvidenceBytes } from '../../src/evidence/keep-evidence.ts';
import { EvidenceUnavailableError, readEvidence } from '../../src/evidence/read-evidence.ts';
import { describeEachDatabase } from '../support/databases.ts';

const folder = mkdtempSync(join(tmpdir(), 'suar-evidence-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const storage = folderStorage(folder);
const keys = evidenceKeyRing(parseEvidenceKey(`k1:${randomBytes(32).toString('base64')}`));

/** A contact with one inbound message and a ticket that took the message over. */
async function contactWithTicket(database: Database) {
  const db = database.db;
  const contact = await db
    .insertInto('contacts')
    .values({ channel: 'telegram', address: randomUUID() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const message = await db
    .insertInto('messages')
    .values({ contact_id: contact.id, direction: 'in', channel: 'telegram', external_id: randomUUID() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ticket = await db
    .insertInto('tickets')
    .values({
      ref: `SUAR-${randomBytes(4).toString('hex').toUpperCase()}`,
      contact_id: contact.id,
      priority: 'P3',
      priority_reason: 'test',
      channel: 'telegram',
      language: 'id',
      sla_due_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { contactId: contact.id, messageId: String(message.id), ticketId: ticket.id };
}

describeEachDatabase('evidence store', (database) => {
  it('records items with their message, claims each once, and stores encrypted bytes a reader gets back', async () => {
    const db = database().db;
    const { contactId, messageId, ticketId } = await contactWithTicket(database());
    const now = new Date();
    const [id] = await recordEvidence(
      db,
      { contactId, messageId, channel: 'telegram' },
      [{ kind: 'photo', source: { fileId: 'abc' }, declaredMime: 'image/jpeg', declaredSize: 5 }],
      now,
    );
    // Not yet linked to the ticket: found through the message the ticket takes over.
    await db.updateTable('messages').set({ ticket_id: ticketId }).where('id', '=', messageId).execute();
    expect((await listEvidenceForTicket(db, ticketId)).map((i) => [i.id, i.status])).toEqual([
      [id, 'pending'],
    ]);

    const claimed = await claimDueEvidence(db, now, 60_000, 10);
    const mine = claimed.find((c) => c.id === id)!;
    expect(mine).toMatchObject({ kind: 'photo', source: { fileId: 'abc' }, claim: 1 });
    // Leased: a second worker does not get it.
    expect((await claimDueEvidence(db, now, 60_000, 10)).some((c) => c.id === id)).toBe(false);

    const plain = Buffer.from('the bytes of a photo');
    const kept = await keepEvidenceBytes(storage, keys, id!, plain);
    const onDisk = readFileSync(join(folder, kept.storageKey));
    expect(onDisk.includes(plain)).toBe(false);
    expect(
      await markEvidenceStored(db, mine, { ...kept, detectedMime: 'image/jpeg', width: 2, height: 3 }, now),
    ).toBe(true);
    const read = await readEvidence(db, storage, keys, id!);
    expect(read.bytes.equals(plain)).toBe(true);
    expect(read.item).toMatchObject({
      status: 'stored',
      ticketId,
      size: plain.length,
      width: 2,
      sha256: kept.sha256,
    });
    expect(read.item).not.toHaveProperty('source');
  });

  it('lets a lease that ran out come back, and only the latest claim records the outcome', async () => {
    const db = database().db;
    const { contactId, messageId } = await contactWithTicket(database());
    const start = new Date(Date.now() + 3_600_000);
    const [id] = await recordEvidence(
      db,
      { contactId, messageId, channel: 'telegram' },
      [{ kind: 'voice', source: {} }],
      start,
    );
    const first = (await claimDueEvidence(db, start, 1_000, 100)).find((c) => c.id === id)!;
    // The first worker died: after the lease, another claims it.
    const later = new Date(start.getTime() + 2_000);
    const second = (await claimDueEvidence(db, later, 60_000, 100)).find((c) => c.id === id)!;
    expect(second.claim).toBe(2);
    expect(await markEvidenceSettled(db, first, { status: 'failed', reason: 'late' }, later)).toBe(false);
    expect(await markEvidenceRetry(db, second, new Date(later.getTime() + 5_000), 'Bot API 502', later)).toBe(
      true,
    );
    const row = await db
      .selectFrom('evidence_items')
      .selectAll()
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', reason: 'Bot API 502', attempts: 2 });
    // Not due yet, then due.
    expect((await claimDueEvidence(db, later, 60_000, 100)).some((c) => c.id === id)).toBe(false);
    const third = (await claimDueEvidence(db, new Date(later.getTime() + 6_000), 60_000, 100)).find(
      (c) => c.id === id,
    );
    expect(third?.claim).toBe(3);
  });

  it('refuses to read what is not stored, and a blob that was changed', async () => {
    const db = database().db;
    const { contactId, messageId } = await contactWithTicket(database());
    const now = new Date();
    const [pending, refused] = await recordEvidence(
      db,
      { contactId, messageId, channel: 'telegram' },
      [
        { kind: 'photo', source: {} },
        { kind: 'video', source: {}, settled: { status: 'too_large', reason: 'over 20 MB' } },
      ],
      now,
    );
    await expect(readEvidence(db, storage, keys, pending!)).rejects.toBeInstanceOf(EvidenceUnavailableError);
    await expect(readEvidence(db, storage, keys, refused!)).rejects.toMatchObject({ status: 'too_large' });
    await expect(readEvidence(db, storage, keys, 'not-a-uuid')).rejects.toMatchObject({ status: 'missing' });

    const [id] = await recordEvidence(
      db,
      { contactId, messageId, channel: 'telegram' },
      [{ kind: 'document', source: {} }],
      now,
    );
    const claim = (await claimDueEvidence(db, now, 60_000, 100)).find((c) => c.id === id)!;
    const kept = await keepEvidenceBytes(storage, keys, id!, Buffer.from('%PDF-1.4 contract'));
    await markEvidenceStored(db, claim, { ...kept, detectedMime: 'application/pdf' }, now);
    const path = join(folder, kept.storageKey);
    const blob = readFileSync(path);
    blob[blob.length - 20]! ^= 1;
    await storage.put(kept.storageKey, blob);
    await expect(readEvidence(db, storage, keys, id!)).rejects.toBeInstanceOf(EvidenceIntegrityError);
  });

  it('deletes a ticket’s files: rows at once in the transaction, blobs after', async () => {
    const db = database().db;
    const { contactId, messageId, ticketId } = await contactWithTicket(database());
    await db.updateTable('messages').set({ ticket_id: ticketId }).where('id', '=', messageId).execute();
    const now = new Date();
    const [id] = await recordEvidence(
      db,
      { contactId, messageId, channel: 'telegram' },
      [{ kind: 'document', source: { fileId: 'x' }, declaredName: 'kontrak.pdf' }],
      now,
    );
    const claim = (await claimDueEvidence(db, now, 60_000, 100)).find((c) => c.id === id)!;
    const kept = await keepEvidenceBytes(storage, keys, id!, Buffer.from('%PDF-1.4'));
    await markEvidenceStored(db, claim, { ...kept, detectedMime: 'application/pdf' }, now);

    // A rolled-back deletion changes nothing.
    await db
      .transaction()
      .execute(async (trx) => {
        expect(await markTicketEvidenceDeleted(trx, ticketId, now)).toBe(1);
        throw new Error('rollback');
      })
      .catch(() => {});
    expect((await readEvidence(db, storage, keys, id!)).item.status).toBe('stored');

    expect(await db.transaction().execute((trx) => markTicketEvidenceDeleted(trx, ticketId, now))).toBe(1);
    const [item] = await listEvidenceForTicket(db, ticketId);
    expect(item).toMatchObject({ status: 'deleted', declaredName: null, sha256: null, ticketId });
    expect((await findBlobsToPurge(db, 1000)).find((b) => b.id === id)?.storageKey).toBe(storageKeyOf(id!));
    expect(readdirSync(join(folder, 'evidence', id!.slice(0, 2)))).toContain(id);
  });
});
