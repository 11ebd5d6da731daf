import countries from 'i18n-iso-countries';

/** Names people use rather than the library's formal ones (e.g. "Viet Nam", "Brunei Darussalam" are fine, "Britania Raya" reads oddly in chat). */
const PREFERRED_NAMES: Readonly<Record<'id' | 'en', Readonly<Record<string, string>>>> = {
  id: { GB: 'Inggris', TW: 'Taiwan', HK: 'Hong Kong', VN: 'Vietnam' },
  en: { TW: 'Taiwan', LA: 'Laos', KR: 'South Korea', KP: 'North Korea', US: 'United States', RU: 'Russia' },
};

/** Country name in 'id' or 'en' (i18n-iso-countries). */
export function countryName(code: string, language: 'id' | 'en'): string {
  const upper = code.toUpperCase();
  return PREFERRED_NAMES[language][upper] ?? countries.getName(upper, language) ?? upper;
}
