import type { Sharp } from 'sharp';
import { DerivativeError } from './derivative-error.ts';

/** A re-encoded image: what the desk shows and what a "display copy" download gives. */
export interface ImageCopy {
  bytes: Buffer;
  mimeType: 'image/jpeg';
  width: number;
  height: number;
}

/** The longest side of the display copy: sharp on a laptop screen, a few hundred kilobytes. */
export const DISPLAY_MAX_SIDE = 2048;
/** The longest side of a transcript thumbnail (shown at 160 CSS pixels, so sharp on 2× screens). */
export const THUMBNAIL_MAX_SIDE = 320;
/**
 * Refused above this many pixels (100 MP): a decompression bomb, or a photo far beyond what a phone sends.
 * Why not sharp's default (268 MP): a PNG gets no shrink-on-load, and 268 MP of RGBA is a gigabyte.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

/** The copy staff see in the viewer and may download: upright, bounded, with no metadata left. */
export function makeDisplayImage(original: Uint8Array): Promise<ImageCopy> {
  return reencode(original, DISPLAY_MAX_SIDE, 85);
}

/** The small copy in the transcript. */
export function makeThumbnail(original: Uint8Array): Promise<ImageCopy> {
  return reencode(original, THUMBNAIL_MAX_SIDE, 72);
}

/**
 * Decodes the first frame, turns it upright by its EXIF orientation, fits it inside `maxSide`, flattens any
 * transparency on white and writes a JPEG in sRGB. Nothing of the original's metadata survives: sharp writes
 * none unless asked, and we ask only for an sRGB colour profile (EXIF with GPS, XMP, IPTC, maker notes and
 * the original's own ICC profile are all dropped).
 */
async function reencode(original: Uint8Array, maxSide: number, quality: number): Promise<ImageCopy> {
  // Imported here, not at the top: Suar's start-up and every process that never makes a copy skip libvips.
  const { default: sharp } = await import('sharp');
  let image: Sharp;
  try {
    // failOn 'none': a photo cut short by a dropped connection still gives a copy of what arrived (the rest
    // grey), which tells staff more than no picture; bytes that are no image at all still fail.
    image = sharp(original, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'none', pages: 1 });
  } catch (error) {
    throw new DerivativeError('unreadable', `image could not be opened: ${(error as Error).message}`);
  }
  try {
    const { data, info } = await image
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .withIccProfile('srgb')
      .jpeg({ quality })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, mimeType: 'image/jpeg', width: info.width, height: info.height };
  } catch (error) {
    const message = (error as Error).message;
    if (/pixel limit/i.test(message)) throw new DerivativeError('too_large', 'image has too many pixels');
    throw new DerivativeError('unreadable', `image could not be decoded: ${message}`);
  }
}
