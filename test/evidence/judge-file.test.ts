import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVIDENCE_LIMITS } from '../../src/evidence/evidence-limits.ts';
import { judgeFile } from '../../src/evidence/judge-file.ts';

const sample = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const samples = {
  photo: sample('evidence-desk/photo-gps-rotated.jpg'),
  png: sample('evidence-desk/screenshot-alpha.png'),
  pdf: sample('evidence/contract.pdf'),
  voice: sample('evidence-desk/voice-note.ogg'),
  mp4: sample('evidence-desk/video.mp4'),
  webm: sample('evidence-desk/video.webm'),
};
const judge = (bytes: Uint8Array, limits = DEFAULT_EVIDENCE_LIMITS) => judgeFile(bytes, limits);

describe('judging a file by its content', () => {
  it('accepts the real samples with the type read from their bytes', async () => {
    const found = await Promise.all(Object.values(samples).map((b) => judge(b)));
    expect(found.map((j) => (j.type === 'allowed' ? `${j.class} ${j.mime}` : j.type))).toEqual([
      'image image/jpeg',
      'image image/png',
      'document application/pdf',
      'audio audio/ogg',
      'video video/mp4',
      'video video/webm',
    ]);
  });

  it('refuses executables, archives and unknown bytes whatever they are called', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    expect(await judge(elf)).toMatchObject({ type: 'refused_type', mime: 'application/x-elf' });
    expect(await judge(exe)).toMatchObject({ type: 'refused_type', mime: 'application/x-msdownload' });
    expect((await judge(zip)).type).toBe('refused_type');
    expect(await judge(Buffer.from('just some text, not a file type'))).toMatchObject({
      type: 'refused_type',
      mime: null,
    });
  });

  it('applies the cap of the type it found', async () => {
    const small = { ...DEFAULT_EVIDENCE_LIMITS, document: 1000 };
    expect(await judge(samples.pdf, small)).toMatchObject({ type: 'too_large', mime: 'application/pdf' });
    expect((await judge(samples.photo, small)).type).toBe('allowed');
  });

  it('tells a file cut short where the format says where it ends', async () => {
    const cut = (b: Buffer, n: number) => b.subarray(0, b.length - n);
    for (const [name, bytes] of Object.entries(samples)) {
      if (name === 'webm') continue; // WebM (as recorded live) does not say where it ends
      expect((await judge(cut(bytes, 100))).type, name).toBe('truncated');
    }
  });

  it('does not take more data after the end (a phone’s motion photo: a video after the JPEG) for a cut file', async () => {
    const motion = Buffer.concat([samples.photo, samples.mp4]);
    expect(await judge(motion)).toMatchObject({ type: 'allowed', mime: 'image/jpeg' });
  });
});
