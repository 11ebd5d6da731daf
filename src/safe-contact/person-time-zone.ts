import { getTimezonesForCountry } from 'countries-and-timezones';

/** The time zone a person is most likely in, and whether that is a guess among several. */
export interface PersonTimeZone {
  timeZone: string;
  /** The country spans several zones and no map pin said which: the local time may be off by hours. */
  approximate: boolean;
}

// Where a country spans several zones and there is no pin, the zone most of its people live in.
const MAIN_ZONE: Record<string, string> = {
  AU: 'Australia/Sydney',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CL: 'America/Santiago',
  CN: 'Asia/Shanghai',
  ES: 'Europe/Madrid',
  ID: 'Asia/Jakarta',
  KZ: 'Asia/Almaty',
  MX: 'America/Mexico_City',
  NZ: 'Pacific/Auckland',
  PT: 'Europe/Lisbon',
  RU: 'Europe/Moscow',
  US: 'America/New_York',
};

/** The offset from UTC, in minutes, that a zone has at an instant (daylight saving included). */
function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The person's time zone from their country (ISO2) and, when they shared one, their map pin: in a country
 * with several zones the pin's longitude picks the zone whose offset is nearest the sun's (15° an hour).
 * Null when the country is unknown.
 */
export function personTimeZone(
  country: string | null,
  pin: { latitude: number; longitude: number } | null,
  now: Date,
): PersonTimeZone | null {
  if (!country) return null;
  const zones: string[] = (getTimezonesForCountry(country.toUpperCase()) ?? [])
    .map((z) => z.name)
    .filter((name) => !name.startsWith('Etc/'));
  if (zones.length === 0) return null;
  // Several names for one clock (Malaysia: Kuching and Singapore, both UTC+8) are one zone for this purpose.
  const offsets = new Set(zones.map((zone) => offsetMinutes(zone, now)));
  if (offsets.size === 1) return { timeZone: zones[0]!, approximate: false };
  if (pin) {
    const solar = pin.longitude * 4;
    let best = zones[0]!;
    for (const zone of zones) {
      if (Math.abs(offsetMinutes(zone, now) - solar) < Math.abs(offsetMinutes(best, now) - solar))
        best = zone;
    }
    return { timeZone: best, approximate: false };
  }
  const main = MAIN_ZONE[country.toUpperCase()];
  return { timeZone: main && zones.includes(main) ? main : zones[0]!, approximate: true };
}
