import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EvidenceKeyRing } from './evidence-keys.ts';

// How a file is kept at rest: AES-256-GCM under the ring's current key, a fresh 96-bit nonce per file, and
// the storage key as associated data (a file copied under another item's key does not decrypt).
// Layout: "SUAREV1\n" | key-id length (1 byte) | key id | nonce (12) | ciphertext | tag (16).

const MAGIC = Buffer.from('SUAREV1\n', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** A stored file that is not ours, names a key we do not have, or was changed. */
export class EvidenceIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvidenceIntegrityError';
  }
}

/** Encrypts a file for storage under `storageKey`; returns the blob and the id of the key used. */
export function encryptEvidence(
  ring: EvidenceKeyRing,
  storageKey: string,
  plain: Uint8Array,
): { blob: Buffer; keyId: string } {
  const { id, key } = ring.current;
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(storageKey, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  const idBytes = Buffer.from(id, 'utf8');
  const blob = Buffer.concat([
    MAGIC,
    Buffer.from([idBytes.length]),
    idBytes,
    nonce,
    body,
    cipher.getAuthTag(),
  ]);
  return { blob, keyId: id };
}

/** The id of the key a stored blob was written with (rotation tooling reads it without decrypting). */
export function keyIdOfBlob(blob: Uint8Array): string {
  const buffer = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  if (buffer.length < MAGIC.length + 1 || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new EvidenceIntegrityError('not an evidence file');
  }
  const idLength = buffer[MAGIC.length]!;
  return buffer.subarray(MAGIC.length + 1, MAGIC.length + 1 + idLength).toString('utf8');
}

/** Decrypts a stored blob; throws EvidenceIntegrityError when the key is unknown or the bytes were changed. */
export function decryptEvidence(ring: EvidenceKeyRing, storageKey: string, blob: Uint8Array): Buffer {
  const buffer = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const keyId = keyIdOfBlob(buffer);
  const start = MAGIC.length + 1 + Buffer.byteLength(keyId, 'utf8');
  if (buffer.length < start + NONCE_BYTES + TAG_BYTES)
    throw new EvidenceIntegrityError('evidence file is truncated');
  const key = ring.byId.get(keyId);
  if (!key) throw new EvidenceIntegrityError(`evidence key ${keyId} is not configured (EVIDENCE_OLD_KEYS)`);
  const nonce = buffer.subarray(start, start + NONCE_BYTES);
  const body = buffer.subarray(start + NONCE_BYTES, buffer.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(storageKey, 'utf8'));
  decipher.setAuthTag(buffer.subarray(buffer.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new EvidenceIntegrityError('evidence file failed its integrity check');
  }
}
