/**
 * The playing time of a voice note, audio file or video in milliseconds, read from its container
 * (Ogg granule positions, the MP4 movie header, the WebM segment info) without decoding; null when the
 * file does not say (a WebM recorded in a browser often does not) or cannot be parsed.
 */
export async function readMediaDuration(bytes: Uint8Array, mimeType: string): Promise<number | null> {
  // Imported here: only when a duration is needed.
  const { parseBuffer } = await import('music-metadata');
  try {
    const metadata = await parseBuffer(
      bytes,
      { mimeType, size: bytes.byteLength },
      { duration: true, skipCovers: true },
    );
    const seconds = metadata.format.duration;
    return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
      ? Math.round(seconds * 1000)
      : null;
  } catch {
    return null;
  }
}
