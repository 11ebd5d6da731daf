import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import model from '../../src/triage/emergency-likeness.json' with { type: 'json' };
import { featureSlot, likenessFeatures } from '../../src/triage/emergency-likeness.ts';
import { triage } from '../../src/triage/index.ts';

const text = (message: string) => triage({ texts: [message], answers: {} });
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('emergency likeness: the backstop behind the rules', () => {
  it('hashes features to the same slot every time, inside the table', () => {
    const slot = featureSlot('u:dikunci', 1 << 16);
    expect(slot).toBe(featureSlot('u:dikunci', 1 << 16));
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(slot).toBeLessThan(1 << 16);
    expect(likenessFeatures(' saya di kunci ')).toEqual(
      expect.arrayContaining(['u:saya', 'b:di kunci', 'c: saya', 'c:kunci', 'c:unci ']),
    );
  });

  it('was trained on the tuning halves as they are now (retrain with npm run triage:train-likeness)', () => {
    const script = (
      JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }
    ).scripts['triage:train-likeness']!;
    const files = script.split(' ').filter((part) => part.endsWith('.jsonl'));
    expect(files.some((file) => /sealed/.test(file))).toBe(false);
    const digest = createHash('sha1');
    for (const file of files)
      for (const line of readFileSync(`${root}${file}`, 'utf8').split('\n'))
        if (line.trim() !== '') digest.update(line);
    expect(model.trainedOn).toBe(digest.digest('hex'));
  });

  it.each([
    'adik saya kerja di kebun sawit sabah, sudah tiga hari tidak bisa dihubungi, terakhir dia telepon sambil menangis bilang mandor marah besar dan mengunci gudang',
    'sy di rumah agen di batam sama cewek2 lain, malam ini katanya ada om om mau jemput kami, sy tidak mau ikut tapi hp mau diambil',
    'my sister in dubai told me madam push her down the stairs yesterday, she can not walk and they dont bring her to doctor, please help her',
  ])(
    'raises what no rule names but reads like the labelled emergencies, and says which words: %s',
    (message) => {
      const result = text(message);
      expect(result.priority).toBe('P1');
      expect(result.reasons[0]!.evidence).toMatch(/^reads like labelled emergencies \(.+\)$/);
    },
  );

  it('leaves short messages, safety questions to ask, and tests to the rules', () => {
    // Under twelve words one heavy word would decide.
    expect(text('anak saya umur 15 tahun sekolah di kampung, saya kerja di taiwan').priority).not.toBe('P1');
    // Fear the rules turn into a direct question is asked, not guessed.
    const fear = text(
      'tolong bu anak saya di malaysia dibawa majikan ke tempat lain malam malam, dia menangis ditelpon, bilang takut sekali dan tidak tahu dimana sekarang',
    );
    expect(fear.priority).not.toBe('P1');
    expect(fear.concerns.map((concern) => concern.kind)).toContain('danger');
    expect(
      text(
        'This is a test from the volunteer team, please ignore. Testing: my sister is locked and beaten by madam',
      ).priority,
    ).toBe('P4');
  });

  it('asks instead of guessing when a question the rules call an emergency reads nothing like one', () => {
    const result = text(
      'saya sedang menulis cerita pendek tentang tki yang disekap majikan di gudang dan disiksa setiap hari, bagaimana cara membuat ceritanya lebih nyata?',
    );
    expect(result.priority).not.toBe('P1');
    expect(result.concerns).toEqual([{ kind: 'danger', evidence: 'disekap' }]);
    // A life at stake, or a short message, is never asked about instead.
    expect(text('berapa nomor polisi di sini? majikan mau bunuh saya').priority).toBe('P1');
  });
});
