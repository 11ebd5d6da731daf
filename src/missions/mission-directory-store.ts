import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { EmergencyNumbers, MissionDirectory } from '../places/index.ts';

/** Reads the missions reference tables into the directory that routing and emergency help use. */
export async function loadMissionDirectory(db: Kysely<DB>): Promise<MissionDirectory> {
  const [missions, coverage, numbers, central, lines] = await Promise.all([
    db.selectFrom('missions').select(['id', 'name', 'city', 'country', 'hotline']).orderBy('id').execute(),
    db.selectFrom('mission_coverage').select(['mission_id', 'country', 'area']).execute(),
    db.selectFrom('emergency_numbers').select(['country', 'police', 'ambulance']).execute(),
    db
      .selectFrom('reference_settings')
      .select('value')
      .where('key', '=', 'central_hotline')
      .executeTakeFirst(),
    db.selectFrom('mental_health_lines').select(['country', 'name', 'number', 'hours']).execute(),
  ]);
  const emergencyNumbers: Record<string, EmergencyNumbers> = {};
  for (const n of numbers)
    emergencyNumbers[n.country] = n.ambulance
      ? { police: n.police, ambulance: n.ambulance }
      : { police: n.police };
  return {
    missions,
    coverage: coverage.map((c) => ({ missionId: c.mission_id, country: c.country, area: c.area })),
    emergencyNumbers,
    // The central hotline is the last resort on every emergency message: it must never be missing.
    centralHotline: central?.value ?? '+6281290070027',
    mentalHealthLines: Object.fromEntries(
      lines.map((line) => [line.country, { name: line.name, number: line.number, hours: line.hours }]),
    ),
  };
}
