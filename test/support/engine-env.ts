import { loadContent } from '../../src/content/load-content.ts';
import type { Content, EngineEnv } from '../../src/engine/index.ts';
import { countryName, findPlaceInAnswer, placeOfPoint } from '../../src/places/index.ts';

/** The project's real flows and texts, loaded once per test file. */
export const content: Content = loadContent();

/** A deterministic engine environment: a clock the test moves, counters for ids and references. */
export function testEnv(start = '2026-01-15T08:00:00.000Z', waitTimeoutMs = 30 * 60_000) {
  let now = new Date(start).getTime();
  let ids = 0;
  let refs = 0;
  const env: EngineEnv = {
    now: () => new Date(now),
    newId: () => `m${++ids}`,
    newReportRef: () => `SUAR-TEST-${String(++refs).padStart(4, '0')}`,
    places: {
      findPlaceInAnswer,
      placeOfPoint,
      countryName: (code: string, language: string) => countryName(code, language === 'en' ? 'en' : 'id'),
    },
    waitTimeoutMs,
  };
  return {
    env,
    advance(ms: number) {
      now += ms;
    },
  };
}
