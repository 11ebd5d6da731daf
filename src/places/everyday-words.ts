/**
 * Everyday Indonesian and English words, by frequency in film subtitles (OpenSubtitles, via zxcvbn-ts's word
 * lists, MIT). A place name that is also such a word is a place only after "di/ke/in"; a word of chat that is
 * such a word is never a misspelt place. Loaded on first use and once, from a small cache after the first time.
 */
import { createRequire } from 'node:module';
import { rememberDerived } from '../derived-cache/derived-cache.ts';

/** The commonest words (never a place) and the everyday ones (a place only after a locative). */
export interface EverydayWords {
  /** Rank under 3,000 in Indonesian or English: "kota", "nice". */
  never: ReadonlySet<string>;
  /** Rank under 30,000 in Indonesian or English: "selamat", "miami". */
  everyday: ReadonlySet<string>;
  /** Rank under 10,000 in Indonesian and not among English's everyday words: "kasur", "saku", "koper", "gurun". */
  indonesian: ReadonlySet<string>;
}

const NEVER_RANK = 3_000;
const EVERYDAY_RANK = 30_000;
// Why 10,000: below it the Indonesian-only words are the language's own ("kasur", "koper", "padam"); further
// down come names from dubbed films and dramas ("daegu", "gwangju", "gyeonggi"), which are places.
const INDONESIAN_RANK = 10_000;

const require = createRequire(import.meta.url);

function versionOf(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'missing';
  }
}

function readRankedLists(): { id: string[]; en: string[] } {
  // Why the word list files and not the packages' index: the index also decompresses names and Wikipedia
  // titles, three times the work for nothing used here.
  const read = (name: string) =>
    (require(`${name}/dist/commonWords.json.cjs`) as string[]).slice(0, EVERYDAY_RANK);
  return { id: read('@zxcvbn-ts/language-id'), en: read('@zxcvbn-ts/language-en') };
}

let loaded: EverydayWords | undefined;

/** The everyday words, read once (from the cache when it matches the installed lists). */
export function everydayWords(): EverydayWords {
  if (loaded) return loaded;
  const file = `everyday-words-${versionOf('@zxcvbn-ts/language-id')}-${versionOf('@zxcvbn-ts/language-en')}.json`;
  let lists: { id: string[]; en: string[] };
  try {
    lists = rememberDerived(file, readRankedLists);
  } catch {
    // Without the lists, words are only kept out by the curated common words.
    lists = { id: [], en: [] };
  }
  const { id, en } = lists;
  const english = new Set(en);
  loaded = {
    never: new Set([...id.slice(0, NEVER_RANK), ...en.slice(0, NEVER_RANK)]),
    everyday: new Set([...id, ...en]),
    indonesian: new Set(id.slice(0, INDONESIAN_RANK).filter((word) => !english.has(word))),
  };
  return loaded;
}
