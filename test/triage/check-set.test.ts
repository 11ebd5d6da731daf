import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet, scoreDevSet } from './score-dev-set.ts';

// Written after the lexicon was tuned on dev-set.jsonl; the fairer estimate. Floors are the targets.
const set = loadLabelledSet(fileURLToPath(new URL('./check-set.jsonl', import.meta.url)));

describe('triage on the check set (not tuned on)', () => {
  const score = scoreDevSet(set);

  it('meets the issue’s targets', () => {
    const { misses, ...figures } = score;
    console.log('triage check set', JSON.stringify(figures), `misses: ${misses.length}`);
    expect(score.p1Recall).toBeGreaterThanOrEqual(0.95);
    expect(score.priorityExact).toBeGreaterThanOrEqual(0.8);
    expect(score.categoryExact).toBeGreaterThanOrEqual(0.75);
    expect(score.indicatorMicroF1).toBeGreaterThanOrEqual(0.7);
    expect(score.countryAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(score.p1OnInformation).toBe(0);
  });
});
