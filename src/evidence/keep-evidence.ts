import { createHash } from 'node:crypto';
import { encryptEvidence } from './evidence-cipher.ts';
import type { EvidenceKeyRing } from './evidence-keys.ts';
import { type EvidenceStorage, storageKeyOf } from './evidence-storage.ts';

/** What keeping a file produced: where it is, under which key, and the hash of the plain bytes. */
export interface KeptBlob {
  storageKey: string;
  keyId: string;
  sha256: string;
  size: number;
}

/**
 * Encrypts a file and writes it under the item's fixed key (a second run overwrites the same object, so a
 * retried fetch never keeps two copies). Throws EvidenceStorageError when storage fails (worth a retry).
 */
export async function keepEvidenceBytes(
  storage: EvidenceStorage,
  keys: EvidenceKeyRing,
  itemId: string,
  bytes: Uint8Array,
): Promise<KeptBlob> {
  const storageKey = storageKeyOf(itemId);
  const { blob, keyId } = encryptEvidence(keys, storageKey, bytes);
  await storage.put(storageKey, blob);
  return { storageKey, keyId, sha256: sha256Hex(bytes), size: bytes.byteLength };
}

/** The SHA-256 of bytes, in hex (what the row keeps and the reader checks). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
