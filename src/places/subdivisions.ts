/**
 * Subdivisions of every country (ISO 3166-2: states, provinces, prefectures, counties), from the iso-3166
 * package (MIT). They back the curated gazetteer where a report names a region rather than a town
 * ("Queensland", "Hokkaido", "Cambridgeshire"). Read only when the world places are derived, never at start.
 */
import { createRequire } from 'node:module';
import { articleVariants } from './article-variants.ts';
import { normalizePlaceText } from './normalize-place-text.ts';
import { OWN_COUNTRY } from './territories.ts';

/** One subdivision under one of the names people write for it (normalised), with its ISO name and country. */
export interface SubdivisionName {
  key: string;
  name: string;
  country: string;
}

interface Iso31662Entry {
  code: string;
  name: string;
  parent: string;
}

const require = createRequire(import.meta.url);

/** The installed iso-3166 version, for the cache's name. */
export function subdivisionsVersion(): string {
  try {
    return (require('iso-3166/package.json') as { version: string }).version;
  } catch {
    return 'missing';
  }
}

// Why: ISO writes the kind of division into some names ("Gyeonggi-do", "Busan-gwangyeoksi", "Anhui Sheng",
// "Hong Kong SAR"); people write the bare name.
const KIND_SUFFIXES =
  /\s(do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi|sheng|shi|zizhiqu|sar)$/;

// Why: ISO romanises Japanese prefectures in Kunrei-shiki ("Hukusima", "Tiba", "Sizuoka"); people write Hepburn.
function hepburn(name: string): string {
  return name
    .replace(/si/g, 'shi')
    .replace(/ti/g, 'chi')
    .replace(/tu/g, 'tsu')
    .replace(/hu/g, 'fu')
    .replace(/zi/g, 'ji');
}

function variantsOf(isoName: string, country: string): string[] {
  // "Madrid, Comunidad de", "Bristol, City of": the name before the comma; "(EH)", "(stolitsa)": notes.
  const base = isoName.replace(/\([^)]*\)/g, ' ').split(',')[0]!;
  const names = new Set<string>();
  // "Bolama / Bijagós", "Al Khawr wa adh Dhakhīrah": either part is the division.
  for (const part of base.split(/\s\/\s|\swa\s/)) {
    const key = normalizePlaceText(part);
    if (key === '') continue;
    names.add(key);
    const bare = key.replace(KIND_SUFFIXES, '');
    if (bare !== key) names.add(bare);
    for (const variant of articleVariants(key, country)) names.add(variant);
    if (country === 'JP') names.add(hepburn(key));
  }
  return [...names];
}

/** Every subdivision under each of its names; a name shared by divisions of several countries is left out. */
export function subdivisionNames(): SubdivisionName[] {
  let entries: Iso31662Entry[];
  try {
    entries = (require('iso-3166/2.js') as { iso31662: Iso31662Entry[] }).iso31662;
  } catch {
    return [];
  }
  const byKey = new Map<string, SubdivisionName | null>();
  for (const entry of entries) {
    const country = OWN_COUNTRY[entry.code] ?? entry.code.slice(0, 2);
    for (const key of variantsOf(entry.name, country)) {
      const known = byKey.get(key);
      // Why drop shared names: "Punjab" (IN, PK), "Limburg" (NL, BE), "Nord": the name alone says no country.
      if (known === undefined) byKey.set(key, { key, name: entry.name, country });
      else if (known !== null && known.country !== country) byKey.set(key, null);
    }
  }
  return [...byKey.values()].filter((named): named is SubdivisionName => named !== null);
}
