import type { EmergencyNumbers, Mission, MissionDirectory } from './missions.ts';
import { normalizePlaceText } from './normalize-place-text.ts';
import { PLACE_NAMES } from './place-names.ts';

/** Who to send a person to, and the numbers to show them in an emergency. */
export interface MissionContact {
  /** ISO2 the answer is for, or null when unknown. */
  country: string | null;
  /** The responsible mission, or null when none is known (the central desk handles it). */
  mission: Mission | null;
  /** The number to show: the mission's verified hotline, else the ministry's central hotline. */
  hotline: string;
  /** True when `hotline` is the central one (no verified mission hotline). */
  hotlineIsCentral: boolean;
  /** The ministry's central hotline, always shown as a second option. */
  centralHotline: string;
  /** Local emergency numbers, or null when not on file. */
  emergency: EmergencyNumbers | null;
}

/** Resolves the responsible KBRI/KJRI for a country (and city or state, where a country has several), with emergency numbers; falls back to the ministry's central hotline. */
export function resolveMission(
  directory: MissionDirectory,
  country: string | null | undefined,
  city?: string,
  area?: string,
): MissionContact {
  const code = country ? country.toUpperCase() : null;
  const rows = code ? directory.coverage.filter((row) => row.country === code) : [];
  // Why look the city up: a typed city ("Tawau", "Jedah") names its state in the gazetteer, and coverage is
  // mostly by state; a city row (KRI Tawau) still wins over its state row (KJRI Kota Kinabalu).
  const wanted: string[] = [];
  for (const name of [city, area]) {
    if (!name) continue;
    wanted.push(normalizePlaceText(name));
    const known = PLACE_NAMES.get(normalizePlaceText(name));
    if (known && known.country === code) {
      if (known.city) wanted.push(normalizePlaceText(known.city));
      if (known.area) wanted.push(normalizePlaceText(known.area));
    }
  }
  let row = undefined as (typeof rows)[number] | undefined;
  for (const name of wanted) {
    row = rows.find((candidate) => candidate.area !== null && normalizePlaceText(candidate.area) === name);
    if (row) break;
  }
  row ??= rows.find((candidate) => candidate.area === null);
  const mission = row ? (directory.missions.find((m) => m.id === row.missionId) ?? null) : null;
  const hotline = mission?.hotline ?? directory.centralHotline;
  return {
    country: code,
    mission,
    hotline,
    hotlineIsCentral: mission?.hotline == null,
    centralHotline: directory.centralHotline,
    emergency: code ? (directory.emergencyNumbers[code] ?? null) : null,
  };
}
