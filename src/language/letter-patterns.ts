import { data as francData } from 'franc/data.js';
import { LATIN_LANGUAGES, type LatinLanguage } from './languages.ts';

/** Per-language scores, indexed like LATIN_LANGUAGES. */
export type LanguageScores = Float64Array;

// franc's codes for our Latin-script candidates. Its Malay is `zlm` (not `zsm`). Vietnamese is left out:
// franc stores it decomposed (NFD), and Vietnamese is told far more reliably by its own letters.
const FRANC_CODES: Partial<Record<LatinLanguage, string>> = {
  id: 'ind',
  ms: 'zlm',
  jv: 'jav',
  su: 'sun',
  en: 'eng',
  tl: 'tgl',
};

/** Trigram → weight per language, from franc's ranked top-300 trigram lists (rank 0 weighs most). */
function buildTrigramTable(): Map<string, Float64Array> {
  const table = new Map<string, Float64Array>();
  const latin = (francData as Record<string, Record<string, string>>).Latin ?? {};
  LATIN_LANGUAGES.forEach((lang, index) => {
    const code = FRANC_CODES[lang];
    const model = code ? latin[code] : undefined;
    if (!model) return;
    const trigrams = model.split('|');
    trigrams.forEach((trigram, rank) => {
      let weights = table.get(trigram);
      if (!weights) {
        weights = new Float64Array(LATIN_LANGUAGES.length);
        table.set(trigram, weights);
      }
      // Why linear in rank: franc's own distance is rank-based too; frequent trigrams say more.
      weights[index] = 1 - rank / trigrams.length;
    });
  });
  return table;
}

const TRIGRAMS = buildTrigramTable();

/**
 * Letter patterns franc's formal-text trigrams miss, each with the languages it points to. They describe
 * spelling systems, not words: Sundanese "eu", Javanese "dh", Tagalog "ng"/"mga" and verb affixes,
 * English "th"/"wh" and "-tion".
 */
const SPELLING_PATTERNS: ReadonlyArray<{ pattern: RegExp; lang: LatinLanguage; weight: number }> = [
  { pattern: /eu/, lang: 'su', weight: 1.2 },
  { pattern: /keun$/, lang: 'su', weight: 1.2 },
  { pattern: /^(pi|ka|sa|di|ng|ny)\w+(keun|na)$/, lang: 'su', weight: 0.6 },
  { pattern: /dh|^ng[^a]|^mb|^nd|[^aeiou]ake$|aké$|ipun$|aken$/, lang: 'jv', weight: 1 },
  { pattern: /[^aeiou](ne|e)$|^(ng|ny)[bcdgjklmprstw]|ke$|ni$|dipun/, lang: 'jv', weight: 0.5 },
  // é and è are written in Javanese and Sundanese (not Indonesian, Malay, English or Tagalog).
  { pattern: /[éè]/, lang: 'jv', weight: 1.2 },
  { pattern: /é/, lang: 'su', weight: 1.2 },
  { pattern: /^(nga|nge|ngi|ngo|ngu|mang|barud|ng)\w{3,}|na$/, lang: 'su', weight: 0.4 },
  {
    pattern: /^(nag|mag|pag|naka|maka|ipag|pinag|nakaka)\w{3,}|^\w{1,2}(um|in)[aeiou]\w+|hin$|^mga$/,
    lang: 'tl',
    weight: 1,
  },
  // Tagalog reduplicates the first syllable of a verb root after its prefix (nagbabasa, manggagawa), and
  // writes y after a consonant where Indonesian writes i (siya, kalye, anunsyo).
  {
    pattern: /^(na|ma|pa|ka|nag|mag|pag|nang|mang|makaka|nakaka)([bcdfghklmnprstwy][aeiou])\2/,
    lang: 'tl',
    weight: 1.2,
  },
  { pattern: /[bcdfghjklmprtvz]y[aeiou]/, lang: 'tl', weight: 0.8 },
  { pattern: /^(me[mn]|meng|meny|ber|ter|per|di)\w{3,}|kan$|nya$/, lang: 'id', weight: 0.5 },
  { pattern: /^(me[mn]|meng|meny|ber|ter|per|di)\w{3,}|kan$|nya$/, lang: 'ms', weight: 0.5 },
  { pattern: /th|wh|sh|tion$|ing$|ly$|[^aeiou]y$|ee|oo|ea|ou|[qxfvz]|w[^aei]/, lang: 'en', weight: 0.7 },
];

/** Adds the letter evidence of one lower-cased word to `scores` (trigram fit plus spelling patterns). */
export function addLetterEvidence(word: string, scores: LanguageScores): void {
  const padded = ` ${word} `;
  const count = padded.length - 2;
  const sums = new Float64Array(LATIN_LANGUAGES.length);
  for (let i = 0; i < count; i++) {
    const weights = TRIGRAMS.get(padded.slice(i, i + 3));
    if (!weights) continue;
    for (let l = 0; l < sums.length; l++) sums[l]! += weights[l]!;
  }
  for (let l = 0; l < sums.length; l++) scores[l]! += sums[l]! / count;
  for (const { pattern, lang, weight } of SPELLING_PATTERNS) {
    if (pattern.test(word)) scores[LATIN_LANGUAGES.indexOf(lang)]! += weight;
  }
}
