// Evidence: the files people send (photos, documents, voice notes, videos), kept encrypted, with metadata.
//
// Contract for readers (the desk):
//   - `listEvidenceForTicket(db, ticketId)` → EvidenceItem[] (oldest first; every status, deleted included).
//     `countEvidenceForTicket(db, ticketId)` → counts per status (pending/fetching = waiting; too_large,
//     refused_type, failed = show `reason`; deleted = removed by retention).
//   - `readEvidence(db, storage, keys, id)` → { item, bytes }: plain bytes, decrypted, SHA-256 checked.
//     Throws EvidenceUnavailableError (missing, or not `stored`), EvidenceIntegrityError (changed blob or a
//     key not configured), EvidenceNotFoundError (blob gone), EvidenceStorageError (storage down: retry).
//     It neither logs nor audits: the route that serves a file records the audit entry.
//   - Trust `item.detectedMime` (read from the bytes), never `declaredMime`/`declaredName` (the sender's
//     app's word). Never log names, captions or contents.
//   - `storage` and `keys` come from `createEvidenceStorage(config.evidence)` and
//     `loadEvidenceKeys(config.evidence, logger)`, made once in main.ts and passed down.
//
// Writers: the inbound path records rows in the message's transaction (recordEvidence); the fetch worker
// claims them after commit and keeps the bytes (keepEvidenceBytes); retention marks rows deleted in its
// transaction (markTicketEvidenceDeleted) and the worker removes their blobs after commit.

export { decryptEvidence, EvidenceIntegrityError } from './evidence-cipher.ts';
export type { EvidenceItem } from './evidence-item.ts';
export type { EvidenceKeyRing } from './evidence-keys.ts';
export { DEFAULT_EVIDENCE_LIMITS, type EvidenceClass, type EvidenceLimits } from './evidence-limits.ts';
export { createEvidenceStorage, type EvidenceConfig, loadEvidenceKeys } from './evidence-setup.ts';
export { EvidenceNotFoundError, type EvidenceStorage, EvidenceStorageError } from './evidence-storage.ts';
export {
  countEvidenceForTicket,
  findEvidenceItem,
  listEvidenceForTicket,
  markTicketEvidenceDeleted,
} from './evidence-store.ts';
export { EvidenceUnavailableError, readEvidence } from './read-evidence.ts';
