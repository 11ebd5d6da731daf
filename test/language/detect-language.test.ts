import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/index.ts';
import { loadLabelledSet } from '../../src/triage/labelled-sets.ts';
import { loadSamples, measureAccuracy } from './labelled-data.ts';

describe('detectLanguage', () => {
  it.each([
    ['sy gk bs kluar, paspor ditahan', 'id'],
    ['I need help, my employer took my passport', 'en'],
    ['aku ora iso metu, paspore dijupuk juragan', 'jv'],
    ['abdi teu tiasa kaluar, hatur nuhun', 'su'],
    ['saya tak boleh keluar, majikan ambil pasport', 'ms'],
    ['hindi po ako makalabas, salamat', 'tl'],
    ['أحتاج مساعدة', 'ar'],
    ['我需要帮助', 'zh'],
    ['Tôi cần giúp đỡ', 'vi'],
    ['ฉันต้องการความช่วยเหลือ', 'th'],
  ])('detects %j as %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  // Words in no list, read by their affixes on a known stem, and names that carry no language.
  it.each([
    ['bose nesu, kontrake dijupukake', 'jv'],
    ['duitna dikintunkeun ka lanceukna', 'su'],
    ['xpaham la duitnye bila masuk', 'ms'],
    ['tolong aku, dimarahin terus', 'id'],
    ['sobrang pagod na ako', 'tl'],
    ['saya di Taichung, kerja jaga nenek', 'id'],
  ])('reads %j as %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it.each(['ok', 'ya', 'Ok!', '123', '😀', '👍👍', '', '   ', '+62 812 3456'])(
    '%j is und with low confidence',
    (text) => {
      const result = detectLanguage(text);
      expect(result.lang).toBe('und');
      expect(result.confidence).toBeLessThan(0.3);
    },
  );

  it('is confident on a clear sentence and not on one ambiguous word', () => {
    expect(
      detectLanguage('Saya bekerja di Malaysia dan paspor saya ditahan majikan').confidence,
    ).toBeGreaterThan(0.7);
    expect(detectLanguage('halo').confidence).toBeLessThan(0.7);
    expect(detectLanguage('tolong').confidence).toBeLessThan(0.7);
  });

  it('lets one script decide alone, even for one letter', () => {
    expect(detectLanguage('好').lang).toBe('zh');
    expect(detectLanguage('ok شكرا').lang).toBe('ar');
  });
});

// Floors sit a few points under the measured figures, so a regression fails but noise does not.
describe.each([
  ['tuning.tsv', 0.895, 0.98],
  ['held-out.tsv', 0.85, 0.95],
  // Written by others and split before the detector ran on it: the sealed half is never tuned on or read. First
  // score: tuning 88.0% / 96.4%, sealed 87.0% / 96.3%. After the affix, function-word and Malay word-class
  // work: tuning 91.6% / 97.7%, sealed 89.0% / 96.9% (scored once, at the end).
  ['independent-tuning.tsv', 0.905, 0.97],
  ['independent-sealed.tsv', 0.88, 0.96],
])('accuracy on %s', (file, strictFloor, mergedFloor) => {
  it('meets the macro-accuracy floors', () => {
    const accuracy = measureAccuracy(loadSamples(file));
    console.info(
      `${file}: ${accuracy.samples} samples, strict macro ${(accuracy.strict * 100).toFixed(1)}%, ` +
        `family-merged ${(accuracy.merged * 100).toFixed(1)}%, per language ${JSON.stringify(accuracy.perLanguage)}`,
    );
    expect(accuracy.strict).toBeGreaterThanOrEqual(strictFloor);
    expect(accuracy.merged).toBeGreaterThanOrEqual(mergedFloor);
  });
});

/** Each writer's label of a sealed triage round, read as that language at least this often. */
function languageOfSealedRound(
  round: string,
  file: string,
  expected: Readonly<Record<string, { lang: string; floor: number }>>,
  fewest: number,
) {
  describe(`language of the ${round} triage messages (sealed)`, () => {
    const path = fileURLToPath(new URL(`../triage/${file}`, import.meta.url));
    const labels = new Map<string, string>();
    for (const line of readLines(path)) labels.set(line.id, line.lang);
    const messages = loadLabelledSet(path);

    it.each(Object.entries(expected))('%s is read as its language', (label, { lang, floor }) => {
      const written = messages.filter((message) => labels.get(message.id) === label);
      const right = written.filter((message) => detectLanguage(message.text).lang === lang).length;
      console.info(`${round} ${label}: ${right} of ${written.length} read as ${lang}`);
      expect(written.length).toBeGreaterThanOrEqual(fewest);
      expect(right / written.length).toBeGreaterThanOrEqual(floor);
    });
  });
}

// Triage's round 17 (735 messages, sealed) carries each writer's label of the language they wrote in. Scored once
// at the end of the session that wrote it, never tuned on: Malay 62 of 74 read as Malay (83.8%), Indonesian 362 of
// 363 as Indonesian (one as Malay), Javanese-flavoured 90/90 as Javanese, Sundanese-flavoured 75/75 as Sundanese,
// English 88/88. Messages the writer labelled "mixed" are left out.
languageOfSealedRound(
  'round-17',
  'round17-sealed.jsonl',
  {
    ms: { lang: 'ms', floor: 0.83 },
    'id-chat': { lang: 'id', floor: 0.99 },
    'id-formal': { lang: 'id', floor: 0.99 },
    'jv-mix': { lang: 'jv', floor: 0.98 },
    'su-mix': { lang: 'su', floor: 0.98 },
    en: { lang: 'en', floor: 0.98 },
  },
  40,
);

// Round 18's sealed half (370), scored once at the end of the session that wrote it: Malay 41 of 44 read as Malay
// (93.2%), Indonesian 182/182, Javanese-flavoured 30/30, Sundanese-flavoured 30 of 31 (one as Indonesian),
// English 63/63.
languageOfSealedRound(
  'round-18',
  'round18-sealed.jsonl',
  {
    ms: { lang: 'ms', floor: 0.93 },
    'id-chat': { lang: 'id', floor: 0.99 },
    'id-formal': { lang: 'id', floor: 0.99 },
    'jv-mix': { lang: 'jv', floor: 0.98 },
    'su-mix': { lang: 'su', floor: 0.96 },
    en: { lang: 'en', floor: 0.98 },
  },
  25,
);

// Round 20 (596, sealed whole) and round 21's sealed half (299), scored at the end of the session that first read
// them, never tuned on. Round 20: Malay 64 of 68 (94.1%), Indonesian chat 218 of 223 (97.8%), formal 42/42,
// Javanese-flavoured 90/90, Sundanese-flavoured 32/32, English 109/109. Round 21: Malay 42/42, Indonesian chat 130
// of 132, formal 17/17, Javanese-flavoured 24/24, Sundanese-flavoured 16/16, English 58/58.
languageOfSealedRound(
  'round-20',
  'round20-sealed.jsonl',
  {
    ms: { lang: 'ms', floor: 0.93 },
    'id-chat': { lang: 'id', floor: 0.97 },
    'id-formal': { lang: 'id', floor: 0.99 },
    'jv-mix': { lang: 'jv', floor: 0.98 },
    'su-mix': { lang: 'su', floor: 0.96 },
    en: { lang: 'en', floor: 0.98 },
  },
  30,
);
languageOfSealedRound(
  'round-21',
  'round21-sealed.jsonl',
  {
    ms: { lang: 'ms', floor: 0.97 },
    'id-chat': { lang: 'id', floor: 0.98 },
    'id-formal': { lang: 'id', floor: 0.99 },
    'jv-mix': { lang: 'jv', floor: 0.98 },
    'su-mix': { lang: 'su', floor: 0.98 },
    en: { lang: 'en', floor: 0.98 },
  },
  16,
);

// Rounds 23 and 24's sealed halves (200 each), never tuned on. Round 23 at the session's start: Malay 24 of 30
// (80%), Indonesian chat 129 of 130, formal 8/8, English 22/22; at its end Malay 27 of 30 (90%), the rest the same.
// Round 24, start and end: Indonesian chat 142/142, formal 15/15, English 19 of 21. Too few Javanese, Sundanese or
// (in round 24) Malay lines to hold a floor of their own.
languageOfSealedRound(
  'round-23',
  'round23-sealed.jsonl',
  {
    ms: { lang: 'ms', floor: 0.9 },
    'id-chat': { lang: 'id', floor: 0.99 },
    en: { lang: 'en', floor: 0.98 },
  },
  20,
);
languageOfSealedRound(
  'round-24',
  'round24-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.99 },
    'id-formal': { lang: 'id', floor: 0.99 },
    en: { lang: 'en', floor: 0.9 },
  },
  15,
);

// Round 25's sealed half (200), never tuned on, at the session's start: Malay 21/21, Indonesian chat 90 of 91,
// formal 8 of 9, English 28/28, Javanese 13/13 and 10/10 mixed, Sundanese 10/10 and 7/7 mixed (too few of those for
// floors of their own).
languageOfSealedRound(
  'round-25',
  'round25-sealed.jsonl',
  {
    ms: { lang: 'ms', floor: 0.95 },
    'id-chat': { lang: 'id', floor: 0.98 },
    en: { lang: 'en', floor: 0.96 },
  },
  20,
);

// Round 26's sealed half (200), never tuned on, at the session's start: Indonesian chat 100 of 101, formal 10/10,
// Malay 17/17, English 21 of 22, Javanese 12/12 and 10/10 mixed, Sundanese 9/9 and 9/9 mixed.
languageOfSealedRound(
  'round-26',
  'round26-sealed.jsonl',
  {
    ms: { lang: 'ms', floor: 0.94 },
    'id-chat': { lang: 'id', floor: 0.98 },
    en: { lang: 'en', floor: 0.9 },
  },
  15,
);

// Round 27's sealed half (150) and round 28 (100, all sealed), never tuned on: Indonesian chat 88 of 90 and 56 of
// 57, Malay 17 of 18 and 4/4, English 10/10 and 11/11 (the language code did not change in the session that added
// them).
languageOfSealedRound(
  'round-27',
  'round27-sealed.jsonl',
  {
    ms: { lang: 'ms', floor: 0.9 },
    'id-chat': { lang: 'id', floor: 0.97 },
    en: { lang: 'en', floor: 0.9 },
  },
  10,
);
languageOfSealedRound(
  'round-28',
  'round28-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.97 },
    en: { lang: 'en', floor: 0.9 },
  },
  10,
);

// Rounds 29 and 30's sealed halves (200 each), never tuned on, scored when they were added (the language code did not
// change in that session): Indonesian chat 121 of 123 and 127 of 129 (greetings too short to tell), formal 14/14 and
// 11/11, Malay 17 of 18 and 10 of 11, English 19/19 and 8/8, Javanese 6/6 and 14/14 (4/4 and 8/8 mixed), Sundanese
// 5/5 and 9/9 (4/4 and 5/5 mixed).
languageOfSealedRound(
  'round-29',
  'round29-sealed.jsonl',
  {
    ms: { lang: 'ms', floor: 0.9 },
    'id-chat': { lang: 'id', floor: 0.97 },
    'id-formal': { lang: 'id', floor: 0.97 },
    en: { lang: 'en', floor: 0.95 },
  },
  10,
);
languageOfSealedRound(
  'round-30',
  'round30-sealed.jsonl',
  {
    ms: { lang: 'ms', floor: 0.9 },
    'id-chat': { lang: 'id', floor: 0.97 },
    'id-formal': { lang: 'id', floor: 0.97 },
    jv: { lang: 'jv', floor: 0.95 },
  },
  10,
);

// Round 31's sealed half (200), never tuned on, scored when it was added (the language code did not change in that
// session): Indonesian chat 117/117, formal 16 of 17, Malay 5/5, English 10/10, Javanese 7/7 (11/11 mixed),
// Sundanese 5/5 (6 of 7 mixed).
languageOfSealedRound(
  'round-31',
  'round31-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.97 },
    'id-formal': { lang: 'id', floor: 0.9 },
    en: { lang: 'en', floor: 0.95 },
    'jv-mix': { lang: 'jv', floor: 0.9 },
  },
  10,
);

// Round 32's sealed half (200), never tuned on (the language code did not change in that session): Indonesian chat
// 135 of 136, formal 13/13, Malay 7/7, English 12/12, Javanese 5/5 (7/7 mixed), Sundanese 2/2 (5/5 mixed).
languageOfSealedRound(
  'round-32',
  'round32-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.97 },
    'id-formal': { lang: 'id', floor: 0.95 },
    en: { lang: 'en', floor: 0.95 },
  },
  10,
);

// Round 33's sealed half (300), never tuned on (the language code did not change in that session): Indonesian chat
// 170 of 171, formal 26/26, Malay 13 of 14, English 26 of 27, Javanese 13/13 (19/19 mixed), Sundanese 4/4 (11/11
// mixed).
languageOfSealedRound(
  'round-33',
  'round33-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.97 },
    'id-formal': { lang: 'id', floor: 0.95 },
    ms: { lang: 'ms', floor: 0.9 },
    en: { lang: 'en', floor: 0.95 },
    jv: { lang: 'jv', floor: 0.95 },
    'jv-mix': { lang: 'jv', floor: 0.95 },
    'su-mix': { lang: 'su', floor: 0.9 },
  },
  10,
);

// Round 34's sealed half (300), never tuned on (the language code did not change in that session): Indonesian chat
// 136 of 137 (one undecided), formal 28/28, Malay 33 of 35 (two read as Indonesian), English 38/38, Javanese-mixed
// 27/27, Sundanese-mixed 25/25.
languageOfSealedRound(
  'round-34',
  'round34-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.97 },
    'id-formal': { lang: 'id', floor: 0.95 },
    ms: { lang: 'ms', floor: 0.9 },
    en: { lang: 'en', floor: 0.95 },
    'jv-mix': { lang: 'jv', floor: 0.95 },
    'su-mix': { lang: 'su', floor: 0.95 },
  },
  10,
);

// Round 38 (400, sealed whole), never tuned on: Indonesian chat 175 of 180 (three undecided, one Malay, one
// Sundanese), formal 40/40, Malay 36 of 40 (four read as Indonesian), English 47 of 48, Javanese-mixed 40/40,
// Sundanese-mixed 32/32.
languageOfSealedRound(
  'round-38',
  'round38-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.95 },
    'id-formal': { lang: 'id', floor: 0.95 },
    ms: { lang: 'ms', floor: 0.88 },
    en: { lang: 'en', floor: 0.95 },
    'jv-mix': { lang: 'jv', floor: 0.95 },
    'su-mix': { lang: 'su', floor: 0.95 },
  },
  10,
);

// Round 40 (400, sealed whole), never tuned on (the language code did not change in its session): Indonesian chat 201
// of 204 (three undecided), formal 52 of 53 (one Malay), Malay 55 of 60 (five read as Indonesian), English 38/38,
// Javanese-mixed 21/21, Sundanese-mixed 16/16.
languageOfSealedRound(
  'round-40',
  'round40-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.98 },
    'id-formal': { lang: 'id', floor: 0.98 },
    ms: { lang: 'ms', floor: 0.91 },
    en: { lang: 'en', floor: 0.99 },
    'jv-mix': { lang: 'jv', floor: 0.99 },
    'su-mix': { lang: 'su', floor: 0.99 },
  },
  10,
);

// Round 43 (400, sealed whole), never tuned on: Indonesian chat 151 of 153 (one undecided, one Malay), Malay 13 of 14,
// English 109/109, Javanese-mixed 64/64, Sundanese-mixed 23/23 (formal, 6 messages, all Indonesian, too few to hold).
languageOfSealedRound(
  'round-43',
  'round43-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.98 },
    ms: { lang: 'ms', floor: 0.92 },
    en: { lang: 'en', floor: 0.99 },
    'jv-mix': { lang: 'jv', floor: 0.99 },
    'su-mix': { lang: 'su', floor: 0.99 },
  },
  10,
);

// Rounds 45 and 46 (400 each, sealed whole), never tuned on (the language code did not change in their session): round
// 45 Indonesian chat 273 of 277 (two undecided, one Malay, one English), formal 19/19, Malay 16 of 18, English 27/27,
// Javanese-mixed 24 of 25, Sundanese-mixed 14/14; round 46 Indonesian chat 241 of 246 (five Malay), formal 19/19,
// Malay 17 of 19, English 54 of 55, Javanese-mixed 30/30, Sundanese-mixed 12/12.
languageOfSealedRound(
  'round-45',
  'round45-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.98 },
    'id-formal': { lang: 'id', floor: 0.99 },
    ms: { lang: 'ms', floor: 0.88 },
    en: { lang: 'en', floor: 0.99 },
    'jv-mix': { lang: 'jv', floor: 0.95 },
    'su-mix': { lang: 'su', floor: 0.99 },
  },
  10,
);
languageOfSealedRound(
  'round-46',
  'round46-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.97 },
    'id-formal': { lang: 'id', floor: 0.99 },
    ms: { lang: 'ms', floor: 0.89 },
    en: { lang: 'en', floor: 0.98 },
    'jv-mix': { lang: 'jv', floor: 0.99 },
    'su-mix': { lang: 'su', floor: 0.99 },
  },
  10,
);

// Round 47 (400, sealed whole), never tuned on (the language code did not change in its session): Indonesian chat 244 of
// 248, formal 24/24, Malay 23 of 24, English 39 of 40, Javanese-mixed 28/28, Sundanese-mixed 16/16.
languageOfSealedRound(
  'round-47',
  'round47-sealed.jsonl',
  {
    'id-chat': { lang: 'id', floor: 0.98 },
    'id-formal': { lang: 'id', floor: 0.99 },
    ms: { lang: 'ms', floor: 0.95 },
    en: { lang: 'en', floor: 0.97 },
    'jv-mix': { lang: 'jv', floor: 0.99 },
    'su-mix': { lang: 'su', floor: 0.99 },
  },
  10,
);

/** Each line's id and the language its writer labelled it with (the labelled-set loader keeps neither). */
function readLines(file: string): { id: string; lang: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; lang: string });
}
