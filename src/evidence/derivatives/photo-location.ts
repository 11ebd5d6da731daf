import { placeOfPoint } from '../../places/place-of-point.ts';

/** Where a photo says it was taken (EXIF GPS): a hint for staff, never proof and never logged. */
export interface PhotoLocation {
  latitude: number;
  longitude: number;
  /** ISO 3166-1 alpha-2 (territory level), or null at sea or when unknown. */
  country: string | null;
}

/**
 * The GPS position in a photo's EXIF, or null when it has none (or a broken one). Any image type exifr
 * reads: JPEG, HEIC, PNG, WebP, TIFF, AVIF.
 */
export async function readPhotoLocation(original: Uint8Array): Promise<PhotoLocation | null> {
  // Imported here: only when a photo is looked at.
  const { default: exifr } = await import('exifr');
  let gps: { latitude?: unknown; longitude?: unknown } | undefined;
  try {
    gps = await exifr.gps(Buffer.from(original.buffer, original.byteOffset, original.byteLength));
  } catch {
    // Unreadable EXIF is not an error for the desk: there is simply no hint.
    return null;
  }
  const latitude = gps?.latitude;
  const longitude = gps?.longitude;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  // 0,0 is what some cameras write when they had no fix: not a place anyone took a photo.
  if (latitude === 0 && longitude === 0) return null;
  return { latitude, longitude, country: placeOfPoint(latitude, longitude).country };
}
