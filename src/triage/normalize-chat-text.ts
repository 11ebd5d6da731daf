import { allMatches } from './all-matches.ts';
import { CLAUSE_STARTS, JOB_NOUNS, ROOT_ALIASES, ROOTS, SPELLINGS, TEEN_UNITS } from './chat-words.ts';

/** One word of normalised text, with where it came from in the original. */
export interface ChatToken {
  /** Canonical word ('di' for a passive prefix, a root for an affixed word, '|' for a clause break). */
  word: string;
  /** Offset of the original token in the source text. */
  start: number;
  end: number;
}

/** Text as triage reads it: canonical words joined by single spaces, clause breaks as '|'. */
export interface NormalizedText {
  /** The source text, as given. */
  source: string;
  tokens: ChatToken[];
  /** ' w1 w2 | w3 ' — leading and trailing space so every word is space-delimited. */
  joined: string;
  /** Character offset in `joined` where each token starts. */
  offsets: number[];
}

const ROOT_SET = new Set(ROOTS);
// Why 'e': the Javanese possessive ("paspore", "gajine", "kapale").
// Why 'keun' and 'ake': the Sundanese and Javanese "-kan" ("dikawinkeun", "didolake").
// Why 'ke': the Javanese "-ke" after a root ending in a consonant ("digerakke", "dijupukke").
// Why 'nipun' and 'ipun': the Javanese krama possessive ("gajinipun", "pasporipun").
const SUFFIXES = [
  'nipun',
  'ipun',
  'nya',
  'kan',
  'keun',
  'ake',
  'ke',
  'lah',
  'kah',
  'in',
  'an',
  'ku',
  'mu',
  'ne',
  'e',
  'i',
] as const;
// Why 'd': chat drops the vowel of the passive prefix ("dkunci", "dsiksa"); only known roots qualify.
const PASSIVE_PREFIXES = ['di', 'ter', 'ke', 'd'] as const;
const stemCache = new Map<string, string[]>();
// Words whose prefix is no passive: "terserah kita" is "up to us", not "handed over" (di+serah). Nor is "pegawai"
// (an employee) pe+gawa+i, Sundanese for carrying ("paspor dipegang pegawai gun-cheong" had read as armed).
const KEEP_WHOLE: ReadonlySet<string> = new Set(['terserah', 'pegawai', 'pegawainya']);

function asRoot(candidate: string): string | undefined {
  if (!ROOT_SET.has(candidate)) return undefined;
  // Why twice: an alias may itself have an alias ("gebuki" → "gebuk" → "pukul").
  const alias = ROOT_ALIASES[candidate] ?? candidate;
  return ROOT_ALIASES[alias] ?? alias;
}

/** Active prefixes with the nasal assimilation of Indonesian: me+pukul → memukul, ng+kunci → ngunci. */
function activeRoots(word: string): string | undefined {
  const tries: string[] = [];
  const add = (prefix: string, restore: readonly string[]) => {
    if (!word.startsWith(prefix) || word.length - prefix.length < 3) return;
    const rest = word.slice(prefix.length);
    for (const head of restore) tries.push(head + rest);
  };
  add('meny', ['s']);
  add('peny', ['s']);
  add('meng', ['', 'k']);
  add('peng', ['', 'k']);
  add('mem', ['', 'p']);
  add('pem', ['', 'p']);
  add('men', ['', 't']);
  add('pen', ['', 't']);
  add('me', ['']);
  add('ber', ['']);
  add('be', ['']);
  add('per', ['']);
  add('pe', ['']);
  add('se', ['']);
  // Why 'c' too: Javanese and Sundanese nasalise c to ny ("nyekel" ← cekel).
  add('ny', ['s', 'c']);
  add('ng', ['', 'k']);
  add('nge', ['']);
  add('m', ['p']);
  add('n', ['t']);
  for (const candidate of tries) {
    const root = asRoot(candidate);
    if (root) return root;
  }
  return undefined;
}

function stemWithoutSuffix(base: string): string[] | undefined {
  const job = JOB_NOUNS[base];
  if (job) return [job];
  const root = asRoot(base);
  if (root) return [root];
  for (const prefix of PASSIVE_PREFIXES) {
    if (!base.startsWith(prefix) || base.length - prefix.length < 3) continue;
    const rest = base.slice(prefix.length);
    const inner =
      asRoot(rest) ??
      (rest.startsWith('per') ? asRoot(rest.slice(3)) : undefined) ??
      (rest.startsWith('pe') ? activeRoots(rest) : undefined);
    // Why one 'di' for di-, ter- and ke-: "dikunci", "terkunci", "kekunci" and "kena kunci" all say the same
    // thing was done to the person; the lexicon then needs one passive form per verb.
    if (inner) return ['di', inner];
  }
  const active = activeRoots(base);
  return active ? [active] : undefined;
}

/** Reduces an affixed word to a known root ("dipukulin" → di pukul); unknown words come back unchanged. */
export function stemChatWord(word: string): string[] {
  const cached = stemCache.get(word);
  if (cached) return cached;
  if (KEEP_WHOLE.has(word)) return [word];
  let result = stemWithoutSuffix(word);
  if (!result) {
    outer: for (const first of SUFFIXES) {
      if (!word.endsWith(first) || word.length - first.length < 3) continue;
      const base = word.slice(0, -first.length);
      result = stemWithoutSuffix(base);
      if (result) break;
      for (const second of SUFFIXES) {
        if (!base.endsWith(second) || base.length - second.length < 3) continue;
        result = stemWithoutSuffix(base.slice(0, -second.length));
        if (result) break outer;
      }
    }
  }
  const final = result ?? [word];
  if (stemCache.size < 50_000) stemCache.set(word, final);
  return final;
}

/** Lower case without accents or apostrophes, with where each of its characters came from in the source. */
function lowerWithOffsets(source: string): {
  lowered: string;
  startOf: (index: number) => number;
  endOf: (index: number) => number;
} {
  // Accents go (Sundanese "béja", Malay "é"), and apostrophes ("di'kunci", "'tinggal nama'"), so words read as
  // typed without them. Most text keeps its length, and offsets are the same; where it does not, each character
  // is mapped back, so the evidence shown for a cue is the phrase, not the whole message.
  const whole = source.toLowerCase().normalize('NFKD').replace(MARKS, '');
  if (whole.length === source.length && !APOSTROPHES.test(whole)) {
    return { lowered: whole, startOf: (index) => index, endOf: (index) => index + 1 };
  }
  let lowered = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = 0; at < source.length; ) {
    const character = String.fromCodePoint(source.codePointAt(at)!);
    const next = at + character.length;
    const part = character.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES_ALL, '');
    for (let k = 0; k < part.length; k++) {
      starts.push(at);
      ends.push(next);
    }
    lowered += part;
    at = next;
  }
  return { lowered, startOf: (index) => starts[index] ?? 0, endOf: (index) => ends[index] ?? source.length };
}

const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[’'`]/;
const APOSTROPHES_ALL = /[’'`]/g;

const TOKEN = /[a-z0-9]+(?:-[a-z0-9]+)*|[.!?;:\n]+|,/g;

// Javanese "mending", "arep", "ben" as typed: before "tak", it is the speaker's deed ("mending tak untal"), unlike
// Malay "dah tak pukul" or "biar tak hilang".
const JAVANESE_BEFORE_TAK: ReadonlySet<string> = new Set(['mending', 'arep', 'ben', 'rep']);
const JAVANESE_YOU: ReadonlySet<string> = new Set(['kowe', 'koen', 'awakmu', 'sampeyan']);

// Doubled words whose doubling is the meaning: "dipegang-pegang" groped, not held; "diam-diam" and
// "sembunyi-sembunyi" in secret, not silent or hiding; "beri-beri" the disease; "gak bangun-bangun" will not wake;
// "was-was" uneasy; "jalan-jalan" a trip; Malay "bila-bila" any time; "marah-marah" scolding; "oleh-oleh" gifts;
// "apa-apa" anything; "tes tes" a test. They stay doubled, as the lexicon reads them; any other doubling is one word.
const DOUBLING_MEANS_MORE: ReadonlySet<string> = new Set([
  'pegang',
  'diam',
  'sembunyi',
  'beri',
  'bangun',
  'was',
  'jalan',
  'bila',
  'marah',
  'oleh',
  'apa',
  'tes',
  'test',
]);

/** Normalises chat text: lower case, spelling variants, affixes, reduplication, clause breaks. */
export function normalizeChatText(source: string): NormalizedText {
  const { lowered, startOf, endOf } = lowerWithOffsets(source);
  // Whether the message is written in capitals, asked only when a capitalised "HR" needs it.
  const shouted = () => source.replace(/[^A-Z]/g, '').length * 2 >= source.replace(/[^A-Za-z]/g, '').length;
  const tokens: ChatToken[] = [];
  const push = (word: string, start: number, end: number) => {
    const previous = tokens[tokens.length - 1];
    // "enam belas", "genep welas": an age written as two words becomes one number, as "16" would be read.
    if (previous && (word === 'belas' || word === 'welas') && TEEN_UNITS[previous.word] !== undefined) {
      previous.word = String(10 + TEEN_UNITS[previous.word]!);
      previous.end = end;
      return;
    }
    // Javanese "kowe tak dol" is "I will sell you", not "not": after "kowe", "tak" marks the speaker's deed.
    if (
      previous &&
      word === 'tidak' &&
      JAVANESE_YOU.has(previous.word) &&
      source.slice(start, end).toLowerCase() === 'tak'
    ) {
      tokens.push({ word: 'mau', start, end });
      return;
    }
    // Javanese "ora tau digebuki" is "never beaten" ("tau" is "ever"), not Indonesian "gak tau" (don't know).
    if (
      previous &&
      word === 'tau' &&
      previous.word === 'tidak' &&
      ['ora', 'durung'].includes(source.slice(previous.start, previous.end).toLowerCase())
    ) {
      tokens.push({ word: 'pernah', start, end });
      return;
    }
    // Malay "buah pinggang" is the kidney ("jual buah pinggang").
    if (previous && previous.word === 'buah' && word === 'pinggang') {
      previous.word = 'ginjal';
      previous.end = end;
      return;
    }
    // "in case my wife ever gets locked in": a supposition, as "if" opens one.
    if (previous && previous.word === 'in' && word === 'case') {
      previous.word = 'if';
      previous.end = end;
      return;
    }
    // "kemana-mana", "kemana mana" is everywhere, not the question "kemana?".
    if (previous && previous.word === 'kemana' && word === 'mana') {
      previous.word = 'everywhere';
      previous.end = end;
      return;
    }
    // Why: reduplication ("dipukul-pukul", "kerja2") and repeated breaks carry no extra meaning for triage.
    if (
      previous &&
      previous.word === word &&
      (word === '|' || word !== 'di') &&
      !(DOUBLING_MEANS_MORE.has(word) && tokens[tokens.length - 2]?.word !== word)
    )
      return;
    tokens.push({ word, start, end });
  };
  for (const match of allMatches(TOKEN, lowered)) {
    const text = match[0];
    const start = startOf(match.index);
    const end = endOf(match.index + text.length - 1);
    if (!/[a-z0-9]/.test(text[0]!)) {
      push('|', start, end);
      if (text.includes('?')) tokens[tokens.length - 1]!.word = '?';
      continue;
    }
    for (let part of text.split('-')) {
      if (part === '') continue;
      // "kerja2", "pukul2": a trailing 2 marks reduplication in chat.
      // (Unless the spelling list knows the whole form: "kemana2" is "everywhere".)
      let doubled = false;
      if (/^[a-z]{3,}2$/.test(part) && SPELLINGS[part] === undefined) {
        part = part.slice(0, -1);
        doubled = true;
      }
      // "tolonggg", "dipukuuul": a letter held three times or more is one letter (no word needs three).
      part = part.replace(/([a-z])\1{2,}/g, '$1');
      // "3hr", "2hari": a number glued to its unit.
      const glued = /^(\d+)([a-z]{2,})$/.exec(part);
      if (glued) {
        push(glued[1]!, start, end);
        part = glued[2]!;
        // "14th floor", "3rd day": an English ordinal, not "14 th" (tahun, years).
        const ordinal = ['st', 'nd', 'rd', 'th'].includes(part);
        if (
          ordinal &&
          (part !== 'th' ||
            /^\s+(?:floor|fl|lantai|storey|story|level|day|week|month|time|of)\b/.test(
              lowered.slice(match.index + text.length),
            ))
        )
          continue;
      }
      // Javanese "tali wis tak siapke" is "I have made the rope ready": "tak" before a verb in -ke is the speaker,
      // not Malay "tak" (not).
      const last = tokens[tokens.length - 1];
      // So is "tak" after Javanese "mending", "arep", "wis", "ben" ("mending tak untal kabeh obat iki").
      const beforeLastToken = tokens[tokens.length - 2];
      const beforeLast = beforeLastToken
        ? source.slice(beforeLastToken.start, beforeLastToken.end).toLowerCase()
        : '';
      if (
        last?.word === 'tidak' &&
        source.slice(last.start, last.end).toLowerCase() === 'tak' &&
        (/^[a-z]{3,}(?:ke|ake)$/.test(part) || JAVANESE_BEFORE_TAK.has(beforeLast))
      )
        last.word = 'saya';
      // "passport sy dipegang HR": "HR" in capitals in a message not written in capitals is the human-resources
      // office (of a company or compound), not "hr" for "hari" (day).
      // "I'll be moved": the apostrophe gone, "ill" would read as sick.
      const spelled =
        part === 'hr' && source.slice(start, end) === 'HR' && !shouted()
          ? 'hrd'
          : part === 'ill' && /['’]/.test(source.slice(start, end))
            ? 'saya will'
            : (SPELLINGS[part] ?? part);
      for (const word of spelled.split(' ')) {
        if (CLAUSE_STARTS.has(word)) push('|', start, start);
        for (const stemmed of stemChatWord(word)) push(stemmed, start, end);
      }
      const lastWord = tokens[tokens.length - 1]?.word;
      if (doubled && lastWord !== undefined && DOUBLING_MEANS_MORE.has(lastWord)) push(lastWord, start, end);
    }
  }
  let joined = ' ';
  const offsets: number[] = [];
  for (const token of tokens) {
    offsets.push(joined.length);
    joined += `${token.word} `;
  }
  return { source, tokens, joined, offsets };
}
