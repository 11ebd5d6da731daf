import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.ts';
import { P1_VOCABULARY } from './p1-vocabulary/index.ts';

// TRIAGE.md P1, word by word: every word a language has for an emergency kind raises P1 in a report of now,
// and the same word negated, over or asked about does not.
describe.each(P1_VOCABULARY)('P1 vocabulary: $kind', ({ flag, emergencies, notEmergencies }) => {
  it.each(emergencies)('P1: %s', (message) => {
    const result = triage({ texts: [message], answers: {} });
    expect(result.priority).toBe('P1');
    if (flag) expect(result.flags).toContain(flag);
  });

  it.each(notEmergencies)('not P1: %s', (message) => {
    expect(triage({ texts: [message], answers: {} }).priority).not.toBe('P1');
  });
});
