import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet, scoreDevSet } from './score-dev-set.ts';

// The sealed part of the round-2 evaluation set (written from public case material, split from the tuning part
// before any result was seen). It is scored and reported, never tuned on: this test prints figures only — no
// ids, no texts, no misses — so nobody is tempted to read its failures and write rules for them.
const set = loadLabelledSet(fileURLToPath(new URL('./round2-sealed.jsonl', import.meta.url)));

describe('triage on the sealed round-2 set', () => {
  it('is scored and reported as it is', () => {
    const { misses: _misses, ...figures } = scoreDevSet(set);
    console.log('triage round-2 sealed set', JSON.stringify(figures));
    expect(figures.size).toBeGreaterThanOrEqual(120);
    // Only a sanity check that triage still runs sensibly; the figures themselves are reported, not floored.
    expect(figures.p1Recall).toBeGreaterThan(0);
  });
});
