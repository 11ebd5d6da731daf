import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { keyIdOfBlob } from '../../src/evidence/evidence-cipher.ts';
import { evidenceKeyRing, parseEvidenceKey } from '../../src/evidence/evidence-keys.ts';
import { claimDueEvidence, markEvidenceStored, recordEvidence } from '../../src/evidence/evidence-store.ts';
import { folderStorage } from '../../src/evidence/folder-storage.ts';
import { keepEvidenceBytes } from '../../src/evidence/keep-evidence.ts';
import { readEvidence } from '../../src/evidence/read-evidence.ts';
import { rekeyEvidence } from '../../src/evidence/rekey-evidence.ts';
import { describeEachDatabase } from '../support/databases.ts';

const folder = mkdtempSync(join(tmpdir(), 'suar-evidence-rekey-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const key = (id: string) => parseEvidenceKey(`${id}:${randomBytes(32).toString('base64')}`);

describeEachDatabase('evidence key rotation', (database) => {
  it('re-encrypts files under an old key with the current one, so the old key can be dropped', async () => {
    const db = database().db;
    const storage = folderStorage(join(folder, randomUUID()));
    const old = key('old');
    const current = key('new');
    const contact = await db
      .insertInto('contacts')
      .values({ channel: 'telegram', address: randomUUID() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const now = new Date();
    const ids = await recordEvidence(
      db,
      { contactId: contact.id, messageId: null, channel: 'telegram' },
      [0, 1, 2].map(() => ({ kind: 'photo', source: { via: 'telegram' } })),
      now,
    );
    const claims = (await claimDueEvidence(db, now, 60_000, 100)).filter((c) => ids.includes(c.id));
    for (const claim of claims) {
      const kept = await keepEvidenceBytes(
        storage,
        evidenceKeyRing(old),
        claim.id,
        Buffer.from(`file ${claim.id}`),
      );
      await markEvidenceStored(db, claim, { ...kept, detectedMime: 'image/jpeg' }, now);
    }
    // One blob was changed at rest: reported, left alone.
    const broken = ids[2]!;
    const row = await db
      .selectFrom('evidence_items')
      .select('storage_key')
      .where('id', '=', broken)
      .executeTakeFirstOrThrow();
    const blob = Buffer.from(await storage.get(row.storage_key!));
    blob[blob.length - 1]! ^= 1;
    await storage.put(row.storage_key!, blob);

    const rotated = evidenceKeyRing(current, [old]);
    const report = await rekeyEvidence(db, storage, rotated);
    expect(report.rekeyed).toBe(2);
    expect(report.problems.map((p) => p.id)).toEqual([broken]);
    // A second run has nothing more to do.
    expect((await rekeyEvidence(db, storage, rotated)).rekeyed).toBe(0);

    const onlyNew = evidenceKeyRing(current);
    for (const id of ids.slice(0, 2)) {
      const { item, bytes } = await readEvidence(db, storage, onlyNew, id);
      expect(bytes.toString()).toBe(`file ${id}`);
      const stored = await db
        .selectFrom('evidence_items')
        .select(['key_id', 'storage_key'])
        .where('id', '=', item.id)
        .executeTakeFirstOrThrow();
      expect(stored.key_id).toBe('new');
      expect(keyIdOfBlob(await storage.get(stored.storage_key!))).toBe('new');
    }
  });
});
