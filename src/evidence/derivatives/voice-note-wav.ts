import { DerivativeError } from './derivative-error.ts';
import { readMediaDuration } from './media-duration.ts';

/** A voice note converted for browsers that do not play Ogg/Opus (Safari): 16-bit PCM WAV, mono. */
export interface VoiceNoteWav {
  bytes: Buffer;
  mimeType: 'audio/wav';
  durationMs: number;
}

/**
 * 16 kHz: speech keeps everything up to 8 kHz (wideband, what WhatsApp records at), and libopus decodes at
 * this rate itself, so no resampling code of ours is involved. A minute is 1.9 MB.
 */
export const WAV_SAMPLE_RATE = 16_000;
/** Longer notes are not converted (a WAV of 20 minutes is 38 MB); staff download the original instead. */
export const MAX_WAV_MINUTES = 20;

/** Decodes an Ogg/Opus voice note to a WAV every browser plays. */
export async function convertVoiceNoteToWav(original: Uint8Array): Promise<VoiceNoteWav> {
  const declared = await readMediaDuration(original, 'audio/ogg');
  if (declared !== null && declared > MAX_WAV_MINUTES * 60_000)
    throw new DerivativeError('too_large', `voice note longer than ${MAX_WAV_MINUTES} minutes`);
  // Imported here: the WASM decoder loads only when a note is converted. The web-worker variant decodes in
  // a worker thread: a five-minute note takes seconds of CPU, which must not stall the server's event loop.
  const { OggOpusDecoderWebWorker } = await import('ogg-opus-decoder');
  // The bundled types predate the sampleRate option (documented in its README since 1.6).
  const options = { sampleRate: WAV_SAMPLE_RATE } as ConstructorParameters<typeof OggOpusDecoderWebWorker>[0];
  const decoder = new OggOpusDecoderWebWorker(options);
  let decoded: Awaited<ReturnType<typeof decoder.decodeFile>>;
  try {
    await decoder.ready;
    decoded = await decoder.decodeFile(original);
  } catch (error) {
    throw new DerivativeError('unreadable', `voice note could not be decoded: ${(error as Error).message}`);
  } finally {
    await decoder.free();
  }
  const { channelData, samplesDecoded } = decoded;
  const sampleRate = decoded.sampleRate as number;
  if (samplesDecoded === 0 || channelData.length === 0)
    throw new DerivativeError('unreadable', 'voice note holds no audio');
  if (samplesDecoded > MAX_WAV_MINUTES * 60 * sampleRate)
    throw new DerivativeError('too_large', `voice note longer than ${MAX_WAV_MINUTES} minutes`);
  return {
    bytes: encodeMonoWav(channelData, samplesDecoded, sampleRate),
    mimeType: 'audio/wav',
    durationMs: Math.round((samplesDecoded / sampleRate) * 1000),
  };
}

/** A RIFF/WAVE file of 16-bit PCM, the channels mixed down to one (a voice note is speech, not music). */
export function encodeMonoWav(channels: Float32Array[], samples: number, sampleRate: number): Buffer {
  const dataBytes = samples * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples; i++) {
    let sum = 0;
    for (const channel of channels) sum += channel[i] ?? 0;
    const sample = Math.max(-1, Math.min(1, sum / channels.length));
    wav.writeInt16LE(Math.round(sample < 0 ? sample * 0x8000 : sample * 0x7fff), 44 + i * 2);
  }
  return wav;
}
