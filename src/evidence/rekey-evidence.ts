import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { decryptEvidence, EvidenceIntegrityError, encryptEvidence } from './evidence-cipher.ts';
import type { EvidenceKeyRing } from './evidence-keys.ts';
import type { EvidenceStorage } from './evidence-storage.ts';
import { sha256Hex } from './keep-evidence.ts';

/** What a re-encryption run did. */
export interface RekeyReport {
  rekeyed: number;
  /** Items whose blob could not be read or did not match its hash (left as they are, listed by id). */
  problems: { id: string; problem: string }[];
}

/**
 * Re-encrypts every stored file written under an older key with the ring's current key, so the old key can
 * be removed from EVIDENCE_OLD_KEYS. Safe to stop and run again: each blob is replaced whole under its own
 * storage key (the blob names its key, so a crash between the write and the row's update still reads), and
 * a row deleted meanwhile has its new blob removed again.
 */
export async function rekeyEvidence(
  db: Kysely<DB>,
  storage: EvidenceStorage,
  keys: EvidenceKeyRing,
  options: { batch?: number; onProgress?: (done: number) => void } = {},
): Promise<RekeyReport> {
  const report: RekeyReport = { rekeyed: 0, problems: [] };
  const skipped = new Set<string>();
  for (;;) {
    const rows = await db
      .selectFrom('evidence_items')
      .select(['id', 'storage_key', 'key_id', 'sha256'])
      .where('status', '=', 'stored')
      .where('key_id', '<>', keys.current.id)
      .$if(skipped.size > 0, (q) => q.where('id', 'not in', [...skipped]))
      .orderBy('id')
      .limit(options.batch ?? 50)
      .execute();
    if (rows.length === 0) return report;
    for (const row of rows) {
      const storageKey = row.storage_key!;
      let plain: Buffer;
      try {
        plain = decryptEvidence(keys, storageKey, await storage.get(storageKey));
        if (sha256Hex(plain) !== row.sha256) throw new EvidenceIntegrityError('does not match its SHA-256');
      } catch (error) {
        report.problems.push({ id: row.id, problem: (error as Error).message });
        skipped.add(row.id);
        continue;
      }
      const { blob, keyId } = encryptEvidence(keys, storageKey, plain);
      await storage.put(storageKey, blob);
      const updated = await db
        .updateTable('evidence_items')
        .set({ key_id: keyId })
        .where('id', '=', row.id)
        .where('status', '=', 'stored')
        .executeTakeFirst();
      // Deleted while we worked: the blob just written must not outlive its row.
      if (updated.numUpdatedRows === 0n) await storage.delete(storageKey);
      else report.rekeyed += 1;
    }
    options.onProgress?.(report.rekeyed);
  }
}
