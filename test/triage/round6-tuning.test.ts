import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet, scoreDevSet } from './score-dev-set.ts';

// The tuning part of the round-6 evaluation set (how it was written and split: see round6-sealed.test.ts). Rules
// may be written while reading its misses, so its figures become optimistic; round6-sealed.jsonl is the estimate
// to trust.
const set = loadLabelledSet(fileURLToPath(new URL('./round6-tuning.jsonl', import.meta.url)));

describe('triage on the round-6 tuning set', () => {
  const score = scoreDevSet(set);

  it('prints its score and holds its floors', () => {
    const { misses, ...figures } = score;
    console.log('triage round-6 tuning set', JSON.stringify(figures), `misses: ${misses.length}`);
    expect(score.size).toBe(148);
    // First score, before any rule was drawn from it: P1 recall 67.6%, priority 68.9%, category 62.8%, F1 0.72,
    // country 74.0%, suicidal recall 25%. After the round-6 work (emergencies by description, category and
    // country by class): P1 100%, priority 100%, category 97.3%, F1 0.92, country 97.7%, suicidal 100%. Floors a
    // little under today's figures.
    expect(score.p1Recall).toBeGreaterThanOrEqual(0.97);
    expect(score.priorityExact).toBeGreaterThanOrEqual(0.97);
    expect(score.categoryExact).toBeGreaterThanOrEqual(0.94);
    expect(score.indicatorMicroF1).toBeGreaterThanOrEqual(0.9);
    expect(score.countryAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(score.suicidalRecall).toBeGreaterThanOrEqual(0.95);
    expect(score.p1OnInformation).toBe(0);
    expect(score.p1FalseAlarms).toBe(0);
  });
});
