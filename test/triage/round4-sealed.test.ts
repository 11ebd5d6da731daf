import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet, scoreDevSet } from './score-dev-set.ts';

// The sealed part of the round-4 evaluation set: 260 messages written by two writers who had seen neither the
// triage rules nor any earlier set, from public material not used before (see the commit that added the files).
// The split was made and committed before triage ran on any of it: Python's random.Random(20261201) shuffled the
// 260 indices, the first 130 became round4-tuning.jsonl and the other 130 this file. It is scored and reported,
// never tuned on: the test prints figures only — no ids, no texts, no misses. The floors sit a little under the
// figures first measured, so a regression shows, without inviting anyone to read its failures.
const set = loadLabelledSet(fileURLToPath(new URL('./round4-sealed.jsonl', import.meta.url)));

describe('triage on the sealed round-4 set', () => {
  it('is scored and reported as it is', () => {
    const { misses: _misses, ...figures } = scoreDevSet(set);
    console.log('triage round-4 sealed set', JSON.stringify(figures));
    expect(figures.size).toBe(130);
    // Floors a little under the figures main had before any round-4 rule (P1 recall 74.6%, priority 78.5%,
    // category 79.2%, indicator F1 0.812, country 87.3%), so a regression shows; raised after round 6 and the country
    // vocabulary to a little under 83.1%, 83.8%, 81.5%, 0.836, 94.9%.
    expect(figures.p1Recall).toBeGreaterThanOrEqual(0.81);
    expect(figures.priorityExact).toBeGreaterThanOrEqual(0.82);
    expect(figures.categoryExact).toBeGreaterThanOrEqual(0.79);
    expect(figures.indicatorMicroF1).toBeGreaterThanOrEqual(0.81);
    expect(figures.countryAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(figures.p1OnInformation).toBe(0);
  });
});
