import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { decryptEvidence, EvidenceIntegrityError } from './evidence-cipher.ts';
import { type EvidenceItem, evidenceItemOf } from './evidence-item.ts';
import type { EvidenceKeyRing } from './evidence-keys.ts';
import type { EvidenceStorage } from './evidence-storage.ts';
import { findEvidenceRow } from './evidence-store.ts';
import { sha256Hex } from './keep-evidence.ts';

/** An item that has no readable file: not found, or not stored (pending, refused, deleted…). */
export class EvidenceUnavailableError extends Error {
  constructor(
    readonly id: string,
    readonly status: EvidenceItem['status'] | 'missing',
  ) {
    super(status === 'missing' ? 'no such evidence item' : `evidence item is ${status}, not stored`);
    this.name = 'EvidenceUnavailableError';
  }
}

/**
 * Reads one stored item: its metadata and its plain bytes, decrypted and checked against the SHA-256
 * recorded when it was kept. Throws EvidenceUnavailableError (nothing to read), EvidenceIntegrityError
 * (the blob was changed, or its key is not configured), EvidenceNotFoundError (the blob is gone from
 * storage) or EvidenceStorageError (storage failed; try again). Logging and auditing are the caller's.
 */
export async function readEvidence(
  db: Kysely<DB>,
  storage: EvidenceStorage,
  keys: EvidenceKeyRing,
  id: string,
): Promise<{ item: EvidenceItem; bytes: Buffer }> {
  const row = await findEvidenceRow(db, id);
  if (!row) throw new EvidenceUnavailableError(id, 'missing');
  if (row.status !== 'stored' || !row.storage_key || !row.sha256)
    throw new EvidenceUnavailableError(id, row.status);
  const bytes = decryptEvidence(keys, row.storage_key, await storage.get(row.storage_key));
  if (sha256Hex(bytes) !== row.sha256)
    throw new EvidenceIntegrityError('evidence file does not match its SHA-256');
  return { item: evidenceItemOf(row), bytes };
}
