import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet, scoreDevSet } from './score-dev-set.ts';

const set = loadLabelledSet(fileURLToPath(new URL('./dev-set.jsonl', import.meta.url)));

describe('triage on the labelled dev set', () => {
  const score = scoreDevSet(set);

  it('prints its score', () => {
    const { misses, ...figures } = score;
    // Figures only: ids and labels, never message text.
    console.log('triage dev set', JSON.stringify(figures), `misses: ${misses.length}`);
    expect(set.length).toBeGreaterThanOrEqual(150);
  });

  it('has every category and priority in the set', () => {
    expect(new Set(set.map((item) => item.category)).size).toBe(12);
    expect(new Set(set.map((item) => item.priority)).size).toBe(4);
  });

  // Floors sit a little under today's figures so a regression fails, and at or above the targets.
  it('finds every emergency (P1 recall ≥ 95%)', () => expect(score.p1Recall).toBeGreaterThanOrEqual(0.95));
  it('gets the priority right (≥ 80%)', () => expect(score.priorityExact).toBeGreaterThanOrEqual(0.85));
  it('gets the category right (≥ 75%)', () => expect(score.categoryExact).toBeGreaterThanOrEqual(0.8));
  it('finds the indicators (micro-F1 ≥ 0.70)', () =>
    expect(score.indicatorMicroF1).toBeGreaterThanOrEqual(0.85));
  it('finds the country (≥ 90%)', () => expect(score.countryAccuracy).toBeGreaterThanOrEqual(0.9));
  it('never raises P1 on a greeting, test or plain question', () => expect(score.p1OnInformation).toBe(0));
});
