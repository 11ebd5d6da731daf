import { readMediaDuration } from './derivatives/media-duration.ts';
import type { EvidenceClass } from './evidence-limits.ts';

/** Dimensions of an image, length of a recording, when the file says; never fails the keeping. */
export async function measureFile(
  mime: string,
  cls: EvidenceClass,
  bytes: Uint8Array,
): Promise<{ width?: number; height?: number; durationMs?: number }> {
  try {
    if (cls === 'image') {
      // sharp reads only the header here; loaded on first use.
      const { default: sharp } = await import('sharp');
      const meta = await sharp(bytes, { failOn: 'none' }).metadata();
      // Upright, as the photo is shown (a phone held sideways stores it rotated, with an EXIF orientation).
      const { width, height } = meta.autoOrient ?? meta;
      return width && height ? { width, height } : {};
    }
    if (cls === 'audio' || cls === 'video') {
      const durationMs = await readMediaDuration(bytes, mime);
      return durationMs ? { durationMs } : {};
    }
  } catch {
    // An image sharp cannot read (HEIC without its codec) is still kept; only its size is unknown.
  }
  return {};
}
