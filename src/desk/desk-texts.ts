/** The desk's languages: Indonesian is the base, English is complete. */
export type DeskLanguage = 'id' | 'en';

/** The desk's languages, base first. */
export const DESK_LANGUAGES: readonly DeskLanguage[] = ['id', 'en'];

/**
 * One area's texts in both languages, side by side. The type makes English carry every Indonesian key with
 * the same shape (a string, or a function for texts with values in them), so a missing text fails `tsc`.
 */
export function defineTexts<T extends Record<string, string | ((...args: never[]) => string)>>(texts: {
  id: T;
  en: NoInfer<T>;
}): Record<DeskLanguage, T> {
  return texts;
}

/** A desk language from anything a browser or a form may send, Indonesian when unsure. */
export function deskLanguageOf(value: string | null | undefined): DeskLanguage {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'id';
}
