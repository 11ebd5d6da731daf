import { describe, expect, it } from 'vitest';
import { findPlaceInAnswer, resolveMission } from '../../src/places/index.ts';
import { missionDirectory } from '../support/missions.ts';

const { missions: MISSIONS, coverage: MISSION_COVERAGE, centralHotline: CENTRAL_HOTLINE } = missionDirectory;

describe('resolveMission', () => {
  it.each([
    ['MY', undefined, 'kbri-kuala-lumpur'],
    ['MY', 'Kuala Lumpur', 'kbri-kuala-lumpur'],
    ['MY', 'Johor Bahru', 'kjri-johor-bahru'],
    ['MY', 'Kota Kinabalu', 'kjri-kota-kinabalu'],
    ['MY', 'Sandakan', 'kjri-kota-kinabalu'],
    ['MY', 'Tawau', 'kri-tawau'],
    ['MY', 'Kuching', 'kjri-kuching'],
    ['MY', 'Ipoh', 'kjri-penang'],
    ['SA', 'Jeddah', 'kjri-jeddah'],
    ['SA', 'Mecca', 'kjri-jeddah'],
    ['SA', 'Dammam', 'kbri-riyadh'],
    ['SA', undefined, 'kbri-riyadh'],
    ['AE', 'Dubai', 'kjri-dubai'],
    ['AE', 'Abu Dhabi', 'kbri-abu-dhabi'],
    ['HK', undefined, 'kjri-hong-kong'],
    ['MO', undefined, 'kjri-hong-kong'],
    ['TW', 'Kaohsiung', 'kdei-taipei'],
    ['KH', 'Poipet', 'kbri-phnom-penh'],
    ['JP', 'Osaka', 'kjri-osaka'],
    ['MU', 'Port Louis', 'kbri-antananarivo'],
  ])('%s %s → %s', (country, city, missionId) => {
    expect(resolveMission(missionDirectory, country, city).mission?.id).toBe(missionId);
  });

  it('routes a relative’s typed city to the right mission', () => {
    const place = findPlaceInAnswer('adik saya di tawau sabah');
    expect(
      resolveMission(missionDirectory, place?.country ?? null, place?.city, place?.area).mission?.name,
    ).toBe('KRI Tawau');
  });

  it('falls back to the central hotline when the country is unknown or has no mission on file', () => {
    for (const contact of [resolveMission(missionDirectory, null), resolveMission(missionDirectory, 'XK')]) {
      expect(contact.mission).toBeNull();
      expect(contact.hotline).toBe(CENTRAL_HOTLINE);
      expect(contact.hotlineIsCentral).toBe(true);
    }
  });

  it('gives local emergency numbers', () => {
    expect(resolveMission(missionDirectory, 'MY').emergency?.police).toBe('999');
    expect(resolveMission(missionDirectory, 'HK').emergency?.police).toBe('999');
  });

  it('has no coverage row pointing to a missing mission, and one default per covered country', () => {
    const ids = new Set(MISSIONS.map((mission) => mission.id));
    for (const row of MISSION_COVERAGE) expect(ids.has(row.missionId)).toBe(true);
    const countries = new Set(MISSION_COVERAGE.map((row) => row.country));
    for (const country of countries) {
      expect(MISSION_COVERAGE.filter((row) => row.country === country && row.area === null)).toHaveLength(1);
    }
  });

  it('never invents a hotline: every mission hotline is null or E.164', () => {
    for (const mission of MISSIONS)
      expect(mission.hotline === null || /^\+\d{8,15}$/.test(mission.hotline)).toBe(true);
  });
});
