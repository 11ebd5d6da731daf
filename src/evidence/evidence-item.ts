import type { EvidenceItemRow, EvidenceStatus } from '../db/schema.ts';

/** One attachment as the desk sees it: what it is, what became of it; never the platform's fetch details. */
export interface EvidenceItem {
  id: string;
  contactId: string;
  messageId: string | null;
  ticketId: string | null;
  channel: string;
  /** What the platform called it: photo, document, voice, audio, video, sticker, other. */
  kind: string;
  status: EvidenceStatus;
  /** Why it is not stored (too large, type refused, fetch failed…), in plain words for staff. */
  reason: string | null;
  declaredMime: string | null;
  /** The file name the person's app gave (sensitive: show, never log). */
  declaredName: string | null;
  declaredSize: number | null;
  /** The type read from the bytes: the one to trust. */
  detectedMime: string | null;
  size: number | null;
  sha256: string | null;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  attempts: number;
  createdAt: Date;
  storedAt: Date | null;
}

/** The desk's view of a row. */
export function evidenceItemOf(row: EvidenceItemRow): EvidenceItem {
  return {
    id: row.id,
    contactId: row.contact_id,
    messageId: row.message_id === null ? null : String(row.message_id),
    ticketId: row.ticket_id,
    channel: row.channel,
    kind: row.kind,
    status: row.status,
    reason: row.reason,
    declaredMime: row.declared_mime,
    declaredName: row.declared_name,
    declaredSize: row.declared_size,
    detectedMime: row.detected_mime,
    size: row.size,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    durationMs: row.duration_ms,
    attempts: row.attempts,
    createdAt: new Date(row.created_at),
    storedAt: row.stored_at ? new Date(row.stored_at) : null,
  };
}
