// Where evidence bytes live: one small interface, a folder or an S3-compatible bucket behind it. The bytes
// given are already encrypted; storage never sees a file in the clear.

/** Keeps opaque blobs under keys. */
export interface EvidenceStorage {
  /** Writes a blob whole (a reader never sees half of it); overwriting the same key is allowed (a retry). */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Reads a blob; throws EvidenceNotFoundError when there is none. */
  get(key: string): Promise<Uint8Array>;
  /** Deletes a blob; a missing one is not an error (deletion is retried). */
  delete(key: string): Promise<void>;
  /** Where it stores, for the start-up log (no secrets). */
  readonly describe: string;
}

/** Storage has no blob under that key. */
export class EvidenceNotFoundError extends Error {
  constructor(readonly key: string) {
    super('no stored file under this key');
    this.name = 'EvidenceNotFoundError';
  }
}

/** Storage failed (full disk, bucket unreachable): worth trying again later. */
export class EvidenceStorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EvidenceStorageError';
  }
}

const STORAGE_KEY = /^[a-z0-9][a-z0-9/_-]{0,200}$/;

/** Throws unless the key is one Suar makes (no dots, no leading slash: it can never leave the folder). */
export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY.test(key) || key.includes('//')) throw new Error('invalid evidence storage key');
}

/** The storage key of an item: fixed by its id, so a fetch that runs twice writes the same object. */
export function storageKeyOf(itemId: string): string {
  return `evidence/${itemId.slice(0, 2)}/${itemId}`;
}
