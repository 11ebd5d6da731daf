/**
 * Territories with their own ISO 3166-1 code that ISO 3166-2 also lists as divisions of another state (Hong
 * Kong under China, New Caledonia under France, Guam under the United States). A report from one is about the
 * territory; written with the state it belongs to ("Kowloon, China"), it is still about the territory.
 */

/** ISO 3166-2 division code → the territory's own alpha-2 ("CN-HK" → "HK"). */
export const OWN_COUNTRY: Readonly<Record<string, string>> = {
  'CN-HK': 'HK',
  'CN-MO': 'MO',
  'CN-TW': 'TW',
  'FR-971': 'GP',
  'FR-972': 'MQ',
  'FR-973': 'GF',
  'FR-974': 'RE',
  'FR-976': 'YT',
  'FR-BL': 'BL',
  'FR-MF': 'MF',
  'FR-NC': 'NC',
  'FR-PF': 'PF',
  'FR-PM': 'PM',
  'FR-TF': 'TF',
  'FR-WF': 'WF',
  'NL-AW': 'AW',
  'NL-CW': 'CW',
  'NL-SX': 'SX',
  'NO-21': 'SJ',
  'NO-22': 'SJ',
  'US-AS': 'AS',
  'US-GU': 'GU',
  'US-MP': 'MP',
  'US-PR': 'PR',
  'US-UM': 'UM',
  'US-VI': 'VI',
  'FI-01': 'AX',
};

const SOVEREIGN: ReadonlyMap<string, string> = new Map(
  Object.entries(OWN_COUNTRY).map(([division, own]) => [own, division.slice(0, 2)]),
);

/** The state a territory belongs to ("HK" → "CN", "GU" → "US"); undefined for a state. */
export function sovereignOf(country: string): string | undefined {
  return SOVEREIGN.get(country);
}

/** Whether a country is, or is a territory of, another ("NC" of "FR", "AS" of "US"). */
export function isTerritoryOf(inner: string, outer: string): boolean {
  return inner === outer || sovereignOf(inner) === outer;
}
