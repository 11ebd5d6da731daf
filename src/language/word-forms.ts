import type { LatinLanguage } from './languages.ts';
import { WORD_EVIDENCE, type WordEvidence } from './word-lists.ts';

/**
 * An affix that marks one language when it is put on a stem we know. Javanese, Sundanese and Tagalog are
 * agglutinative and chat writes every stem with a dozen endings ("majikane", "gajina", "sobrang"); no word
 * list holds them all, but the affixes are few and tell the language as surely as a function word.
 */
interface AffixRule {
  prefix: string;
  suffix: string;
  /** The language the affix points to. */
  lang: LatinLanguage;
  weight: number;
  /** The stem must be a known word of one of these languages. */
  stemOf: readonly LatinLanguage[];
  /** What the stem's last letter must be, when the affix has a form after vowels and one after consonants. */
  stemEnds?: 'vowel' | 'consonant';
}

const FAMILY: readonly LatinLanguage[] = ['id', 'ms', 'jv', 'su'];
// Why an affixed word weighs less than a listed marker (2.5): the stem may be a loan or a name, and a short
// stem with a common ending can be a coincidence.
const SURE = 2;
const LIKELY = 1.5;

const AFFIX_RULES: readonly AffixRule[] = [
  // Javanese: possessive/definite -e after a consonant and -ne after a vowel (majikane, gajine), krama -ipun
  // (griyanipun), causative/benefactive -ake / -kake and krama -aken (kirimake, dikirimaken), Surabaya and
  // Malang -no (jupukno), first-person passive tak- / dak- (takjupuk), ke- accidental passive (kejupuk).
  { prefix: '', suffix: 'e', lang: 'jv', weight: LIKELY, stemOf: FAMILY, stemEnds: 'consonant' },
  { prefix: '', suffix: 'ne', lang: 'jv', weight: LIKELY, stemOf: FAMILY, stemEnds: 'vowel' },
  { prefix: '', suffix: 'ipun', lang: 'jv', weight: SURE, stemOf: FAMILY },
  { prefix: '', suffix: 'nipun', lang: 'jv', weight: SURE, stemOf: FAMILY, stemEnds: 'vowel' },
  { prefix: '', suffix: 'ake', lang: 'jv', weight: SURE, stemOf: FAMILY, stemEnds: 'consonant' },
  { prefix: '', suffix: 'kake', lang: 'jv', weight: SURE, stemOf: FAMILY, stemEnds: 'vowel' },
  { prefix: 'di', suffix: 'ake', lang: 'jv', weight: SURE, stemOf: FAMILY, stemEnds: 'consonant' },
  { prefix: 'di', suffix: 'kake', lang: 'jv', weight: SURE, stemOf: FAMILY, stemEnds: 'vowel' },
  { prefix: '', suffix: 'aken', lang: 'jv', weight: SURE, stemOf: FAMILY },
  { prefix: 'di', suffix: 'aken', lang: 'jv', weight: SURE, stemOf: FAMILY },
  { prefix: '', suffix: 'no', lang: 'jv', weight: LIKELY, stemOf: ['jv', 'id'], stemEnds: 'consonant' },
  { prefix: 'di', suffix: 'no', lang: 'jv', weight: LIKELY, stemOf: ['jv', 'id'], stemEnds: 'consonant' },
  { prefix: 'tak', suffix: '', lang: 'jv', weight: LIKELY, stemOf: ['jv'] },
  { prefix: 'dak', suffix: '', lang: 'jv', weight: LIKELY, stemOf: ['jv', 'id'] },
  { prefix: 'ke', suffix: '', lang: 'jv', weight: LIKELY, stemOf: ['jv'] },
  { prefix: 'di', suffix: '', lang: 'jv', weight: LIKELY, stemOf: ['jv'] },
  { prefix: 'di', suffix: 'i', lang: 'jv', weight: LIKELY, stemOf: ['jv'] },
  { prefix: '', suffix: 'ku', lang: 'jv', weight: LIKELY, stemOf: ['jv'] },
  // Sundanese: possessive/definite -na (gajihna, imahna), causative -keun (kirimkeun, dibawakeun), the
  // active nga- (ngabantu) and its -eun future/imperative (bawaeun).
  { prefix: '', suffix: 'na', lang: 'su', weight: LIKELY, stemOf: FAMILY },
  { prefix: '', suffix: 'keun', lang: 'su', weight: SURE, stemOf: FAMILY },
  { prefix: 'di', suffix: 'keun', lang: 'su', weight: SURE, stemOf: FAMILY },
  { prefix: 'nga', suffix: '', lang: 'su', weight: LIKELY, stemOf: FAMILY },
  { prefix: 'nga', suffix: 'keun', lang: 'su', weight: SURE, stemOf: FAMILY },
  { prefix: 'di', suffix: 'na', lang: 'su', weight: LIKELY, stemOf: ['su'] },
  // Jakarta Indonesian: -in for -kan / -i (bantuin, dimarahin, nanyain); Malay and Javanese do not use it.
  { prefix: '', suffix: 'in', lang: 'id', weight: LIKELY, stemOf: ['id'] },
  { prefix: 'di', suffix: 'in', lang: 'id', weight: SURE, stemOf: ['id'] },
  // Malay chat writes "tak" as x joined to the verb (xtau, xboleh, xpaham), and -nya as -nye (gajinye).
  { prefix: 'x', suffix: '', lang: 'ms', weight: SURE, stemOf: FAMILY },
  { prefix: '', suffix: 'nye', lang: 'ms', weight: LIKELY, stemOf: ['id', 'ms'] },
  // Tagalog: the linker -ng on a vowel-final word (sobrang, akong, ibang), and verb prefixes on Tagalog or
  // English stems (nagwork, magrenew) as Taglish writes them.
  { prefix: '', suffix: 'ng', lang: 'tl', weight: SURE, stemOf: ['tl'], stemEnds: 'vowel' },
  { prefix: 'mag', suffix: '', lang: 'tl', weight: SURE, stemOf: ['tl', 'en'] },
  { prefix: 'nag', suffix: '', lang: 'tl', weight: SURE, stemOf: ['tl', 'en'] },
  { prefix: 'pag', suffix: '', lang: 'tl', weight: SURE, stemOf: ['tl', 'en'] },
];

/**
 * Clitics that leave a word in its stem's language: Indonesian and Malay -nya, -lah, -kah, -pun, -ku, -mu
 * ("infonya", "gajiku"). The word inherits its stem's evidence; a -nya word whose stem we do not know is
 * still Indonesian or Malay (never Javanese, Sundanese or Tagalog, which write -e, -na, -niya).
 */
const CLITICS = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'] as const;
const CLITIC_SHARE = 0.8;
const KAH_MALAY = 0.6;
const BARE_NYA: WordEvidence = { id: 1, ms: 0.9 };

const VOWEL = /[aeiou]$/;
const MIN_STEM = 3;

/** Evidence for a word in none of our lists, read from its affixes and its stem; undefined if none apply. */
export function derivedEvidence(word: string): WordEvidence | undefined {
  let found: WordEvidence | undefined;
  for (const rule of AFFIX_RULES) {
    if (!word.startsWith(rule.prefix) || !word.endsWith(rule.suffix)) continue;
    const stem = word.slice(rule.prefix.length, word.length - rule.suffix.length);
    if (stem.length < MIN_STEM) continue;
    if (rule.stemEnds && VOWEL.test(stem) !== (rule.stemEnds === 'vowel')) continue;
    const known = WORD_EVIDENCE.get(stem);
    if (!known || !rule.stemOf.some((lang) => known[lang] !== undefined)) continue;
    found ??= {};
    found[rule.lang] = Math.max(found[rule.lang] ?? 0, rule.weight);
  }
  if (found) return found;
  for (const clitic of CLITICS) {
    if (!word.endsWith(clitic)) continue;
    const stem = word.slice(0, word.length - clitic.length);
    if (stem.length < MIN_STEM) continue;
    const known = WORD_EVIDENCE.get(stem);
    if (known && (known.id !== undefined || known.ms !== undefined)) {
      const inherited: WordEvidence = {};
      for (const lang of ['id', 'ms'] as const) {
        if (known[lang] !== undefined) inherited[lang] = CLITIC_SHARE * known[lang]!;
      }
      // Why: Malay asks with -kah on any word (adakah, bolehkah, betulkah); Indonesian keeps it to a few
      // formal words (apakah, bukankah) that the lists already hold.
      if (clitic === 'kah') inherited.ms = (inherited.ms ?? 0) + KAH_MALAY;
      return inherited;
    }
    if (clitic === 'nya') return BARE_NYA;
  }
  return undefined;
}
