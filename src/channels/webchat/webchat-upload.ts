import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { handleInbound } from '../../conversations/handle-inbound.ts';
import type { Host } from '../../conversations/host.ts';
import type { EvidenceKeyRing } from '../../evidence/evidence-keys.ts';
import type { EvidenceClass, EvidenceLimits } from '../../evidence/evidence-limits.ts';
import { type EvidenceStorage, EvidenceStorageError } from '../../evidence/evidence-storage.ts';
import { judgeFile, megabytes } from '../../evidence/judge-file.ts';
import { keepEvidenceBytes } from '../../evidence/keep-evidence.ts';
import { measureFile } from '../../evidence/measure-file.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import { isCleanKey } from '../clean-inbound.ts';
import type { AttachmentRef, InboundMessage } from '../inbound-message.ts';

/** What the web chat's upload needs: where files go, the key they are encrypted with, the caps. */
export interface WebchatEvidence {
  storage: EvidenceStorage;
  keys: EvidenceKeyRing;
  limits: EvidenceLimits;
  /** The largest file one upload may carry. */
  uploadMaxBytes: number;
}

const KIND_OF_CLASS: Record<EvidenceClass, AttachmentRef['kind']> = {
  image: 'photo',
  document: 'document',
  audio: 'audio',
  video: 'video',
};

/**
 * Takes one uploaded file (the request body is the file) into a conversation: judged by its content (415 for
 * a type not accepted, 413 over the cap, 400 when cut short), kept encrypted, then taken in as a message with
 * the file attached, in one transaction. The file is written before the transaction so the message never
 * points at a file that is not there; when the message is not taken (a retry, a limit), the file goes again.
 */
export async function takeUpload(
  c: Context,
  host: Host,
  evidence: WebchatEvidence,
  conversationId: string,
): Promise<{ status: string; fileId: string | null }> {
  const clientId = c.req.query('id');
  if (clientId !== undefined && (clientId.length < 1 || clientId.length > 100 || !isCleanKey(clientId))) {
    throw new HttpProblem(400, '"id" must be 1-100 characters without control characters');
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength === 0) throw new HttpProblem(400, 'the file is empty');
  if (bytes.byteLength > evidence.uploadMaxBytes) {
    throw new HttpProblem(413, `the file is larger than ${megabytes(evidence.uploadMaxBytes)} MB`);
  }
  const judged = await judgeFile(bytes, evidence.limits);
  if (judged.type === 'refused_type') {
    throw new HttpProblem(
      415,
      'this type of file is not accepted: send a photo, a PDF, a voice recording or a video',
    );
  }
  if (judged.type === 'too_large') throw new HttpProblem(413, judged.reason);
  if (judged.type === 'truncated') throw new HttpProblem(400, judged.reason);

  const itemId = randomUUID();
  let kept: Awaited<ReturnType<typeof keepEvidenceBytes>>;
  try {
    kept = await keepEvidenceBytes(evidence.storage, evidence.keys, itemId, bytes);
  } catch (error) {
    if (!(error instanceof EvidenceStorageError)) throw error;
    host.logger.error({ event: 'webchat_upload_storage_failed', err: error.message });
    throw new HttpProblem(503, 'the file could not be stored just now; try again', 30);
  }
  const attachment: AttachmentRef = {
    kind: KIND_OF_CLASS[judged.class],
    ref: itemId,
    size: bytes.byteLength,
    mimeType: judged.mime,
    kept: {
      itemId,
      ...kept,
      detectedMime: judged.mime,
      ...(await measureFile(judged.mime, judged.class, bytes)),
    },
  };
  const name = nameOf(c.req.header('x-file-name'));
  if (name) attachment.name = name;
  const message: InboundMessage = {
    channel: 'webchat',
    externalId: clientId ? `client:${clientId}` : randomUUID(),
    address: conversationId,
    attachments: [attachment],
  };
  try {
    const outcome = await handleInbound(host, message, { whenLimited: 'refuse' });
    if (outcome.status === 'processed' || outcome.status === 'throttled') {
      return { status: outcome.status, fileId: itemId };
    }
    // A retried upload: the first one's file is the one kept, this copy goes.
    await evidence.storage.delete(kept.storageKey).catch(() => {});
    return { status: outcome.status, fileId: null };
  } catch (error) {
    await evidence.storage.delete(kept.storageKey).catch(() => {});
    throw error;
  }
}

/** The file's name as the page sent it (URI-encoded), trimmed to something a person would write; else none. */
function nameOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  try {
    const name = decodeURIComponent(header).trim().slice(0, 200);
    return name && isCleanKey(name) ? name : undefined;
  } catch {
    return undefined;
  }
}
