import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  assertStorageKey,
  EvidenceNotFoundError,
  type EvidenceStorage,
  EvidenceStorageError,
} from './evidence-storage.ts';

/**
 * Evidence in a folder (the embedded default, beside the PGlite data). A write goes to a temporary file that
 * is flushed to disk and then renamed, so a crash or a full disk never leaves half a file under the key.
 */
export function folderStorage(folder: string): EvidenceStorage {
  const root = resolve(folder);
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return join(root, key);
  };
  return {
    describe: `folder ${root}`,
    async put(key, bytes) {
      const path = pathOf(key);
      const temporary = `${path}.${randomBytes(6).toString('hex')}.partial`;
      try {
        await mkdir(dirname(path), { recursive: true, mode: 0o700 });
        const file = await open(temporary, 'w', 0o600);
        try {
          await file.writeFile(bytes);
          await file.sync();
        } finally {
          await file.close();
        }
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => {});
        throw new EvidenceStorageError(`could not write to the evidence folder (${codeOf(error)})`, {
          cause: error,
        });
      }
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (codeOf(error) === 'ENOENT') throw new EvidenceNotFoundError(key);
        throw new EvidenceStorageError(`could not read the evidence folder (${codeOf(error)})`, {
          cause: error,
        });
      }
    },
    async delete(key) {
      try {
        await rm(pathOf(key), { force: true });
      } catch (error) {
        throw new EvidenceStorageError(`could not delete from the evidence folder (${codeOf(error)})`, {
          cause: error,
        });
      }
    },
  };
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}
