import { readFileSync } from 'node:fs';
import type { MissionDirectory } from '../../src/places/index.ts';

interface Seed {
  centralHotline: string;
  missions: MissionDirectory['missions'];
  coverage: MissionDirectory['coverage'];
  emergencyNumbers: { country: string; police: string; ambulance: string | null }[];
}

const lines = (
  JSON.parse(
    readFileSync(new URL('../../migrations/0015-mental-health-lines-seed.json', import.meta.url), 'utf8'),
  ) as { lines: { country: string; name: string; number: string; hours: string }[] }
).lines;

const seed = JSON.parse(
  readFileSync(new URL('../../migrations/0004-missions-seed.json', import.meta.url), 'utf8'),
) as Seed;

/** The directory as migration 0004 seeds it, for pure tests that need no database. */
export const missionDirectory: MissionDirectory = {
  missions: seed.missions,
  coverage: seed.coverage,
  emergencyNumbers: Object.fromEntries(
    seed.emergencyNumbers.map((n) => [
      n.country,
      n.ambulance ? { police: n.police, ambulance: n.ambulance } : { police: n.police },
    ]),
  ),
  centralHotline: seed.centralHotline,
  mentalHealthLines: Object.fromEntries(
    lines.map((line) => [line.country, { name: line.name, number: line.number, hours: line.hours }]),
  ),
};
