import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// The keys evidence is encrypted under. Each has an id, stored beside every item, so a rotated key can
// stay in the ring for reading while new writes use the current one.

/** One AES-256 key and the id items name it by. */
export interface EvidenceKey {
  id: string;
  key: Buffer;
}

/** The key new files are written with, and every key old files may name. */
export interface EvidenceKeyRing {
  current: EvidenceKey;
  /** Every key by id, the current one included. */
  byId: ReadonlyMap<string, Buffer>;
}

/** A key text that cannot be used. */
export class EvidenceKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvidenceKeyError';
  }
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** Reads `<id>:<base64 of 32 bytes>` (the form of EVIDENCE_KEY, each EVIDENCE_OLD_KEYS entry and the key file). */
export function parseEvidenceKey(text: string): EvidenceKey {
  const colon = text.indexOf(':');
  const id = colon > 0 ? text.slice(0, colon).trim() : '';
  if (!KEY_ID.test(id)) {
    throw new EvidenceKeyError(
      'an evidence key must look like <id>:<base64>, the id 1-32 of A-Z a-z 0-9 _ -',
    );
  }
  const key = Buffer.from(text.slice(colon + 1).trim(), 'base64');
  if (key.length !== 32)
    throw new EvidenceKeyError(`evidence key ${id} must be 32 bytes (base64 of 32 random bytes)`);
  return { id, key };
}

/** A ring from the current key and the old ones still needed to read older files. */
export function evidenceKeyRing(current: EvidenceKey, old: EvidenceKey[] = []): EvidenceKeyRing {
  const byId = new Map<string, Buffer>();
  for (const key of old) {
    if (byId.has(key.id)) throw new EvidenceKeyError(`evidence key id ${key.id} is listed twice`);
    byId.set(key.id, key.key);
  }
  if (byId.has(current.id)) throw new EvidenceKeyError(`evidence key id ${current.id} is listed twice`);
  byId.set(current.id, current.key);
  return { current, byId };
}

/** A new random key in the `<id>:<base64>` form (the id says when it was made, for rotation records). */
export function newEvidenceKeyText(now: Date = new Date()): string {
  const id = `k${now.toISOString().slice(0, 10).replaceAll('-', '')}`;
  return `${id}:${randomBytes(32).toString('base64')}`;
}

/**
 * The embedded default's key: read from `path`, or made there on first start (readable by this user only).
 * Why a file: `npm start` must work with nothing configured, and a key that changed on every start would
 * make every stored file unreadable.
 */
export function loadOrCreateKeyFile(
  path: string,
  now: Date = new Date(),
): { key: EvidenceKey; created: boolean } {
  try {
    return { key: parseEvidenceKey(readFileSync(path, 'utf8')), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  const text = newEvidenceKeyText(now);
  // 'wx': never overwrite a key another process made meanwhile; read that one instead.
  try {
    writeFileSync(path, `${text}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: parseEvidenceKey(readFileSync(path, 'utf8')), created: false };
  }
  chmodSync(path, 0o600);
  return { key: parseEvidenceKey(text), created: true };
}
