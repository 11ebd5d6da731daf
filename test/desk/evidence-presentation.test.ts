import { describe, expect, it } from 'vitest';
import {
  type EvidenceShape,
  hasDisplayCopy,
  hasFacts,
  shapeOf,
  streamsAsIs,
  streamType,
} from '../../src/desk/evidence/evidence-presentation.ts';

// How the desk shows each type it may be given, by the type read from the bytes (kind only when unread).
const cases: [kind: string, mime: string | null, shape: EvidenceShape, facts: boolean][] = [
  ['photo', 'image/jpeg', 'image', true],
  ['document', 'image/png', 'image', true],
  // No HEVC decoder in the prebuilt libvips: a download, but its GPS is still read.
  ['document', 'image/heic', 'file', true],
  ['voice', 'audio/ogg', 'voice', true],
  ['audio', 'audio/opus', 'voice', true],
  ['audio', 'audio/mpeg', 'audio', true],
  ['audio', 'audio/amr', 'file', false],
  ['video', 'video/mp4', 'video', true],
  ['video', 'video/3gpp', 'file', false],
  ['document', 'application/pdf', 'pdf', false],
  // Still waiting or refused: what the platform called it.
  ['photo', null, 'image', false],
  ['voice', null, 'voice', true],
  ['sticker', null, 'file', false],
];

describe('evidence presentation', () => {
  it.each(cases)('%s %s is shown as %s', (kind, detectedMime, shape, facts) => {
    expect(shapeOf({ kind, detectedMime })).toBe(shape);
    if (detectedMime) expect(hasFacts({ kind, detectedMime })).toBe(facts);
  });

  it('streams as is only players and the PDF frame; makes copies only of photos and voice notes', () => {
    expect((['image', 'voice', 'audio', 'video', 'pdf', 'file'] as const).filter(streamsAsIs)).toEqual([
      'voice',
      'audio',
      'video',
      'pdf',
    ]);
    expect((['image', 'voice', 'audio', 'video', 'pdf', 'file'] as const).filter(hasDisplayCopy)).toEqual([
      'image',
      'voice',
    ]);
    expect(streamType({ detectedMime: 'audio/opus' })).toBe('audio/ogg');
    expect(streamType({ detectedMime: 'video/mp4' })).toBe('video/mp4');
  });
});
