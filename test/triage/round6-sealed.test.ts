import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet, scoreDevSet } from './score-dev-set.ts';

// Round 6: 300 messages by two writers who had seen neither the triage rules nor any set, from public material
// not used before (see the commit that added the files), split per writer and priority by
// random.Random(20261130) before triage ran on any of it. This half is sealed: never tuned on, never read; the
// test prints figures only — no ids, no texts, no misses.
const set = loadLabelledSet(fileURLToPath(new URL('./round6-sealed.jsonl', import.meta.url)));

describe('triage on the sealed round-6 set', () => {
  it('is scored and reported as it is', () => {
    const { misses: _misses, ...figures } = scoreDevSet(set);
    console.log('triage round-6 sealed set', JSON.stringify(figures));
    expect(figures.size).toBe(152);
    // First score, on main before any rule was drawn from the tuning half (P1 recall 76.3%, priority 72.4%,
    // category 69.7%, indicator F1 0.728, country 79.7%).
    // At the end of round 6 (rules drawn from the tuning half, the country vocabulary): 84.2%, 80.3%, 77.6%,
    // 0.768, 86.2%; floors a little under that.
    expect(figures.p1Recall).toBeGreaterThanOrEqual(0.82);
    expect(figures.priorityExact).toBeGreaterThanOrEqual(0.78);
    expect(figures.categoryExact).toBeGreaterThanOrEqual(0.75);
    expect(figures.indicatorMicroF1).toBeGreaterThanOrEqual(0.75);
    expect(figures.countryAccuracy).toBeGreaterThanOrEqual(0.84);
    expect(figures.p1OnInformation).toBe(0);
  });
});
