// Derivatives of evidence: what the desk shows in place of an original it keeps untouched — re-encoded
// images without metadata, thumbnails, a WAV of a voice note for browsers without Opus — and what it reads
// from a file for staff (a photo's GPS position, a recording's length). Pure functions on bytes, plus the
// encrypted cache they are kept in (derivative-store.ts); the heavy libraries (sharp, the Opus decoder,
// exifr, music-metadata) load on first use, never at start-up.

export { DerivativeError, type DerivativeProblem } from './derivative-error.ts';
export {
  type DerivativeStore,
  type DerivativeVariant,
  deleteDerivatives,
  derivativeStorageKey,
  derivativeStorageKeys,
  loadDerivative,
} from './derivative-store.ts';
export {
  DISPLAY_MAX_SIDE,
  type ImageCopy,
  MAX_INPUT_PIXELS,
  makeDisplayImage,
  makeThumbnail,
  THUMBNAIL_MAX_SIDE,
} from './image-copies.ts';
export { readMediaDuration } from './media-duration.ts';
export { type PhotoLocation, readPhotoLocation } from './photo-location.ts';
export {
  convertVoiceNoteToWav,
  MAX_WAV_MINUTES,
  type VoiceNoteWav,
  WAV_SAMPLE_RATE,
} from './voice-note-wav.ts';
