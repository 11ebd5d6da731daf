import countries from 'i18n-iso-countries';
import { COUNTRY_VARIANTS, IGNORED_NAMES, WEAK_NAMES } from './country-variants.ts';
import { GAZETTEER, WEAK_GAZETTEER_NAMES } from './gazetteer.ts';
import { normalizePlaceText } from './normalize-place-text.ts';
import { BIG_CITY, loadWorldPlaces } from './world-places.ts';

/** What a recognised name points at. */
export interface NamedPlace {
  /** The normalised name as indexed. */
  name: string;
  /** Number of words in the name. */
  wordCount: number;
  country: string;
  city?: string;
  area?: string;
  /** 0 country, 1 state/province, 2 city or a zone inside one: higher wins. */
  specificity: number;
  /** Also an ordinary word, or a small place's single word: in free text only after a locative word. */
  weak: boolean;
  /** Weak because it is an ordinary word (not only because the place is small): never a place on its own. */
  everyday: boolean;
  /** From the world places data rather than the curated lists: matched exactly, never by typo tolerance. */
  fromData?: boolean;
}

// Why: a one-word name of a foreign town smaller than BIG_CITY is too likely to be a word or a name in chat
// (Javanese "saiki", "metu" are towns somewhere); it counts in free text only after "di/ke/in/at" ("kerja di
// Sapporo"). A region's one-word name is as safe once it is long ("Queensland", "Hokkaido"); short ones
// ("Saga", "Ordu", "Tak") are words somewhere too.
const LONG_REGION_NAME = 7;

/** Longest name in words; the matcher never looks at longer spans. */
export const MAX_NAME_WORDS = 5;

function specificityOf(city: string | undefined, area: string | undefined): number {
  if (city) return 2;
  if (area) return 1;
  return 0;
}

function buildIndex(): Map<string, NamedPlace> {
  const index = new Map<string, NamedPlace>();
  const add = (
    raw: string,
    place: Omit<NamedPlace, 'name' | 'wordCount' | 'weak' | 'everyday'>,
    weak: boolean,
  ) => {
    const name = normalizePlaceText(raw);
    // Why first-wins: the gazetteer and curated variants are added before the generic library names, so a
    // hand-checked meaning is never overwritten by an accident of the library's alias list.
    if (name === '' || IGNORED_NAMES.has(name) || index.has(name)) return;
    // Why everyday when weak: curated names are weak because they are words ("medan", "bali", "perak").
    index.set(name, { ...place, name, wordCount: name.split(' ').length, weak, everyday: weak });
  };
  for (const entry of GAZETTEER) {
    const specificity = specificityOf(entry.city, entry.area);
    for (const raw of entry.names) {
      const place: Omit<NamedPlace, 'name' | 'wordCount' | 'weak' | 'everyday'> = {
        country: entry.country,
        specificity,
      };
      if (entry.city) place.city = entry.city;
      if (entry.area) place.area = entry.area;
      add(raw, place, WEAK_GAZETTEER_NAMES.has(normalizePlaceText(raw)));
    }
  }
  for (const [country, names] of Object.entries(COUNTRY_VARIANTS)) {
    for (const raw of names) add(raw, { country, specificity: 0 }, WEAK_NAMES.has(normalizePlaceText(raw)));
  }
  for (const language of ['id', 'en'] as const) {
    const all = countries.getNames(language, { select: 'all' });
    for (const [country, names] of Object.entries(all)) {
      for (const raw of names) {
        const name = normalizePlaceText(raw);
        // Why: library aliases of three letters or fewer ("US", "UK") collide with words; curated ones suffice.
        if (name.replace(/ /g, '').length <= 3) continue;
        add(raw, { country, specificity: 0 }, WEAK_NAMES.has(name));
      }
    }
  }
  // Last, so a curated or country meaning always wins: GeoNames' populated places and ISO's subdivisions.
  for (const place of loadWorldPlaces()) {
    if (index.has(place.key) || IGNORED_NAMES.has(place.key)) continue;
    const wordCount = place.key.split(' ').length;
    const small =
      wordCount === 1 &&
      (place.kind === 'city' ? place.population < BIG_CITY : place.key.length < LONG_REGION_NAME);
    const city = place.kind === 'city';
    // Why one literal with both fields: every entry then has one shape, which V8 builds fastest at start.
    index.set(place.key, {
      name: place.key,
      wordCount,
      country: place.country,
      city: city ? place.name : undefined,
      area: city ? undefined : place.name,
      specificity: city ? 2 : 1,
      weak: place.everyday || small,
      everyday: place.everyday,
      fromData: true,
    });
  }
  return index;
}

/** Every known place name, normalised, to what it names. Built once at import. */
export const PLACE_NAMES: ReadonlyMap<string, NamedPlace> = buildIndex();

/**
 * For each word that begins a name of two words or more, the most words such a name has ("kuala" → 2, "ho chi
 * minh" makes "ho" → 3). Why: the matcher tries every span up to MAX_NAME_WORDS at every word, and most words begin
 * no longer name, so it need only try one word there.
 */
export const LONGEST_NAME_FROM: ReadonlyMap<string, number> = (() => {
  const longest = new Map<string, number>();
  for (const named of PLACE_NAMES.values()) {
    if (named.wordCount < 2) continue;
    const first = named.name.slice(0, named.name.indexOf(' '));
    if ((longest.get(first) ?? 1) < named.wordCount) longest.set(first, named.wordCount);
  }
  return longest;
})();
