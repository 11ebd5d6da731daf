import type { Logger } from 'pino';
import {
  type EvidenceKey,
  type EvidenceKeyRing,
  evidenceKeyRing,
  loadOrCreateKeyFile,
} from './evidence-keys.ts';
import type { EvidenceLimits } from './evidence-limits.ts';
import type { EvidenceStorage } from './evidence-storage.ts';
import { folderStorage } from './folder-storage.ts';
import { type S3StorageSettings, s3Storage } from './s3-storage.ts';

/** How evidence is stored, encrypted and limited (read from the environment by config.ts). */
export interface EvidenceConfig {
  storage: { type: 'folder'; folder: string } | ({ type: 's3' } & S3StorageSettings);
  /** EVIDENCE_KEY: the key new files are written with; null: the key file (embedded default). */
  key: EvidenceKey | null;
  /** EVIDENCE_OLD_KEYS: keys of earlier files, kept for reading after a rotation. */
  oldKeys: EvidenceKey[];
  /** Where the embedded default keeps its generated key (used only without EVIDENCE_KEY). */
  keyFile: string;
  /** Size caps per class of file. */
  limits: EvidenceLimits;
  /** The largest file the web chat accepts in one upload. */
  uploadMaxBytes: number;
  /** How often the fetch worker looks for due items when not woken. */
  pollMs: number;
  /**
   * How long a worker holds an item it is downloading: longer than the slowest download, since one that
   * takes longer may be downloaded again by another worker; a worker that died leaves its items this long.
   */
  leaseMs: number;
}

/** The configured storage (nothing is opened until first use). */
export function createEvidenceStorage(config: EvidenceConfig): EvidenceStorage {
  return config.storage.type === 'folder' ? folderStorage(config.storage.folder) : s3Storage(config.storage);
}

/** The key ring: EVIDENCE_KEY and EVIDENCE_OLD_KEYS, or the key file (made on first start). */
export function loadEvidenceKeys(config: EvidenceConfig, logger: Logger): EvidenceKeyRing {
  if (config.key) return evidenceKeyRing(config.key, config.oldKeys);
  const { key, created } = loadOrCreateKeyFile(config.keyFile);
  if (created) {
    logger.warn(
      { event: 'evidence_key_created', path: config.keyFile },
      'A new key for stored evidence was made; back it up: without it, stored files cannot be read',
    );
  }
  return evidenceKeyRing(key, config.oldKeys);
}
