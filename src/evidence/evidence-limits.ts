// Which files Suar keeps and how large they may be. The type is read from the bytes (magic numbers), never
// from the name or the type the person's app declared.

/** The classes of file kept, each with its own size cap. */
export type EvidenceClass = 'image' | 'document' | 'audio' | 'video';

/** Size caps per class, in bytes. */
export type EvidenceLimits = Record<EvidenceClass, number>;

const MB = 1024 * 1024;

/** The caps when none are configured: a phone's photo, a scanned contract, a long voice note, a short video. */
export const DEFAULT_EVIDENCE_LIMITS: EvidenceLimits = {
  image: 20 * MB,
  document: 20 * MB,
  audio: 20 * MB,
  video: 50 * MB,
};

/** Telegram's Bot API serves downloads up to this size; larger files are recorded as too large, never tried. */
export const TELEGRAM_DOWNLOAD_LIMIT = 20 * MB;
