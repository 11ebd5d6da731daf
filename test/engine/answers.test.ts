import { describe, expect, it } from 'vitest';
import type { AnswerContext, AnswerInput } from '../../src/engine/answers/index.ts';
import { answerParsers, isSkip } from '../../src/engine/answers/index.ts';
import { NO_WORDS, SKIP_WORDS, YES_WORDS } from '../../src/engine/answers/vocabulary.ts';
import type { AnswerKind, Json } from '../../src/engine/index.ts';
import { commandVocabulary, recognizeCommand } from '../../src/engine/index.ts';
import { findPlaceInAnswer, placeOfPoint } from '../../src/places/index.ts';
import { content } from '../support/engine-env.ts';

const context: AnswerContext = {
  options: [
    { value: 'self', label: 'intake.opt.self', synonyms: ['sendiri', 'myself'], exact: ['saya'] },
    { value: 'relative', label: 'intake.opt.relative', synonyms: ['keluarga', 'adik', 'anak', 'sister'] },
    { value: 'friend', label: 'intake.opt.friend', synonyms: ['teman', 'friend'] },
  ],
  labelsOf: (key) => [content.texts.id[key], content.texts.en[key]].filter((t): t is string => !!t),
  min: 1,
  max: 110,
  now: new Date('2026-03-15T10:00:00Z'),
  knownCountry: 'MY',
  places: { findPlaceInAnswer, placeOfPoint },
};

type Fixture = { accept: [AnswerInput | string, Json][]; reject: (AnswerInput | string)[] };

// One fixture per answer kind; a kind added to AnswerKind without one fails to compile.
const fixtures: Record<AnswerKind, Fixture> = {
  choice: {
    accept: [
      ['1', 'self'],
      ['no 2', 'relative'],
      ['Keluarga saya', 'relative'],
      ['A family member', 'relative'],
      ['saya', 'self'],
      ['untuk adik saya', 'relative'],
      ['keluarrga', 'relative'],
      ['temen', 'friend'],
      ['FRIEND', 'friend'],
    ],
    reject: ['7', 'mungkin', 'adik dan teman', ''],
  },
  yes_no: {
    accept: [
      ['ya', true],
      ['iyaaa', true],
      ['Y', true],
      ['ok', true],
      ['betul', true],
      ['ya, aman', true],
      ['gak', false],
      ['tdk', false],
      ['nggak bisa', false],
      ['belum', false],
      ['No', false],
      ['tidak pernah', false],
      ['ya tidak', false],
    ],
    reject: ['mungkin', 'hmm', '😊', 'saya takut'],
  },
  text: {
    accept: [
      ['gaji tidak dibayar', 'gaji tidak dibayar'],
      ['  PT Maju  ', 'PT Maju'],
    ],
    reject: ['😊', '...', ''],
  },
  phone: {
    accept: [
      ['+60 12-345 6789', { e164: '+60123456789', country: 'MY' }],
      ['012 345 6789', { e164: '+60123456789', country: 'MY' }],
      ['0812 3456 7890', { e164: '+6281234567890', country: 'ID' }],
      ['nomor saya +62 812-3456-7890', { e164: '+6281234567890', country: 'ID' }],
      [
        { text: null, phone: '+886912345678' },
        { e164: '+886912345678', country: 'TW' },
      ],
    ],
    reject: ['123', 'tidak punya hp', '+1 555'],
  },
  location: {
    accept: [
      ['malaysia', { country: 'MY', matched: 'malaysia', text: 'malaysia' }],
      [
        { text: null, location: { latitude: 22.3, longitude: 114.17 } },
        { country: 'HK', matched: 'pin', latitude: 22.3, longitude: 114.17 },
      ],
    ],
    reject: ['planet mars', 'di tempat yang jauh'],
  },
  number: {
    accept: [
      ['25', 25],
      ['umur 16 thn', 16],
      ['dua puluh lima', 25],
      ['tujuh belas', 17],
      ['sekitar 30', 30],
      ['twenty five', 25],
      ['16-17', 16],
    ],
    reject: ['0', '200', 'tua', '16 atau 25 tahun 3'],
  },
  date: {
    accept: [
      ['Januari 2026', { year: 2026, month: 1, day: null, approximate: false, text: 'Januari 2026' }],
      ['3 bulan lalu', { year: 2025, month: 12, day: null, approximate: true, text: '3 bulan lalu' }],
      ['2 minggu yang lalu', { year: 2026, month: 3, day: 1, approximate: true, text: '2 minggu yang lalu' }],
      ['tahun lalu', { year: 2025, month: null, day: null, approximate: true, text: 'tahun lalu' }],
      ['12/03/2025', { year: 2025, month: 3, day: 12, approximate: false, text: '12/03/2025' }],
      ['01/15/2025', { year: 2025, month: 1, day: 15, approximate: false, text: '01/15/2025' }],
      ['2025-01-15', { year: 2025, month: 1, day: 15, approximate: false, text: '2025-01-15' }],
      ['2024', { year: 2024, month: null, day: null, approximate: false, text: '2024' }],
      ['last month', { year: 2026, month: 2, day: null, approximate: true, text: 'last month' }],
      ['agustus', { year: 2025, month: 8, day: null, approximate: false, text: 'agustus' }],
      ['kemarin', { year: 2026, month: 3, day: 14, approximate: true, text: 'kemarin' }],
    ],
    reject: ['entah', '1890', '45/13/2020'],
  },
};

const asInput = (i: AnswerInput | string): AnswerInput => (typeof i === 'string' ? { text: i } : i);

describe('answer parsers', () => {
  for (const [kind, fixture] of Object.entries(fixtures) as [AnswerKind, Fixture][]) {
    describe(kind, () => {
      for (const [input, value] of fixture.accept) {
        it(`understands ${JSON.stringify(input)}`, () => {
          expect(answerParsers[kind](asInput(input), context)).toEqual({ ok: true, value });
        });
      }
      for (const input of fixture.reject) {
        it(`does not take ${JSON.stringify(input)} as an answer`, () => {
          expect(answerParsers[kind](asInput(input), context)).toEqual({ ok: false });
        });
      }
    });
  }
});

describe('vocabulary', () => {
  it('reads every yes word as yes and every no word as no', () => {
    for (const word of YES_WORDS)
      expect({ word, ...answerParsers.yes_no({ text: word }, context) }).toEqual({
        word,
        ok: true,
        value: true,
      });
    for (const word of NO_WORDS)
      expect({ word, ...answerParsers.yes_no({ text: word }, context) }).toEqual({
        word,
        ok: true,
        value: false,
      });
  });

  it('skips on every skip phrase, but not on plain answers', () => {
    for (const phrase of SKIP_WORDS) expect({ phrase, skip: isSkip(phrase) }).toEqual({ phrase, skip: true });
    for (const text of ['tidak', 'ya', 'malaysia', 'saya tidak tahu namanya tapi dia perempuan']) {
      expect({ text, skip: isSkip(text) }).toEqual({ text, skip: false });
    }
  });

  it('recognises every global command phrase, in any case and with a slash, only as the whole message', () => {
    for (const [command, phrases] of commandVocabulary) {
      for (const phrase of phrases) {
        expect(recognizeCommand(phrase.toUpperCase())).toEqual(command);
        expect(recognizeCommand(`/${phrase}`)).toEqual(command);
      }
    }
    expect(recognizeCommand('tolong bantu cek agensi saya')).toBeNull();
    expect(recognizeCommand('TOLONG!!')).toEqual({ type: 'emergency' });
  });
});
