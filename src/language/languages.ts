/** Languages we detect in chat messages. */
export type DetectedLanguage = 'id' | 'ms' | 'jv' | 'su' | 'en' | 'tl' | 'ar' | 'zh' | 'vi' | 'th' | 'und';

/** Languages Suar can reply in (locales that exist). */
export type ReplyLanguage = 'id' | 'en';

/** The languages written in Latin script, which words and letter patterns must tell apart. */
export type LatinLanguage = 'id' | 'ms' | 'jv' | 'su' | 'en' | 'tl' | 'vi';

/** Every Latin-script candidate, in tie-break order: earlier wins a tie. */
// Why this order: on a tie Indonesian is the most likely writer of our hotline, then its family.
export const LATIN_LANGUAGES: readonly LatinLanguage[] = ['id', 'ms', 'jv', 'su', 'en', 'tl', 'vi'];

/** The Indonesian language family, answered in Indonesian. */
export const INDONESIAN_FAMILY: ReadonlySet<DetectedLanguage> = new Set(['id', 'ms', 'jv', 'su']);

/** The reply language for a detected language: Indonesian for its family, English otherwise. */
export function replyLanguageFor(lang: DetectedLanguage): ReplyLanguage {
  // Why English for ar/zh/vi/th/tl: no locale exists for them yet, and English is the one they most likely read.
  return INDONESIAN_FAMILY.has(lang) ? 'id' : 'en';
}
