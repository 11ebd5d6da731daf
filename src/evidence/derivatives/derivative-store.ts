import { decryptEvidence, EvidenceIntegrityError, encryptEvidence } from '../evidence-cipher.ts';
import type { EvidenceKeyRing } from '../evidence-keys.ts';
import { EvidenceNotFoundError, type EvidenceStorage, storageKeyOf } from '../evidence-storage.ts';

// Derivatives are made on demand, the first time staff open an item, and cached encrypted beside the
// original (same storage, same keys, never plaintext on disk). Why on demand rather than once after the
// fetch: keeping the evidence is the urgent job (platform links expire within minutes) and must never wait
// for, or fail because of, an image or audio library; files nobody opens cost nothing; and a change of
// size or format only needs a new version suffix below, not a migration of stored files. The cost is the
// first view of each item (a thumbnail is about 50–200 ms; a five-minute voice note a few seconds).

/** What is cached per item. `facts` is JSON: the photo's GPS hint, a recording's length. */
export type DerivativeVariant = 'thumbnail' | 'display' | 'wav' | 'facts';

const VARIANTS: readonly DerivativeVariant[] = ['thumbnail', 'display', 'wav', 'facts'];

// Bump to remake every cached copy of a variant (the old blobs are removed with their item).
const VERSION = 'v1';

/** Where a derivative of an item is kept: fixed by the item's id, so making it twice writes one object. */
export function derivativeStorageKey(itemId: string, variant: DerivativeVariant): string {
  return `${storageKeyOf(itemId)}-${variant}-${VERSION}`;
}

/** Every key a derivative of the item may be kept under: deleting an item's files deletes these too. */
export function derivativeStorageKeys(itemId: string): string[] {
  return VARIANTS.map((variant) => derivativeStorageKey(itemId, variant));
}

/** Deletes an item's cached derivatives (missing ones are fine: most items never had all of them). */
export async function deleteDerivatives(storage: EvidenceStorage, itemId: string): Promise<void> {
  for (const key of derivativeStorageKeys(itemId)) await storage.delete(key);
}

/** What reading and writing derivatives needs: the evidence storage and its keys. */
export interface DerivativeStore {
  storage: EvidenceStorage;
  keys: EvidenceKeyRing;
}

// Two at a time per process: a page of thumbnails must not take both cores from the webhooks.
const MAX_MAKING = 2;
let making = 0;
const waiting: (() => void)[] = [];
// One making per derivative: ten requests for the same thumbnail wait for the first.
const inFlight = new Map<string, Promise<Buffer>>();

/**
 * The cached derivative, or made by `make` (from the original, which it reads), stored encrypted and
 * returned. A cached blob that no longer decrypts (its key was retired from the ring) is made again.
 */
export function loadDerivative(
  store: DerivativeStore,
  itemId: string,
  variant: DerivativeVariant,
  make: () => Promise<Uint8Array>,
): Promise<Buffer> {
  const key = derivativeStorageKey(itemId, variant);
  const running = inFlight.get(key);
  if (running) return running;
  const loading = (async () => {
    try {
      return decryptEvidence(store.keys, key, await store.storage.get(key));
    } catch (error) {
      if (!(error instanceof EvidenceNotFoundError) && !(error instanceof EvidenceIntegrityError))
        throw error;
    }
    const bytes = Buffer.from(await whenFree(make));
    await store.storage.put(key, encryptEvidence(store.keys, key, bytes).blob);
    return bytes;
  })().finally(() => inFlight.delete(key));
  inFlight.set(key, loading);
  return loading;
}

async function whenFree<T>(work: () => Promise<T>): Promise<T> {
  if (making < MAX_MAKING) making++;
  // Else wait for a slot: a finishing job hands its slot straight to the next one.
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else making--;
  }
}
