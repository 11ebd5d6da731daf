import { expect, it } from 'vitest';
import { loadMissionDirectory } from '../../src/missions/mission-directory-store.ts';
import { resolveMission } from '../../src/places/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { missionDirectory } from '../support/missions.ts';

describeEachDatabase('missions reference tables', (database) => {
  it('are seeded by the migration and load into the directory routing uses', async () => {
    const loaded = await loadMissionDirectory(database().db);
    expect(loaded.missions.length).toBeGreaterThan(50);
    expect(new Set(loaded.missions.map((m) => m.id))).toEqual(
      new Set(missionDirectory.missions.map((m) => m.id)),
    );
    expect(loaded.coverage).toHaveLength(missionDirectory.coverage.length);
    expect(loaded.emergencyNumbers).toEqual(missionDirectory.emergencyNumbers);
    expect(loaded.centralHotline).toBe('+6281290070027');
    expect(loaded.mentalHealthLines).toEqual(missionDirectory.mentalHealthLines);
    expect(loaded.mentalHealthLines.MY).toMatchObject({ number: '15555' });
  });

  it('route a country and a city to the responsible mission, with the central hotline as fallback', async () => {
    const loaded = await loadMissionDirectory(database().db);
    expect(resolveMission(loaded, 'MY', 'Tawau').mission?.name).toBe('KRI Tawau');
    expect(resolveMission(loaded, 'MY').mission?.name).toBe('KBRI Kuala Lumpur');
    expect(resolveMission(loaded, 'SA', 'Jeddah').mission?.name).toBe('KJRI Jeddah');
    const unknown = resolveMission(loaded, null);
    expect(unknown).toMatchObject({
      mission: null,
      hotline: '+6281290070027',
      hotlineIsCentral: true,
      emergency: null,
    });
  });
});
