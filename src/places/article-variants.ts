/**
 * Other ways people write the start of a place name than the data does: the Arabic article as chat writes it
 * ("As Sulaymānīyah" → "al sulaymaniyah", "sulaymaniyah") and "Saint" shortened ("st petersburg"). Shared by the
 * world places and the subdivisions, so a name reads the same from either source.
 */

// Why: GeoNames and ISO spell the article as it is said ("Ar Rayyān", "Ash Shāriqah", "Az Zarqā'"); chat writes
// "Al Rayyan" or drops it ("Zarqa", "Basrah").
const ARABIC_ARTICLE = /^(?:ar|as|ash|ad|adh|az|at|ath|an|al|el) /;

/** Countries whose place names carry the Arabic article. */
const ARABIC_SPEAKING: ReadonlySet<string> = new Set([
  'SA',
  'AE',
  'QA',
  'KW',
  'BH',
  'OM',
  'YE',
  'JO',
  'LB',
  'SY',
  'IQ',
  'PS',
  'EG',
  'LY',
  'TN',
  'DZ',
  'MA',
  'SD',
  'MR',
  'SO',
  'DJ',
]);

/** Administrative suffixes written after a city's name, by country. */
const ADMINISTRATIVE_SUFFIX: Readonly<Record<string, RegExp>> = {
  KR: / (?:si|gun)$/,
  JP: / (?:shi)$/,
};

/** The other spellings of a normalised name: "al"-form and bare name in Arabic-speaking countries; Saint as "st" and back. */
export function articleVariants(key: string, country: string): string[] {
  const variants: string[] = [];
  if (ARABIC_SPEAKING.has(country) && ARABIC_ARTICLE.test(key)) {
    const bare = key.replace(ARABIC_ARTICLE, '');
    variants.push(`al ${bare}`, bare);
  }
  // Why: GeoNames writes some Korean and Japanese cities with their administrative suffix ("Uijeongbu-si",
  // "Nara-shi"); people write the name alone.
  const suffix = ADMINISTRATIVE_SUFFIX[country]?.exec(key);
  if (suffix) variants.push(key.slice(0, suffix.index));
  if (key.startsWith('saint ')) variants.push(`st ${key.slice(6)}`);
  else if (key.startsWith('st ')) variants.push(`saint ${key.slice(3)}`);
  return variants.filter((variant) => variant !== key);
}
