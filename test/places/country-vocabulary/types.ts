/** One country as people write it: its names (Indonesian, Malay, English, chat spellings) and its places. */
export interface CountryWords {
  /** ISO 3166-1 alpha-2 of the country a report naming any of these words is about. */
  country: string;
  /** The country's own names: Indonesian exonyms, Malay, English, abbreviations and common misspellings. */
  names: readonly string[];
  /** Its capital, largest cities, and the best-known places where Indonesians work, fish or are held. */
  places: readonly string[];
}

/** A region's countries, and sentences with words that look like its places but name none. */
export interface RegionWords {
  region: string;
  countries: readonly CountryWords[];
  /** Everyday sentences that must name no country at all. */
  noPlace: readonly string[];
}
