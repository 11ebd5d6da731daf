/** Loads the labelled sentences in test/language/labelled and derives single-word and word-pair samples. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DetectedLanguage, detectLanguage } from '../../src/language/index.ts';

/** One labelled sample: its language, its text, and whether it is a word, a pair or a sentence. */
export interface Sample {
  lang: DetectedLanguage;
  text: string;
  kind: 'word' | 'pair' | 'sentence';
}

/** The accuracy figures of one data slice. */
export interface Accuracy {
  strict: number;
  merged: number;
  perLanguage: Record<string, number>;
  samples: number;
}

const FAMILY = new Set<DetectedLanguage>(['id', 'ms', 'jv', 'su']);

/** Splits a sentence into words; scripts written without spaces are cut into two-letter pieces. */
function wordsOf(sentence: string): string[] {
  const words = sentence.split(/\s+/).map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const kept = words.filter((word) => /\p{L}/u.test(word));
  if (kept.length > 1) return kept;
  const letters = [...sentence.replace(/[^\p{L}\p{M}]/gu, '')];
  const pieces: string[] = [];
  for (let i = 0; i + 1 < letters.length; i += 2) pieces.push(letters[i]! + letters[i + 1]!);
  return pieces;
}

/** Reads one TSV slice (`lang<TAB>sentence`, `#` comments) and derives words, pairs and sentences. */
export function loadSamples(name: string): Sample[] {
  const path = fileURLToPath(new URL(`./labelled/${name}`, import.meta.url));
  const samples: Sample[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [lang, text] = line.split('\t') as [DetectedLanguage, string];
    samples.push({ lang, text, kind: 'sentence' });
    const words = wordsOf(text);
    const joiner = /\s/.test(text) ? ' ' : '';
    words.forEach((word, i) => {
      samples.push({ lang, text: word, kind: 'word' });
      if (i + 1 < words.length) samples.push({ lang, text: word + joiner + words[i + 1], kind: 'pair' });
    });
  }
  return samples;
}

/** Macro accuracy over languages (each language's mean of word, pair and sentence accuracy). */
export function measureAccuracy(samples: Sample[], detect = detectLanguage): Accuracy {
  const tally = new Map<string, { strict: number; merged: number; total: number }>();
  for (const sample of samples) {
    const got = detect(sample.text).lang;
    const key = `${sample.lang}\t${sample.kind}`;
    const entry = tally.get(key) ?? { strict: 0, merged: 0, total: 0 };
    entry.total++;
    if (got === sample.lang) entry.strict++;
    if (got === sample.lang || (FAMILY.has(got) && FAMILY.has(sample.lang))) entry.merged++;
    tally.set(key, entry);
  }
  const langs = [...new Set(samples.map((sample) => sample.lang))];
  const perLanguage: Record<string, number> = {};
  let strict = 0;
  let merged = 0;
  for (const lang of langs) {
    const kinds = [...tally.entries()].filter(([key]) => key.startsWith(`${lang}\t`)).map(([, v]) => v);
    const langStrict = kinds.reduce((sum, v) => sum + v.strict / v.total, 0) / kinds.length;
    const langMerged = kinds.reduce((sum, v) => sum + v.merged / v.total, 0) / kinds.length;
    perLanguage[lang] = Math.round(langStrict * 1000) / 1000;
    strict += langStrict / langs.length;
    merged += langMerged / langs.length;
  }
  return { strict, merged, perLanguage, samples: samples.length };
}
