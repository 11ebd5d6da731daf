import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet, scoreDevSet } from './score-dev-set.ts';

// The sealed part of the round-3 evaluation set: 143 messages written from public case material not used in
// rounds 1–2 (US TIP Report 2023 country narratives; HRW and ILO on Gulf domestic workers; Seafood Working Group
// and Greenpeace on Taiwanese and Chinese longliners; news of scam compounds in Myawaddy, Sihanoukville, Bavet,
// Bokeo and the Philippines; Indonesian TPPO court decisions). The split was made and committed before triage ran
// on any of it: Python's random.Random(20261130) shuffled the 143 indices, the first 71 became
// round3-tuning.jsonl and the other 72 this file. It is scored and reported, never tuned on: the test prints
// figures only — no ids, no texts, no misses. The floors sit a little under the figures first measured, so a
// regression shows, without inviting anyone to read its failures.
const set = loadLabelledSet(fileURLToPath(new URL('./round3-sealed.jsonl', import.meta.url)));

describe('triage on the sealed round-3 set', () => {
  it('is scored and reported as it is', () => {
    const { misses: _misses, ...figures } = scoreDevSet(set);
    console.log('triage round-3 sealed set', JSON.stringify(figures));
    expect(figures.size).toBe(72);
    // Floors a little under the figures main had before any round-3 rule (P1 recall 74.3%, priority 83.3%,
    // category 70.8%, indicator F1 0.854, country 95.5%), so a regression shows.
    expect(figures.p1Recall).toBeGreaterThanOrEqual(0.7);
    expect(figures.priorityExact).toBeGreaterThanOrEqual(0.8);
    expect(figures.categoryExact).toBeGreaterThanOrEqual(0.68);
    expect(figures.indicatorMicroF1).toBeGreaterThanOrEqual(0.82);
    expect(figures.countryAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(figures.p1OnInformation).toBe(0);
  });
});
