import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.ts';
import { P1_MATRIX } from './p1-coverage-matrix.ts';

// TRIAGE.md P1, kind by kind: each paraphrase of an emergency is P1 (with its flag where the policy names one),
// and each negated, past, hypothetical or off-topic counterpart is not.
describe.each(P1_MATRIX)('P1 coverage: $kind', ({ flag, emergencies, notEmergencies }) => {
  it.each(emergencies)('P1: %s', (message) => {
    const result = triage({ texts: [message], answers: {} });
    expect(result.priority).toBe('P1');
    if (flag) expect(result.flags).toContain(flag);
  });

  it.each(notEmergencies)('not P1: %s', (message) => {
    expect(triage({ texts: [message], answers: {} }).priority).not.toBe('P1');
  });
});
