import type { EvidenceClass, EvidenceLimits } from './evidence-limits.ts';

// Which files Suar keeps, judged by their bytes (magic numbers through file-type), never by the name or the
// type the sender's app declared: an executable renamed photo.jpg is refused.

/** The types kept, each with its class (for its size cap). Everything else is refused. */
const ALLOWED: Record<string, EvidenceClass> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'image/heic': 'image',
  'image/heif': 'image',
  'image/avif': 'image',
  'application/pdf': 'document',
  'audio/ogg': 'audio',
  'audio/opus': 'audio',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/x-m4a': 'audio',
  'audio/aac': 'audio',
  'audio/amr': 'audio',
  'audio/wav': 'audio',
  'audio/webm': 'audio',
  'video/mp4': 'video',
  'video/3gpp': 'video',
  'video/3gpp2': 'video',
  'video/webm': 'video',
  'video/quicktime': 'video',
  'video/ogg': 'video',
};

/** What the bytes are, or why they are not kept. */
export type Judgement =
  | { type: 'allowed'; mime: string; class: EvidenceClass }
  | { type: 'refused_type'; mime: string | null; reason: string }
  | { type: 'too_large'; mime: string; reason: string; limitBytes: number }
  /** The file ends before its format says it should (a cut download, a broken upload). */
  | { type: 'truncated'; mime: string; class: EvidenceClass; reason: string };

/** The largest file any class allows: a download stops there, before the type is known. */
export function largestAllowed(limits: EvidenceLimits): number {
  return Math.max(...Object.values(limits));
}

/** Judges a file by its content: allowed type, within its class's cap, complete where the format tells. */
export async function judgeFile(bytes: Uint8Array, limits: EvidenceLimits): Promise<Judgement> {
  // Loaded on first use: file-type is only needed when a file arrives.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  // "audio/ogg; codecs=opus" → "audio/ogg": parameters say more than the allowlist needs.
  const mime = detected ? detected.mime.split(';')[0]!.trim() : null;
  const cls = mime ? ALLOWED[mime] : undefined;
  if (!mime || !cls) {
    return {
      type: 'refused_type',
      mime,
      reason: mime ? `type ${mime} is not accepted` : 'type not recognised from the content',
    };
  }
  if (bytes.byteLength > limits[cls]) {
    return {
      type: 'too_large',
      mime,
      limitBytes: limits[cls],
      reason: `larger than the ${megabytes(limits[cls])} MB allowed for ${cls} files`,
    };
  }
  const cut = truncation(mime, bytes);
  if (cut) return { type: 'truncated', mime, class: cls, reason: cut };
  return { type: 'allowed', mime, class: cls };
}

/** Megabytes, for reasons staff read. */
export function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

/** Why a file of a type that says where it ends is cut short; null when complete or when it cannot tell. */
function truncation(mime: string, bytes: Uint8Array): string | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = b.length;
  const incomplete = 'the file is incomplete (cut short)';
  switch (mime) {
    // Where a format's end marker may be followed by more (a phone's motion photo appends a video after
    // the JPEG), it is looked for anywhere: a cut file is missed sooner than a whole one refused.
    case 'image/jpeg':
      return b.indexOf(Buffer.from([0xff, 0xd9]), 2) >= 0 ? null : incomplete;
    case 'image/png':
      return b.includes(Buffer.from('IEND', 'latin1')) ? null : incomplete;
    case 'image/gif':
      return b[n - 1] === 0x3b ? null : incomplete;
    case 'application/pdf':
      return b.includes(Buffer.from('%%EOF', 'latin1')) ? null : incomplete;
    case 'image/webp':
      // RIFF header: the size of everything after the first 8 bytes.
      return n >= 12 && b.readUInt32LE(4) + 8 <= n ? null : incomplete;
    case 'video/mp4':
    case 'video/quicktime':
    case 'video/3gpp':
    case 'video/3gpp2':
    case 'audio/mp4':
    case 'audio/x-m4a':
      return isoBoxesComplete(b) ? null : incomplete;
    case 'audio/ogg':
    case 'audio/opus':
    case 'video/ogg':
      return oggEnds(b) ? null : incomplete;
    default:
      return null;
  }
}

/** True when the top-level boxes of an ISO media file (MP4, MOV, 3GP, M4A) fit in the bytes. */
function isoBoxesComplete(b: Buffer): boolean {
  let at = 0;
  while (at + 8 <= b.length) {
    let size = b.readUInt32BE(at);
    if (size === 1) {
      if (at + 16 > b.length) return false;
      size = Number(b.readBigUInt64BE(at + 8));
    } else if (size === 0) {
      return true; // The last box runs to the end of the file.
    }
    if (size < 8) return false;
    at += size;
  }
  return at === b.length;
}

/** True when the last Ogg page is complete (its header, segment table and body all arrived). */
function oggEnds(b: Buffer): boolean {
  const last = b.lastIndexOf(Buffer.from('OggS', 'latin1'));
  if (last < 0 || last + 27 > b.length) return false;
  const segments = b[last + 26]!;
  if (last + 27 + segments > b.length) return false;
  let body = 0;
  for (let i = 0; i < segments; i++) body += b[last + 27 + i]!;
  return last + 27 + segments + body === b.length;
}
