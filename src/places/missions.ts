/**
 * The shape of the missions reference data: Indonesian missions abroad (KBRI embassies, KJRI consulates-general,
 * KRI consulates, KDEI Taipei), what they cover, and local emergency numbers. The rows live in the database
 * (seeded by migration 0004, maintained by staff); the host loads them into a MissionDirectory at start.
 * Hotline numbers stay null unless verified: a wrong number in an emergency is worse than none.
 */

/** One mission. */
export interface Mission {
  /** Stable id, e.g. 'kjri-johor-bahru'. */
  id: string;
  /** Name as staff and people know it, e.g. 'KJRI Johor Bahru'. */
  name: string;
  /** City where the mission sits (canonical English name). */
  city: string;
  /** ISO2 of the country where the mission sits. */
  country: string;
  /** Public 24-hour protection hotline in E.164, or null when not verified. */
  hotline: string | null;
}

/** One coverage row: the mission responsible for a country, or for one state/city (area) of it. */
export interface MissionCoverage {
  missionId: string;
  /** ISO2 covered. */
  country: string;
  /** Null: the country's default mission. Otherwise a state/province or city name as in the gazetteer. */
  area: string | null;
}

/** Local emergency numbers of one country. */
export interface EmergencyNumbers {
  /** General or police emergency number. */
  police: string;
  /** Ambulance, when different from police. */
  ambulance?: string;
}

/** A mental-health or suicide-prevention line of one country, shown with the self-harm help. */
export interface MentalHealthLine {
  name: string;
  /** As dialled in that country ("15555", "119 ext. 8"). */
  number: string;
  /** '24h', 'office' (office hours) or a range such as '08:00-24:00'. */
  hours: string;
}

/** Everything mission routing reads, loaded from the reference tables. */
export interface MissionDirectory {
  missions: readonly Mission[];
  coverage: readonly MissionCoverage[];
  /** Local emergency numbers by ISO2. */
  emergencyNumbers: Readonly<Record<string, EmergencyNumbers>>;
  /** The Foreign Ministry's 24-hour citizen-protection hotline (Hotline Pelindungan WNI Kemlu). */
  centralHotline: string;
  /** Mental-health lines by ISO2, where one is known from a public source. */
  mentalHealthLines: Readonly<Record<string, MentalHealthLine>>;
}
