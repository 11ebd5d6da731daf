import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  convertVoiceNoteToWav,
  DerivativeError,
  DISPLAY_MAX_SIDE,
  MAX_INPUT_PIXELS,
  makeDisplayImage,
  makeThumbnail,
  readMediaDuration,
  readPhotoLocation,
  THUMBNAIL_MAX_SIDE,
  WAV_SAMPLE_RATE,
} from '../../src/evidence/derivatives/index.ts';
import { encodeMonoWav } from '../../src/evidence/derivatives/voice-note-wav.ts';

// Real small files (test/fixtures/evidence-desk/README.md says how each was made).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/evidence-desk/${name}`, import.meta.url));
/** 120×80, red left half, blue right half, stored sideways with EXIF Orientation 6, GPS in Kuala Lumpur, a P3 profile. */
const photo = fixture('photo-gps-rotated.jpg');

/** The colour at a point of a decoded image. */
async function colourAt(bytes: Buffer, x: number, y: number) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

/** The description of an ICC v4 profile (its `desc` tag, UTF-16 big-endian text). */
function profileName(icc: Buffer | undefined): string | undefined {
  if (!icc) return undefined;
  const tags = icc.readUInt32BE(128);
  for (let i = 0; i < tags; i++) {
    const at = 132 + i * 12;
    if (icc.toString('latin1', at, at + 4) !== 'desc') continue;
    const offset = icc.readUInt32BE(at + 4);
    const length = icc.readUInt32BE(offset + 20);
    const start = offset + icc.readUInt32BE(offset + 24);
    return icc
      .subarray(start, start + length)
      .swap16()
      .toString('utf16le');
  }
  return undefined;
}

describe('images', () => {
  it('the display copy is upright and carries no EXIF, GPS or foreign colour profile', async () => {
    const before = await sharp(photo).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);

    const copy = await makeDisplayImage(photo);
    expect(copy.mimeType).toBe('image/jpeg');
    // Orientation 6 means "turn 90° clockwise to view": 120×80 stored becomes 80×120 shown.
    expect([copy.width, copy.height]).toEqual([80, 120]);
    const after = await sharp(copy.bytes).metadata();
    expect([after.width, after.height]).toEqual([80, 120]);
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    // Only an sRGB profile is kept (the original's Display P3 one is converted away).
    expect(profileName(before.icc)).toBe('sP3C');
    expect(profileName(after.icc)).toBe('sRGB');
    expect(await readPhotoLocation(copy.bytes)).toBeNull();
    // Turned clockwise, the red left half is on top.
    const [r, , b] = await colourAt(copy.bytes, 40, 10);
    expect(r).toBeGreaterThan(150);
    expect(b).toBeLessThan(100);
  });

  it('large images are bounded; thumbnails are small; small ones are never enlarged', async () => {
    const big = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const display = await makeDisplayImage(big);
    expect([display.width, display.height]).toEqual([DISPLAY_MAX_SIDE, DISPLAY_MAX_SIDE / 4]);
    const thumbnail = await makeThumbnail(big);
    expect([thumbnail.width, thumbnail.height]).toEqual([THUMBNAIL_MAX_SIDE, THUMBNAIL_MAX_SIDE / 4]);
    expect(thumbnail.bytes.length).toBeLessThan(display.bytes.length);
    const small = await makeThumbnail(photo);
    expect([small.width, small.height]).toEqual([80, 120]);
  });

  it('transparency becomes white, and a PNG becomes a JPEG', async () => {
    const copy = await makeDisplayImage(fixture('screenshot-alpha.png'));
    expect((await sharp(copy.bytes).metadata()).format).toBe('jpeg');
    expect(await colourAt(copy.bytes, 35, 20)).toEqual([255, 255, 255]);
  });

  it('a truncated photo still gives a copy of what arrived', async () => {
    const big = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#884422' } })
      .jpeg()
      .toBuffer();
    const copy = await makeThumbnail(big.subarray(0, Math.floor(big.length * 0.7)));
    expect(copy.width).toBe(320);
  });

  it('bytes that are not an image, and pixel bombs, are refused with a reason', async () => {
    const notImage = makeThumbnail(Buffer.from('MZ\x90\x00 this is not a picture'));
    await expect(notImage).rejects.toBeInstanceOf(DerivativeError);
    await expect(notImage).rejects.toMatchObject({ problem: 'unreadable' });
    // A PNG that claims 20000×20000 pixels (400 MP): refused from its header, before any decoding.
    const side = Math.ceil(Math.sqrt(MAX_INPUT_PIXELS)) + 10_000;
    const bomb = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    bomb.writeUInt32BE(side, 16);
    bomb.writeUInt32BE(side, 20);
    await expect(makeThumbnail(bomb)).rejects.toMatchObject({ problem: 'too_large' });
  });
});

describe('photo location', () => {
  it('reads the EXIF GPS position and its country', async () => {
    const location = await readPhotoLocation(photo);
    expect(location?.latitude).toBeCloseTo(3.139, 4);
    expect(location?.longitude).toBeCloseTo(101.6869, 4);
    expect(location?.country).toBe('MY');
  });

  it('a photo without GPS, or bytes that are no photo, give no hint', async () => {
    expect(await readPhotoLocation(fixture('screenshot-alpha.png'))).toBeNull();
    expect(await readPhotoLocation(Buffer.from('not an image at all'))).toBeNull();
    expect(await readPhotoLocation(Buffer.alloc(0))).toBeNull();
  });
});

describe('voice notes', () => {
  it('an Ogg/Opus voice note becomes a mono 16-bit WAV of the same length', async () => {
    const original = fixture('voice-note.ogg');
    const wav = await convertVoiceNoteToWav(original);
    expect(wav.mimeType).toBe('audio/wav');
    expect(wav.bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(wav.bytes.subarray(8, 12).toString('latin1')).toBe('WAVE');
    expect(wav.bytes.readUInt16LE(22)).toBe(1);
    expect(wav.bytes.readUInt32LE(24)).toBe(WAV_SAMPLE_RATE);
    expect(wav.bytes.readUInt16LE(34)).toBe(16);
    // espeak-ng spoke 3.54 s; the file says so too.
    expect(wav.durationMs).toBeGreaterThan(3400);
    expect(wav.durationMs).toBeLessThan(3700);
    expect(wav.bytes.length).toBe(44 + Math.round((wav.durationMs / 1000) * WAV_SAMPLE_RATE) * 2);
    // It is speech, not silence.
    let loudest = 0;
    for (let i = 44; i < wav.bytes.length; i += 2)
      loudest = Math.max(loudest, Math.abs(wav.bytes.readInt16LE(i)));
    expect(loudest).toBeGreaterThan(3000);
    expect(await readMediaDuration(wav.bytes, 'audio/wav')).toBeCloseTo(wav.durationMs, -2);
  });

  it('a file that is no voice note is refused', async () => {
    await expect(
      convertVoiceNoteToWav(Buffer.from('OggS but not really a voice note')),
    ).rejects.toMatchObject({
      problem: 'unreadable',
    });
  });

  it('mixes channels down and clips', () => {
    const wav = encodeMonoWav([Float32Array.of(1, -1, 0.5), Float32Array.of(1, -1, -0.5)], 3, 8000);
    expect([wav.readInt16LE(44), wav.readInt16LE(46), wav.readInt16LE(48)]).toEqual([32767, -32768, 0]);
  });
});

describe('durations', () => {
  it('reads the length of a voice note, an MP4 and a WebM without decoding them', async () => {
    expect(await readMediaDuration(fixture('voice-note.ogg'), 'audio/ogg')).toBeCloseTo(3538, -1);
    expect(await readMediaDuration(fixture('video.mp4'), 'video/mp4')).toBeCloseTo(1500, -2);
    expect(await readMediaDuration(fixture('video.webm'), 'video/webm')).toBe(1500);
  });

  it('a broken file has no known duration', async () => {
    expect(await readMediaDuration(Buffer.from('nothing here'), 'video/mp4')).toBeNull();
  });
});

describe('start-up', () => {
  it('no source file imports the heavy libraries at load time (only inside the functions that use them)', () => {
    const heavy = /^import\s+(?!type\b)[^;]*from\s+'(sharp|exifr|music-metadata|ogg-opus-decoder)'/m;
    const root = new URL('../../src/', import.meta.url);
    const offenders = (readdirSync(root, { recursive: true }) as string[])
      .filter((path) => /\.tsx?$/.test(path))
      .filter((path) => heavy.test(readFileSync(new URL(path, root), 'utf8')));
    expect(offenders).toEqual([]);
    // The check sees a static import when there is one.
    expect(heavy.test("import sharp from 'sharp';")).toBe(true);
    expect(heavy.test("import type { Sharp } from 'sharp';")).toBe(false);
  });
});
