import { detectLanguageFamily } from './detect-language.ts';
import { type DetectedLanguage, type ReplyLanguage, replyLanguageFor } from './languages.ts';

/** Serializable (plain JSON) state of one conversation's reply language, stored on the session. */
export interface ReplyLanguageState {
  reply: ReplyLanguage;
  chosenByPerson: boolean;
  /** Accumulated, decaying evidence for each reply language (priors plus messages). */
  support: Record<ReplyLanguage, number>;
  /** Sum of detection confidence per written language, over messages that gave usable evidence. */
  written: Partial<Record<DetectedLanguage, number>>;
  /** Whether any message so far gave usable evidence (otherwise `reply` is a guess from priors). */
  evidenced: boolean;
}

/** Hints from the channel: Telegram's from.language_code, the phone number's country (ISO2). */
export interface LanguageHints {
  clientLanguage?: string;
  phoneCountry?: string;
}

/** The outcome of folding one message into the reply-language state. */
export interface ObservedMessage {
  state: ReplyLanguageState;
  changed: boolean;
  ambiguous: boolean;
}

// Priors are deliberately weaker than one clear sentence (confidence ≈ 0.9): an English sentence from an
// Indonesian number is answered in English, but one loan word never outweighs them.
const PHONE_PRIOR = 0.4;
const CLIENT_PRIOR = 0.25;
// A message below this confidence ("halo", "tolong", "ok") is no evidence at all.
const USABLE_CONFIDENCE = 0.5;
// Older messages fade, so a person who really changes language is followed after a few messages.
const DECAY = 0.85;
// Hysteresis: the other language must lead by this much before the reply language switches.
const SWITCH_MARGIN = 0.3;

// Countries whose people we answer in Indonesian on the phone prior alone: Indonesia, and Malaysia,
// Brunei and Singapore, where Malay is read.
const MALAY_WORLD = new Set(['ID', 'MY', 'BN', 'SG']);

/** The reply language a client language code points to, or nothing for codes we cannot place. */
function clientReplyLanguage(code: string): ReplyLanguage | undefined {
  const base = code.toLowerCase().split(/[-_]/)[0] ?? '';
  if (['id', 'in', 'ms', 'jv', 'su'].includes(base)) return 'id';
  if (base === 'en') return 'en';
  return undefined;
}

/** Reply language before the person has written anything useful (priors only). */
export function initialReplyLanguage(hints: LanguageHints): ReplyLanguageState {
  const support: Record<ReplyLanguage, number> = { id: 0, en: 0 };
  if (hints.phoneCountry) {
    // Why a foreign number is only a weak hint for English: most of our writers are Indonesians on a
    // local SIM abroad, so only an Indonesian or Malay-world number says much.
    if (MALAY_WORLD.has(hints.phoneCountry.toUpperCase())) support.id += PHONE_PRIOR;
    else support.en += PHONE_PRIOR / 4;
  }
  if (hints.clientLanguage) {
    const lang = clientReplyLanguage(hints.clientLanguage);
    if (lang) support[lang] += CLIENT_PRIOR;
  }
  // Indonesian is the base language: it wins every tie, including "no hints at all".
  const reply: ReplyLanguage = support.en > support.id ? 'en' : 'id';
  return { reply, chosenByPerson: false, support, written: {}, evidenced: false };
}

/** Folds one message into the state. `changed` when the reply language switched; `ambiguous` when the message gave no usable evidence and the reply language is still only a guess. Once chosenByPerson is true, detection never changes `reply`. */
export function observeMessage(
  state: ReplyLanguageState,
  text: string,
  _hints: LanguageHints,
): ObservedMessage {
  // Why the family's confidence: Indonesian and Malay share most words, so a clear Indonesian-family
  // sentence can be unsure which member it is, yet sure of the reply language.
  const { lang, familyConfidence: confidence } = detectLanguageFamily(text);
  const usable = lang !== 'und' && confidence >= USABLE_CONFIDENCE;
  if (!usable) {
    return { state, changed: false, ambiguous: !state.chosenByPerson && !state.evidenced };
  }
  const family = replyLanguageFor(lang);
  const support: Record<ReplyLanguage, number> = {
    id: state.support.id * DECAY,
    en: state.support.en * DECAY,
  };
  support[family] += confidence;
  const written = { ...state.written, [lang]: (state.written[lang] ?? 0) + confidence };
  let reply = state.reply;
  if (!state.chosenByPerson) {
    const other: ReplyLanguage = reply === 'id' ? 'en' : 'id';
    if (support[other] - support[reply] > SWITCH_MARGIN) reply = other;
  }
  const next: ReplyLanguageState = { ...state, reply, support, written, evidenced: true };
  return { state: next, changed: reply !== state.reply, ambiguous: false };
}

/** The person chose a language explicitly (global language command): it sticks. */
export function chooseReplyLanguage(state: ReplyLanguageState, reply: ReplyLanguage): ReplyLanguageState {
  return { ...state, reply, chosenByPerson: true };
}

/** The language the person mostly writes in so far (for staff: "writes in Javanese"), or 'und'. */
export function writtenLanguage(state: ReplyLanguageState): DetectedLanguage {
  let best: DetectedLanguage = 'und';
  let bestScore = 0;
  for (const [lang, score] of Object.entries(state.written) as [DetectedLanguage, number][]) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
