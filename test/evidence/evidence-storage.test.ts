import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decryptEvidence,
  EvidenceIntegrityError,
  encryptEvidence,
} from '../../src/evidence/evidence-cipher.ts';
import {
  EvidenceKeyError,
  evidenceKeyRing,
  loadOrCreateKeyFile,
  parseEvidenceKey,
} from '../../src/evidence/evidence-keys.ts';
import {
  EvidenceNotFoundError,
  type EvidenceStorage,
  EvidenceStorageError,
  storageKeyOf,
} from '../../src/evidence/evidence-storage.ts';
import { folderStorage } from '../../src/evidence/folder-storage.ts';
import { s3Storage } from '../../src/evidence/s3-storage.ts';
import { type FakeS3, startFakeS3 } from '../support/fake-s3.ts';

const folder = mkdtempSync(join(tmpdir(), 'suar-evidence-storage-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const keyText = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('evidence encryption', () => {
  const old = parseEvidenceKey(keyText('old'));
  const current = parseEvidenceKey(keyText('new'));
  const key = storageKeyOf('0f8fad5b-d9cb-469f-a165-70867728950e');

  it('writes with the current key and reads files written with an old one after a rotation', () => {
    const before = encryptEvidence(evidenceKeyRing(old), key, Buffer.from('paspor'));
    expect(before.keyId).toBe('old');
    const rotated = evidenceKeyRing(current, [old]);
    const after = encryptEvidence(rotated, key, Buffer.from('kontrak'));
    expect(after.keyId).toBe('new');
    expect(decryptEvidence(rotated, key, before.blob).toString()).toBe('paspor');
    expect(decryptEvidence(rotated, key, after.blob).toString()).toBe('kontrak');
    // The old key dropped from the configuration: its files can no longer be read, and the error says why.
    expect(() => decryptEvidence(evidenceKeyRing(current), key, before.blob)).toThrow(
      /old is not configured/,
    );
  });

  it('refuses a changed blob, a blob moved under another key, and a truncated one', () => {
    const ring = evidenceKeyRing(current);
    const { blob } = encryptEvidence(ring, key, Buffer.from('foto'));
    const changed = Buffer.from(blob);
    changed[changed.length - 1]! ^= 1;
    expect(() => decryptEvidence(ring, key, changed)).toThrow(EvidenceIntegrityError);
    expect(() => decryptEvidence(ring, storageKeyOf('1f8fad5b-d9cb-469f-a165-70867728950e'), blob)).toThrow(
      EvidenceIntegrityError,
    );
    expect(() => decryptEvidence(ring, key, blob.subarray(0, 20))).toThrow(EvidenceIntegrityError);
    expect(() => decryptEvidence(ring, key, Buffer.from('plain text'))).toThrow(/not an evidence file/);
  });

  it('parses keys strictly', () => {
    expect(() => parseEvidenceKey('no-colon')).toThrow(EvidenceKeyError);
    expect(() => parseEvidenceKey(`k:${randomBytes(16).toString('base64')}`)).toThrow(/32 bytes/);
    expect(() => parseEvidenceKey(`bad id:${randomBytes(32).toString('base64')}`)).toThrow(EvidenceKeyError);
    expect(() => evidenceKeyRing(current, [current])).toThrow(/twice/);
  });

  it('makes the embedded key file once, readable by its owner only, and keeps it', () => {
    const path = join(folder, 'data-evidence.key');
    const first = loadOrCreateKeyFile(path);
    expect(first.created).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = loadOrCreateKeyFile(path);
    expect(again.created).toBe(false);
    expect(again.key.key.equals(first.key.key)).toBe(true);
  });
});

/** The same behaviour from every storage. */
function storageContract(name: string, make: () => EvidenceStorage, broken: () => Promise<EvidenceStorage>) {
  describe(`${name} storage`, () => {
    it('puts, gets, overwrites and deletes', async () => {
      const storage = make();
      const key = storageKeyOf('2f8fad5b-d9cb-469f-a165-70867728950e');
      await storage.put(key, Buffer.from('one'));
      await storage.put(key, Buffer.from('two'));
      expect(Buffer.from(await storage.get(key)).toString()).toBe('two');
      await storage.delete(key);
      await expect(storage.get(key)).rejects.toBeInstanceOf(EvidenceNotFoundError);
      await storage.delete(key);
    });

    it('refuses keys Suar does not make', async () => {
      await expect(make().put('../etc/passwd', Buffer.from('x'))).rejects.toThrow(
        /invalid evidence storage key/,
      );
    });

    it('turns a storage failure into a retryable error', async () => {
      const storage = await broken();
      await expect(
        storage.put(storageKeyOf('3f8fad5b-d9cb-469f-a165-70867728950e'), Buffer.from('x')),
      ).rejects.toBeInstanceOf(EvidenceStorageError);
    });
  });
}

storageContract(
  'folder',
  () => folderStorage(join(folder, 'store')),
  async () => {
    // A file where the folder should be: writing fails as a full or read-only disk would.
    const blocked = join(folder, 'blocked');
    writeFileSync(blocked, 'not a folder');
    return folderStorage(blocked);
  },
);

let s3: FakeS3;
beforeAll(async () => {
  s3 = await startFakeS3();
});
afterAll(() => s3.close());
const s3Settings = () => ({
  bucket: 'suar-evidence',
  prefix: 'test/',
  region: 'us-east-1',
  endpoint: s3.url,
  forcePathStyle: true,
  credentials: { accessKeyId: 'minio', secretAccessKey: 'minio-secret' },
});
storageContract(
  's3',
  () => s3Storage(s3Settings()),
  async () => {
    const storage = s3Storage({ ...s3Settings(), bucket: 'down' });
    s3.failWith = 503;
    return {
      describe: storage.describe,
      get: storage.get,
      delete: storage.delete,
      async put(key, bytes) {
        try {
          await storage.put(key, bytes);
        } finally {
          s3.failWith = null;
        }
      },
    };
  },
);

describe('s3 storage', () => {
  it('writes under the prefix, path-style', async () => {
    const storage = s3Storage(s3Settings());
    const key = storageKeyOf('4f8fad5b-d9cb-469f-a165-70867728950e');
    await storage.put(key, Buffer.from('blob'));
    expect(s3.objects.get(`/suar-evidence/test/${key}`)?.toString()).toBe('blob');
  });
});
