import { randomBytes } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import {
  deleteDerivatives,
  derivativeStorageKey,
  derivativeStorageKeys,
  loadDerivative,
} from '../../src/evidence/derivatives/index.ts';
import { evidenceKeyRing, parseEvidenceKey } from '../../src/evidence/evidence-keys.ts';
import { EvidenceNotFoundError, storageKeyOf } from '../../src/evidence/evidence-storage.ts';
import { testEvidenceStore } from '../support/evidence-desk.ts';

const store = testEvidenceStore();
afterAll(() => store.remove());
const itemId = '0f0e0d0c-0b0a-4908-8706-050403020100';

it('makes a copy once, keeps it encrypted, and gives it back from the cache', async () => {
  let made = 0;
  const make = async () => {
    made++;
    return Buffer.from('a made copy');
  };
  // Two views at once: one making.
  const [a, b] = await Promise.all([
    loadDerivative(store, itemId, 'thumbnail', make),
    loadDerivative(store, itemId, 'thumbnail', make),
  ]);
  expect([a.toString(), b.toString(), made]).toEqual(['a made copy', 'a made copy', 1]);
  const blob = Buffer.from(await store.storage.get(derivativeStorageKey(itemId, 'thumbnail')));
  expect(blob.subarray(0, 8).toString('latin1')).toBe('SUAREV1\n');
  expect(blob.includes(Buffer.from('a made copy'))).toBe(false);
  expect((await loadDerivative(store, itemId, 'thumbnail', make)).toString()).toBe('a made copy');
  expect(made).toBe(1);
});

it('a copy under a key no longer in the ring is made again', async () => {
  await loadDerivative(store, itemId, 'display', async () => Buffer.from('old'));
  const rotated = {
    storage: store.storage,
    keys: evidenceKeyRing(parseEvidenceKey(`k2:${randomBytes(32).toString('base64')}`)),
  };
  expect((await loadDerivative(rotated, itemId, 'display', async () => Buffer.from('new'))).toString()).toBe(
    'new',
  );
});

it('a failed making stores nothing, and the next view tries again', async () => {
  await expect(
    loadDerivative(store, itemId, 'wav', async () => {
      throw new Error('decoder broke');
    }),
  ).rejects.toThrow('decoder broke');
  await expect(store.storage.get(derivativeStorageKey(itemId, 'wav'))).rejects.toBeInstanceOf(
    EvidenceNotFoundError,
  );
  expect((await loadDerivative(store, itemId, 'wav', async () => Buffer.from('ok'))).toString()).toBe('ok');
});

it('deleting an item deletes every copy made of it, beside its original key', async () => {
  await loadDerivative(store, itemId, 'facts', async () => Buffer.from('{}'));
  expect(derivativeStorageKeys(itemId).every((key) => key.startsWith(`${storageKeyOf(itemId)}-`))).toBe(true);
  await deleteDerivatives(store.storage, itemId);
  for (const key of derivativeStorageKeys(itemId))
    await expect(store.storage.get(key)).rejects.toBeInstanceOf(EvidenceNotFoundError);
});
