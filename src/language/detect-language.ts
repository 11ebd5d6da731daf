import { type DetectedLanguage, LATIN_LANGUAGES, replyLanguageFor } from './languages.ts';
import { addLetterEvidence, type LanguageScores } from './letter-patterns.ts';
import { derivedEvidence } from './word-forms.ts';
import { TELLING_PAIRS, WORD_EVIDENCE } from './word-lists.ts';

/** The detected language of one message, with a confidence between 0 and 1. */
export interface Detection {
  lang: DetectedLanguage;
  confidence: number;
}

/** A detection plus the confidence that the reply language (Indonesian family or not) is right. */
export interface FamilyDetection extends Detection {
  /** Uncalibrated probability mass of the reply family, shrunk by evidence: under 0.5 for one word. */
  familyConfidence: number;
}

// Letters of the scripts that decide a language alone. Han also covers Japanese kanji, but Japanese
// kana-free text is rare in chat and Chinese is our only Han candidate.
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/gu;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const THAI = /[\u0e00-\u0e7f]/gu;
const LATIN = /[a-z\u00c0-\u024f\u1e00-\u1eff]/gu;
// Letters only Vietnamese uses among our candidates (ă â đ ê ô ơ ư and the dot-below/hook-above tones).
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũã]/gu;
const WORDS = /[\p{L}\p{M}]+/gu;

// Messages that carry no language: acknowledgements and fillers written the same way everywhere.
const NEUTRAL_WORDS = new Set([
  'ok',
  'oke',
  'okay',
  'okey',
  'oky',
  'k',
  'kk',
  'ya',
  'yaa',
  'yah',
  'y',
  'p',
  'hmm',
  'hm',
  'haha',
  'hahaha',
  'wkwk',
  'wkwkwk',
  'lol',
  'sip',
  'test',
  'tes',
]);

// Word evidence dominates: a known word is a far better witness than how its letters look. Letter evidence
// decides for unknown words, and breaks ties between languages that share a word.
const LETTER_WEIGHT = 1.2;
const KNOWN_WORD_LETTER_WEIGHT = 0.3;
// Softmax sharpness turning scores into probabilities; chosen so confidence tracks accuracy on our data.
const SHARPNESS = 1.6;
// A word in none of our lists is unlikely to be Indonesian or English, whose vocabularies we hold in full,
// and somewhat unlikely Malay (which shares Indonesian's); it more likely belongs to a language we only
// know the commonest words of (Javanese, Sundanese, Tagalog).
const UNKNOWN_WORD_PENALTY: Readonly<Record<string, number>> = { id: 0.8, en: 0.8, ms: 0.5 };

const UNDETERMINED: FamilyDetection = { lang: 'und', confidence: 0, familyConfidence: 0 };
// Evidence one known word adds: one word alone stays under 0.5 confidence (never enough to switch the
// reply language), three or more known words reach 0.8 and above.
const KNOWN_WORD_EVIDENCE = 0.6;
const UNKNOWN_WORD_EVIDENCE = 0.3;

const ID = LATIN_LANGUAGES.indexOf('id');
const MS = LATIN_LANGUAGES.indexOf('ms');

/** Counts the matches of a global regular expression. */
function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Detects the language of one chat message; 'und' with low confidence for "ok", "ya", numbers, emoji. */
export function detectLanguage(text: string): Detection {
  const { lang, confidence } = detectLanguageFamily(text);
  return { lang, confidence };
}

/** Like detectLanguage, plus how sure we are of the reply family (Malay vs Indonesian does not matter). */
export function detectLanguageFamily(text: string): FamilyDetection {
  const lower = text.normalize('NFC').toLowerCase();
  const arabic = countMatches(lower, ARABIC);
  const han = countMatches(lower, HAN);
  const thai = countMatches(lower, THAI);
  const latin = countMatches(lower, LATIN);
  const letters = arabic + han + thai + latin;
  if (letters === 0) return UNDETERMINED;

  // A script of its own decides alone: no other candidate writes Arabic, Han or Thai letters.
  const scriptTop = Math.max(arabic, han, thai);
  if (scriptTop > latin) {
    const lang: DetectedLanguage = scriptTop === arabic ? 'ar' : scriptTop === han ? 'zh' : 'th';
    const confidence = round(0.8 + 0.2 * (scriptTop / letters));
    return { lang, confidence, familyConfidence: confidence };
  }

  // Words are matched on the cased text too, so a capitalised word inside a message can be read as a name.
  const cased = text.normalize('NFC').match(WORDS) ?? [];
  const words = cased.map((word) => word.toLowerCase());
  if (words.length === 0) return UNDETERMINED;
  if (words.every((word) => NEUTRAL_WORDS.has(word))) {
    return { lang: 'und', confidence: 0.1, familyConfidence: 0.1 };
  }

  const vietnamese = countMatches(lower, VIETNAMESE_LETTERS);
  if (vietnamese > 0 && vietnamese / latin >= 0.05) {
    const confidence = round(Math.min(0.99, 0.75 + vietnamese / latin));
    return { lang: 'vi', confidence, familyConfidence: confidence };
  }

  // Why only after the first word: a capital there is sentence case, not a name.
  const names = cased.map((word, i) => i > 0 && word[0] !== words[i]![0]);
  return scoreLatin(words, names);
}

/** Scores Latin-script words with word lists and letter evidence; returns the best language. */
function scoreLatin(words: string[], names: boolean[]): FamilyDetection {
  const scores: LanguageScores = new Float64Array(LATIN_LANGUAGES.length);
  const letters: LanguageScores = new Float64Array(LATIN_LANGUAGES.length);
  let evidence = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    // Why skip a repeat: reduplication (ramai-ramai, kerja-kerja) is one word, and says no more the second time.
    if (NEUTRAL_WORDS.has(word) || word === words[w - 1]) continue;
    const known = WORD_EVIDENCE.get(word) ?? derivedEvidence(word);
    // Why skip an unknown capitalised word: it is most likely a name (Bandung, Riyadh, Hong Kong), which is
    // written the same in every language; its letters and its absence from our lists say nothing.
    if (!known && names[w]) continue;
    letters.fill(0);
    addLetterEvidence(word, letters);
    // Why: on a word both Indonesian and Malay use, franc's two trigram models differ by accident of their
    // training texts, not by any spelling rule; let the word lists alone separate them.
    if (known?.id !== undefined && known.ms !== undefined) letters[MS] = letters[ID]!;
    const letterWeight = known ? KNOWN_WORD_LETTER_WEIGHT : LETTER_WEIGHT;
    for (let l = 0; l < scores.length; l++) {
      const lang = LATIN_LANGUAGES[l]!;
      const wordScore = known ? (known[lang] ?? 0) : -(UNKNOWN_WORD_PENALTY[lang] ?? 0);
      scores[l]! += wordScore + letterWeight * letters[l]!;
    }
    evidence += known ? KNOWN_WORD_EVIDENCE : UNKNOWN_WORD_EVIDENCE;
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = TELLING_PAIRS.get(`${words[i]} ${words[i + 1]}`);
    if (pair) scores[LATIN_LANGUAGES.indexOf(pair[0])]! += pair[1];
  }
  let best = 0;
  for (let l = 1; l < scores.length; l++) if (scores[l]! > scores[best]!) best = l;
  const lang = LATIN_LANGUAGES[best]!;
  const family = replyLanguageFor(lang);
  let total = 0;
  let familyTotal = 0;
  for (let l = 0; l < scores.length; l++) {
    const weight = Math.exp(SHARPNESS * (scores[l]! - scores[best]!));
    total += weight;
    if (replyLanguageFor(LATIN_LANGUAGES[l]!) === family) familyTotal += weight;
  }
  // Why shrink by evidence: one word is weak whatever its scores say; several known words are not.
  const shrink = 1 - Math.exp(-evidence);
  return {
    lang,
    confidence: round(calibrate(shrink / total)),
    familyConfidence: round((shrink * familyTotal) / total),
  };
}

// Raw score → observed accuracy, measured per confidence band on our labelled words, pairs and sentences
// (tuning and held-out slices pooled), pulled a little toward 0.5 because chat is noisier than they are.
const CALIBRATION: ReadonlyArray<readonly [number, number]> = [
  [0, 0.2],
  [0.1, 0.45],
  [0.2, 0.6],
  [0.35, 0.7],
  [0.45, 0.85],
  [0.7, 0.93],
  [0.9, 0.97],
  [1, 0.99],
];

/** Maps a raw Latin-script score to a calibrated probability of being right (piecewise linear). */
function calibrate(raw: number): number {
  for (let i = 1; i < CALIBRATION.length; i++) {
    const [x1, y1] = CALIBRATION[i]!;
    if (raw <= x1) {
      const [x0, y0] = CALIBRATION[i - 1]!;
      return y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
    }
  }
  return CALIBRATION[CALIBRATION.length - 1]![1];
}

/** Rounds to two decimals, so confidences stay readable in logs and tests. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
