import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-path.ts';
import {
  cueNeedsFile,
  cuePrefilter,
  neededStrings,
  rememberedNeeds,
} from '../../src/triage/cue-prefilter.ts';
import { normalizeChatText } from '../../src/triage/normalize-chat-text.ts';
import { CUE_EXPRESSIONS } from '../../src/triage/read-text.ts';

const matches = (regex: RegExp, text: string) => {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
};

describe('neededStrings', () => {
  it('takes the most telling element of a sequence, joining runs of letters', () => {
    expect(neededStrings(/ (?:dikunci|dikurung)(?= )/)).toEqual([' dikunci', ' dikurung']);
    expect(neededStrings(/\w+ kabur/)).toEqual([' kabur']);
  });

  it('multiplies out short optional parts and groups, so a match must start with one of the strings', () => {
    expect(neededStrings(/ (?:di|ke) (?:sana|sini)/)).toEqual([
      ' di sana',
      ' di sini',
      ' ke sana',
      ' ke sini',
    ]);
    // Not "di jual": "jual" occurs wherever it does.
    expect(neededStrings(/(?:di )?(?:jual|kirim)\w*/)).toEqual(['jual', 'kirim']);
  });

  it('reads what a positive look-around needs, and nothing from a negative one', () => {
    expect(neededStrings(/(?<=paspor )\w+/)).toEqual(['paspor ']);
    expect(neededStrings(/(?<!tidak )\w+/)).toBeNull();
  });

  it('needs nothing where a branch needs nothing, or a letter may be any case', () => {
    expect(neededStrings(/kunci|\d+/)).toBeNull();
    expect(neededStrings(/kunci/i)).toBeNull();
    expect(neededStrings(/x?/)).toBeNull();
  });
});

describe('cuePrefilter', () => {
  it('rules out an expression none of whose needed strings occurs, and only such', () => {
    const filter = cuePrefilter([/ dikunci/g, /(?:paspor|passport) (?:di ?)?tahan/g, /\d+ jam/g, /\w+/g]);
    expect(filter.mayMatch(' saya dikunci ')).toEqual([true, false, false, true]);
    expect(filter.mayMatch(' passport ditahan ')).toEqual([false, true, false, true]);
    expect(filter.mayMatch(' kerja 18 jam ')).toEqual([false, false, true, true]);
    expect(filter.mayMatch('')).toEqual([false, false, false, true]);
  });

  it('never rules out an expression that matches (random texts of needed pieces and noise)', () => {
    const expressions = [
      /(?:di ?)?(?:kunci|kurung)(?! pintu)/g,
      /(?<=gaji )(?:belum|tidak) dibayar/g,
      /mau (?:bunuh|akhiri)/g,
    ];
    const filter = cuePrefilter(expressions);
    const piece = fc.constantFrom(
      'di',
      'kunci',
      'kurung',
      'pintu',
      'gaji',
      'belum',
      'tidak',
      'dibayar',
      'mau',
      'bunuh',
      'akhiri',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), (words, joined) => {
        const text = words.join(joined ? '' : ' ');
        const may = filter.mayMatch(text);
        expressions.forEach((regex, index) => {
          if (matches(regex, text)) expect(may[index]).toBe(true);
        });
      }),
    );
  });
});

describe('the remembered analysis', () => {
  it('is analysed again when the cache holds something of another shape, instead of failing or skipping cues', () => {
    const expressions = [/ dikunci kamar/g, /(?:paspor|passport) ditahan/g];
    const file = cueNeedsFile(expressions);
    expect(file).not.toBeNull();
    const path = projectPath('node_modules', '.cache', 'suar', file!);
    mkdirSync(projectPath('node_modules', '.cache', 'suar'), { recursive: true });
    try {
      for (const broken of ['{"not":"a list"}', '[["dikunci"]]', '[[1], null]']) {
        writeFileSync(path, broken);
        expect(rememberedNeeds(expressions)).toEqual(expressions.map(neededStrings));
      }
    } finally {
      rmSync(path, { force: true });
    }
  });
});

describe('the lexicon through the prefilter', () => {
  it('remembers exactly what a fresh analysis of every cue finds (a stale cache would skip cues)', () => {
    expect(rememberedNeeds(CUE_EXPRESSIONS)).toEqual(CUE_EXPRESSIONS.map(neededStrings));
  });

  it('rules out no cue that matches a labelled or probe text', () => {
    const folder = fileURLToPath(new URL('.', import.meta.url));
    const texts = [folder, `${folder}probes/`].flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.jsonl'))
        .flatMap((file) =>
          readFileSync(dir + file, 'utf8')
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => (JSON.parse(line) as { text: string }).text),
        ),
    );
    // Every sixth text keeps the test to two seconds; all 20,134 were checked when the prefilter was written.
    const sample = texts.filter((_text, index) => index % 6 === 0);
    expect(sample.length).toBeGreaterThan(3000);
    const filter = cuePrefilter(CUE_EXPRESSIONS);
    let ruledOut = 0;
    const wronglyRuledOut: number[] = [];
    for (const text of sample) {
      const joined = normalizeChatText(text.replace(/(\d)[.:](\d)/g, '$1 $2')).joined;
      const may = filter.mayMatch(joined);
      CUE_EXPRESSIONS.forEach((regex, index) => {
        if (may[index]) return;
        ruledOut++;
        if (matches(regex, joined)) wronglyRuledOut.push(index);
      });
    }
    expect(wronglyRuledOut).toEqual([]);
    // The point of it: most cues are skipped on most messages.
    expect(ruledOut / (sample.length * CUE_EXPRESSIONS.length)).toBeGreaterThan(0.7);
  });
});
