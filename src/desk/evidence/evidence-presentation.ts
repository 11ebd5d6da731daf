import type { EvidenceItem } from '../../evidence/index.ts';

// How the desk shows a stored file, decided by the type read from its bytes (never by its name or the type
// the sender's app declared).

/** What the desk does with a file: a picture, a player, a document viewer, or a download only. */
export type EvidenceShape = 'image' | 'voice' | 'audio' | 'video' | 'pdf' | 'file';

// Types sharp decodes for a display copy. Not HEIC/HEIF: the prebuilt libvips has no HEVC decoder (a patent
// matter), so an iPhone's HEIC is offered as a download (its location hint is still read).
const IMAGES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/tiff']);
// Played as they are by current browsers.
const AUDIO = new Set([
  'audio/mpeg',
  'audio/mp4',
  'audio/aac',
  'audio/x-m4a',
  'audio/wav',
  'audio/x-wav',
  'audio/webm',
  'audio/flac',
]);
const VIDEO = new Set(['video/mp4', 'video/webm', 'video/quicktime']);

/** The bare type: `audio/ogg; codecs=opus` → `audio/ogg`. */
export function bareMime(mime: string | null): string {
  return (mime ?? '').split(';')[0]!.trim().toLowerCase();
}

// What the platform called a file, for one whose bytes were never read (still waiting, or refused).
const SHAPE_OF_KIND: Record<string, EvidenceShape> = {
  photo: 'image',
  voice: 'voice',
  audio: 'audio',
  video: 'video',
};

/** How the desk shows this item: by the type read from its bytes, or by what the platform called it. */
export function shapeOf(item: Pick<EvidenceItem, 'detectedMime' | 'kind'>): EvidenceShape {
  if (!item.detectedMime) return SHAPE_OF_KIND[item.kind] ?? 'file';
  const mime = bareMime(item.detectedMime);
  if (IMAGES.has(mime)) return 'image';
  // Ogg (Opus, as voice note apps record): played as is where the browser can, else as a WAV copy.
  if (mime === 'audio/ogg' || mime === 'audio/opus') return 'voice';
  if (AUDIO.has(mime)) return 'audio';
  if (VIDEO.has(mime)) return 'video';
  if (mime === 'application/pdf') return 'pdf';
  return 'file';
}

/**
 * True when the original may be streamed inline to the desk's own player or PDF viewer. Images never are
 * (the desk shows a re-encoded copy), nor is anything the browser could render as a page.
 */
export function streamsAsIs(shape: EvidenceShape): boolean {
  return shape === 'voice' || shape === 'audio' || shape === 'video' || shape === 'pdf';
}

/** True when a made copy exists for this shape: a JPEG for images, a WAV for voice notes. */
export function hasDisplayCopy(shape: EvidenceShape): boolean {
  return shape === 'image' || shape === 'voice';
}

/** The type the original is streamed with: the detected one, normalised. */
export function streamType(item: Pick<EvidenceItem, 'detectedMime'>): string {
  const mime = bareMime(item.detectedMime);
  if (mime === 'audio/opus') return 'audio/ogg';
  if (mime === 'audio/x-wav') return 'audio/wav';
  return mime;
}

/** True when the desk reads facts from the file: a photo's location (any image type exifr reads), a length. */
export function hasFacts(item: Pick<EvidenceItem, 'detectedMime' | 'kind'>): boolean {
  const shape = shapeOf(item);
  return (
    bareMime(item.detectedMime).startsWith('image/') ||
    shape === 'voice' ||
    shape === 'audio' ||
    shape === 'video'
  );
}
